using System.Text;

namespace ArticleRevisions.Benchmarks.Inputs;

/// <summary>
/// Writes the pathological shape for diff algorithms: many lines drawn at random from a few distinct values, so
/// no line is unique and every line has thousands of possible partners on the other side.
/// </summary>
/// <remarks>The same arguments always give the same text. This type is stateless and thread-safe.</remarks>
internal static class RepeatedLines
{
    /// <summary>Writes <paramref name="lines"/> lines, each drawn uniformly from <paramref name="values"/> short lines of two to five words.</summary>
    /// <param name="vocabulary">The words the values are made of.</param>
    /// <param name="values">How many distinct lines there are; the same for every sequence.</param>
    /// <param name="lines">How many lines to write.</param>
    /// <param name="seed">The seed of the sequence (not of the values).</param>
    /// <returns>The lines, each ending with a line break.</returns>
    public static string Create(Vocabulary vocabulary, int values, int lines, int seed)
    {
        var distinct = Values(vocabulary, values);
        var random = new Random(seed);
        var builder = new StringBuilder(lines * 64);
        for (var k = 0; k < lines; k++)
        {
            builder.Append(distinct[random.Next(distinct.Length)]).Append('\n');
        }

        return builder.ToString();
    }

    private static string[] Values(Vocabulary vocabulary, int count)
    {
        var random = new Random(count);
        var values = new HashSet<string>(StringComparer.Ordinal);
        var ordered = new List<string>(count);
        while (ordered.Count < count)
        {
            var words = new string[random.Next(2, 6)];
            for (var w = 0; w < words.Length; w++)
            {
                words[w] = vocabulary.Draw(random);
            }

            var value = ArticleGenerator.Capitalize(string.Join(' ', words));
            if (values.Add(value))
            {
                ordered.Add(value);
            }
        }

        return [.. ordered];
    }
}
