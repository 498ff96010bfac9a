using ArticleRevisions.Benchmarks.Inputs;
using ArticleRevisions.Diffing;
using BenchmarkDotNet.Attributes;

namespace ArticleRevisions.Benchmarks;

/// <summary>Our hierarchical diff, default options, on every input shape.</summary>
/// <remarks>Public and unsealed because BenchmarkDotNet derives from benchmark classes it generates code for.</remarks>
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 5)]
[MemoryDiagnoser]
public class OursBenchmarks
{
    private string oldText = string.Empty;
    private string newText = string.Empty;

    /// <summary>Gets or sets the input pair to compare.</summary>
    [ParamsAllValues]
    public InputShape Shape { get; set; }

    /// <summary>Builds the input pair, outside the measurement.</summary>
    [GlobalSetup]
    public void Setup() => (_, oldText, newText) = InputCatalog.Create(Shape);

    /// <summary>Compares the pair with <see cref="TextDiffer.Compare"/>.</summary>
    /// <returns>The result, so the work cannot be optimised away.</returns>
    [Benchmark]
    public DiffResult Ours() => TextDiffer.Compare(oldText, newText);
}
