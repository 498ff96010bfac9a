using ArticleRevisions.Benchmarks.Inputs;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace ArticleRevisions.Benchmarks;

/// <summary>DiffPlex's flat word diff on the 1 MB rewrite and the repeated lines: one cold run each, since a single one takes minutes.</summary>
/// <remarks>Public and unsealed because BenchmarkDotNet derives from benchmark classes it generates code for.</remarks>
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 1)]
[MemoryDiagnoser]
public class DiffPlexFlatColdStartBenchmarks
{
    private string oldText = string.Empty;
    private string newText = string.Empty;

    /// <summary>Gets or sets the input pair to compare.</summary>
    [Params(InputShape.Rewritten1MB, InputShape.RepeatedLines)]
    public InputShape Shape { get; set; }

    /// <summary>Builds the input pair, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup() => (_, oldText, newText) = InputCatalog.Create(Shape);

    /// <summary>Compares the pair with DiffPlex's word chunker over the whole texts.</summary>
    /// <returns>The result, so the work cannot be optimised away.</returns>
    [Benchmark]
    public DiffPlex.Model.DiffResult DiffPlexFlat() => Benchmarks.DiffPlexFlat.Compare(oldText, newText);
}
