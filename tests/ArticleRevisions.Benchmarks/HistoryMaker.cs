using ArticleRevisions.Benchmarks.Inputs;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Benchmarks;

/// <summary>
/// Writes the history the store's targets are measured on: a 20 KB article (seed 20) and then revisions that each
/// edit 0.1% of the words of the one before (about 3 words: replaced, deleted or inserted), seven minutes apart.
/// </summary>
/// <remarks>The same arguments always give the same file. Only public API is used, so the same code runs against older builds.</remarks>
internal static class HistoryMaker
{
    public const double EditedFraction = 0.001;

    public static readonly Instant Start = Instant.FromUtc(2025, 1, 7, 8, 0);

    public static readonly Duration Step = Duration.FromMinutes(7);

    /// <summary>The text of revision <paramref name="number"/> onwards, one after another.</summary>
    public static IEnumerable<string> Texts(int count)
    {
        var vocabulary = InputCatalog.Vocabulary;
        var text = ArticleGenerator.Create(vocabulary, seed: 20, length: 20 * 1024);
        for (var n = 1; n <= count; n++)
        {
            yield return text;
            text = WordEditor.Edit(text, EditedFraction, vocabulary, seed: 1_000 + n);
        }
    }

    public static int Run(string path, int revisions, TextWriter report)
    {
        var file = HistoryFile.Create(path, new Article("bench", "Benchmark article", DateTimeZone.Utc, "en"));
        var at = Start;
        long raw = 0;
        var started = System.Diagnostics.Stopwatch.StartNew();
        foreach (var text in Texts(revisions))
        {
            file.Append(new RevisionDraft(text) { At = at }, SystemClock.Instance);
            raw += System.Text.Encoding.UTF8.GetByteCount(text);
            at += Step;
        }

        report.WriteLine($"{path}: {revisions} revisions, raw text {raw:N0} bytes, file {new FileInfo(path).Length:N0} bytes ({100.0 * new FileInfo(path).Length / raw:F2}% of the raw text), written in {started.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
