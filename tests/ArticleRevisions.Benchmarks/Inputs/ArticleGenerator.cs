using System.Globalization;
using System.Text;

namespace ArticleRevisions.Benchmarks.Inputs;

/// <summary>
/// Writes article-like English text: paragraphs of two to six sentences, one paragraph a line, separated by blank
/// lines, with a short heading every dozen paragraphs or so.
/// </summary>
/// <remarks>The same seed, length and vocabulary always give the same text. This type is stateless and thread-safe.</remarks>
internal static class ArticleGenerator
{
    /// <summary>Writes an article at least <paramref name="length"/> characters long (it stops at a paragraph's end).</summary>
    /// <param name="vocabulary">The words to draw from.</param>
    /// <param name="seed">The seed of the article's randomness.</param>
    /// <param name="length">The least number of characters.</param>
    /// <returns>The article, ending with a line break.</returns>
    public static string Create(Vocabulary vocabulary, int seed, int length)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(length + 4096);
        var untilHeading = 0;
        while (builder.Length < length)
        {
            if (builder.Length > 0)
            {
                builder.Append("\n\n");
            }

            if (untilHeading-- == 0)
            {
                AppendHeading(builder, vocabulary, random);
                builder.Append("\n\n");
                untilHeading = random.Next(6, 18);
            }

            AppendParagraph(builder, vocabulary, random);
        }

        return builder.Append('\n').ToString();
    }

    /// <summary>Appends one sentence: a capitalised first word, 6 to 24 words, the odd comma and number, a full stop.</summary>
    private static void AppendSentence(StringBuilder builder, Vocabulary vocabulary, Random random)
    {
        var count = random.Next(6, 25);
        for (var w = 0; w < count; w++)
        {
            if (w > 0)
            {
                builder.Append(' ');
            }

            if (w > 0 && random.Next(50) == 0)
            {
                builder.Append(random.Next(2, 2030).ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                var word = vocabulary.Draw(random);
                builder.Append(w == 0 ? Capitalize(word) : word);
            }

            if (w > 1 && w < count - 2 && random.Next(12) == 0)
            {
                builder.Append(',');
            }
        }

        builder.Append(random.Next(40) switch
        {
            0 => '?',
            1 => '!',
            _ => '.',
        });
    }

    /// <summary>Gives <paramref name="word"/> with its first letter in upper case.</summary>
    /// <param name="word">A word in lower case.</param>
    /// <returns>The capitalised word.</returns>
    public static string Capitalize(string word) =>
        word.Length == 0 ? word : string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1));

    private static void AppendParagraph(StringBuilder builder, Vocabulary vocabulary, Random random)
    {
        var sentences = random.Next(2, 7);
        for (var s = 0; s < sentences; s++)
        {
            if (s > 0)
            {
                builder.Append(' ');
            }

            AppendSentence(builder, vocabulary, random);
        }
    }

    private static void AppendHeading(StringBuilder builder, Vocabulary vocabulary, Random random)
    {
        var count = random.Next(2, 7);
        for (var w = 0; w < count; w++)
        {
            if (w > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Capitalize(vocabulary.Draw(random)));
        }
    }
}
