using System.Text;

namespace ArticleRevisions.Benchmarks.Inputs;

/// <summary>
/// Makes an edited copy of a text: a given fraction of its words, chosen at random, are replaced (half of them),
/// deleted (a quarter) or get a new word inserted before them (a quarter).
/// </summary>
/// <remarks>The same arguments always give the same copy. This type is stateless and thread-safe.</remarks>
internal static class WordEditor
{
    /// <summary>Edits <paramref name="fraction"/> of the words of <paramref name="text"/>.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="fraction">The fraction of words to edit, from 0 to 1.</param>
    /// <param name="vocabulary">Where replacement and inserted words come from.</param>
    /// <param name="seed">The seed of the edits' randomness.</param>
    /// <returns>The edited copy.</returns>
    public static string Edit(string text, double fraction, Vocabulary vocabulary, int seed)
    {
        var random = new Random(seed);
        var words = FindWords(text);
        var chosen = new HashSet<int>();
        var target = (int)Math.Round(words.Count * fraction);
        while (chosen.Count < target)
        {
            chosen.Add(random.Next(words.Count));
        }

        var order = chosen.ToArray();
        Array.Sort(order);
        var builder = new StringBuilder(text.Length + 1024);
        var cursor = 0;
        foreach (var index in order)
        {
            var (start, end) = words[index];
            builder.Append(text, cursor, start - cursor);
            var original = text[start..end];
            var capital = char.IsUpper(original[0]);
            switch (random.Next(4))
            {
                case 0:
                case 1:
                    builder.Append(Fit(Different(vocabulary, random, original), capital));
                    cursor = end;
                    break;
                case 2:
                    // Take one neighbouring space with the word, so no double space is left behind.
                    if (end < text.Length && text[end] == ' ')
                    {
                        end++;
                    }
                    else if (builder.Length > 0 && builder[^1] == ' ')
                    {
                        builder.Length--;
                    }

                    cursor = end;
                    break;
                default:
                    builder.Append(Fit(vocabulary.Draw(random), capital)).Append(' ').Append(capital ? original.ToLowerInvariant() : original);
                    cursor = end;
                    break;
            }
        }

        return builder.Append(text, cursor, text.Length - cursor).ToString();
    }

    /// <summary>Finds the words of a text: runs of ASCII letters and digits.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The start and end of each word, in order.</returns>
    public static List<(int Start, int End)> FindWords(string text)
    {
        var words = new List<(int, int)>(text.Length / 5);
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
            {
                i++;
            }

            words.Add((start, i));
        }

        return words;
    }

    private static string Different(Vocabulary vocabulary, Random random, string original)
    {
        string word;
        do
        {
            word = vocabulary.Draw(random);
        }
        while (string.Equals(word, original, StringComparison.OrdinalIgnoreCase));

        return word;
    }

    private static string Fit(string word, bool capital) => capital ? ArticleGenerator.Capitalize(word) : word;
}
