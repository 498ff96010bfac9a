using ArticleRevisions.Benchmarks.Inputs;
using BenchmarkDotNet.Attributes;

namespace ArticleRevisions.Benchmarks;

/// <summary>DiffPlex's flat word diff on the lightly edited articles, where it finishes in seconds, with the same short job as ours.</summary>
/// <remarks>
/// The rewrite and the repeated lines take minutes (Myers is O(N·D), and there D is nearly N), so they run once,
/// cold, in <see cref="DiffPlexFlatColdStartBenchmarks"/>.
/// Public and unsealed because BenchmarkDotNet derives from benchmark classes it generates code for.
/// </remarks>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class DiffPlexFlatBenchmarks
{
    private string oldText = string.Empty;
    private string newText = string.Empty;

    /// <summary>Gets or sets the input pair to compare.</summary>
    [Params(InputShape.Edited100KB, InputShape.Edited1MB, InputShape.Edited10MB)]
    public InputShape Shape { get; set; }

    /// <summary>Builds the input pair, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup() => (_, oldText, newText) = InputCatalog.Create(Shape);

    /// <summary>Compares the pair with DiffPlex's word chunker over the whole texts.</summary>
    /// <returns>The result, so the work cannot be optimised away.</returns>
    [Benchmark]
    public DiffPlex.Model.DiffResult DiffPlexFlat() => Benchmarks.DiffPlexFlat.Compare(oldText, newText);
}
