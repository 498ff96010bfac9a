using System.Globalization;

namespace ArticleRevisions.Benchmarks.Quality;

/// <summary>Reads the hand-made annotated pairs: one annotated text a line, grouped under category headings.</summary>
/// <remarks>
/// A line starting with <c>## </c> names the category of the lines below it (its first word); other lines starting
/// with <c>#</c> are comments; blank lines are skipped. Every other line is one pair in the notation of
/// <see cref="AnnotatedText"/> and must hold at least one edit. This type is stateless and thread-safe.
/// </remarks>
internal static class HandMadePairs
{
    /// <summary>Reads and checks every pair of the file.</summary>
    /// <param name="path">The data file.</param>
    /// <returns>The pairs, in file order.</returns>
    /// <exception cref="FormatException">A line is malformed, holds no edit, or comes before any category; the message names the file and line.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static List<QualityCase> Read(string path)
    {
        var cases = new List<QualityCase>();
        string? category = null;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            var where = string.Create(CultureInfo.InvariantCulture, $"{path}:{number}");
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                category = line[3..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
                continue;
            }

            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (category is null)
            {
                throw new FormatException($"{where}: a pair before any '## category' heading");
            }

            AnnotatedText text;
            try
            {
                text = AnnotatedText.Parse(line);
            }
            catch (FormatException e)
            {
                throw new FormatException($"{where}: {e.Message}", e);
            }

            if (text.OldText == text.NewText)
            {
                throw new FormatException($"{where}: the line holds no edit");
            }

            cases.Add(new QualityCase("hand-made", category, string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}:{number}"), line));
        }

        return cases;
    }
}
