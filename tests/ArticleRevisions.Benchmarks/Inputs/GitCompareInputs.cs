using System.Globalization;
using System.Text;

namespace ArticleRevisions.Benchmarks.Inputs;

/// <summary>
/// Writes the texts <c>git-compare.sh</c> times artrev and git on: articles of 2 KB, 100 KB, 1 MB and 10 MB with
/// 1% of their words edited, and a 1 MB article against an independent 1 MB rewrite, all from one seed.
/// </summary>
/// <remarks>
/// Files are <c>NAME.old.txt</c> and <c>NAME.new.txt</c> for NAME in <c>edited-2KB</c>, <c>edited-100KB</c>,
/// <c>edited-1MB</c>, <c>edited-10MB</c> and <c>rewritten-1MB</c>. Every size starts from the same seed, so the
/// smaller articles are beginnings of the larger ones. The same seed always gives the same bytes. This type is
/// stateless and thread-safe.
/// </remarks>
internal static class GitCompareInputs
{
    private const int KB = 1024;
    private const int MB = 1024 * 1024;

    /// <summary>Writes every pair to <paramref name="directory"/> and a line per file to <paramref name="report"/>.</summary>
    /// <param name="directory">The folder to write to; created if missing.</param>
    /// <param name="seed">The seed of the articles and of the edits.</param>
    /// <param name="report">Where a line per file goes: its name and its size in bytes.</param>
    public static void Write(string directory, int seed, TextWriter report)
    {
        Directory.CreateDirectory(directory);
        var vocabulary = InputCatalog.Vocabulary;
        foreach (var (name, size) in new[] { ("edited-2KB", 2 * KB), ("edited-100KB", 100 * KB), ("edited-1MB", 1 * MB), ("edited-10MB", 10 * MB) })
        {
            var original = ArticleGenerator.Create(vocabulary, seed, size);
            WritePair(directory, name, original, WordEditor.Edit(original, 0.01, vocabulary, unchecked(seed * 31 + size)), report);
        }

        WritePair(directory, "rewritten-1MB", ArticleGenerator.Create(vocabulary, seed, 1 * MB), ArticleGenerator.Create(vocabulary, unchecked(seed + 1), 1 * MB), report);
    }

    private static void WritePair(string directory, string name, string oldText, string newText, TextWriter report)
    {
        foreach (var (side, text) in new[] { ("old", oldText), ("new", newText) })
        {
            var path = Path.Combine(directory, $"{name}.{side}.txt");
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);
            File.WriteAllBytes(path, bytes);
            report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}\t{bytes.Length}"));
        }
    }
}
