using ArticleRevisions.Benchmarks.Inputs;
using ArticleRevisions.Model;
using ArticleRevisions.Provenance;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace ArticleRevisions.Benchmarks;

/// <summary>
/// Provenance ("blame") of the latest revision of a 1,000-revision history of a 20 KB article, each revision
/// editing 1% of the words of the one before: computed incrementally, one diff per revision.
/// </summary>
/// <remarks>Public and unsealed because BenchmarkDotNet derives from benchmark classes it generates code for.</remarks>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
[MemoryDiagnoser]
public class ProvenanceBenchmarks
{
    private const int Revisions = 1_000;

    private ArticleHistory history = ArticleHistory.Create(new Article("bench", "Benchmark", DateTimeZone.Utc));

    /// <summary>Builds the history, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var vocabulary = InputCatalog.Vocabulary;
        var text = ArticleGenerator.Create(vocabulary, seed: 20, length: 20 * 1024);
        var at = Instant.FromUtc(2025, 1, 7, 8, 0);
        history = ArticleHistory.Create(new Article("bench", "Benchmark", DateTimeZone.Utc));
        for (var n = 1; history.Count < Revisions; n++)
        {
            history = history.Append(new RevisionDraft(text) { At = at }, SystemClock.Instance).History;
            text = WordEditor.Edit(text, 0.01, vocabulary, seed: 1_000 + n);
            at += Duration.FromMinutes(7);
        }
    }

    /// <summary>Attributes every sentence and word of revision 1,000.</summary>
    /// <returns>The report, so the work cannot be optimised away.</returns>
    [Benchmark]
    public ProvenanceReport Latest() => ProvenanceTracker.Compute(history, Revisions);
}
