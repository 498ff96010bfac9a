using System.Diagnostics;
using System.Globalization;
using ArticleRevisions.Benchmarks.Inputs;
using ArticleRevisions.Diffing;

namespace ArticleRevisions.Benchmarks;

/// <summary>
/// Times one comparison outside BenchmarkDotNet: for runs too long to benchmark (DiffPlex's flat diff of the
/// largest inputs), run under <c>timeout</c> to learn whether they finish at all, and how long they take.
/// </summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal static class OneShotTimer
{
    /// <summary>Compares one input pair once with one engine and reports the time, the allocations and the result's size.</summary>
    /// <param name="engine"><c>ours</c> or <c>diffplex</c>.</param>
    /// <param name="shape">The name of an <see cref="InputShape"/>.</param>
    /// <param name="report">Where the report goes.</param>
    /// <returns>0 when timed, 2 when an argument is not recognised.</returns>
    public static int Run(string engine, string shape, TextWriter report)
    {
        if (!Enum.TryParse<InputShape>(shape, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
        {
            report.WriteLine($"Unknown shape '{shape}'; expected one of: {string.Join(", ", Enum.GetNames<InputShape>())}.");
            return 2;
        }

        Func<InputPair, string> compare;
        switch (engine)
        {
            case "ours":
                compare = p => string.Create(CultureInfo.InvariantCulture, $"{TextDiffer.Compare(p.OldText, p.NewText).Spans.Length} spans");
                break;
            case "diffplex":
                compare = p => string.Create(CultureInfo.InvariantCulture, $"{DiffPlexFlat.Compare(p.OldText, p.NewText).DiffBlocks.Count} blocks");
                break;
            default:
                report.WriteLine($"Unknown engine '{engine}'; expected ours or diffplex.");
                return 2;
        }

        var pair = InputCatalog.Create(parsed);
        report.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{engine} {parsed}: {pair.OldText.Length} and {pair.NewText.Length} chars; started {DateTimeOffset.UtcNow:O}"));
        report.Flush();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var stopwatch = Stopwatch.StartNew();
        var outcome = compare(pair);
        stopwatch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        report.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{engine} {parsed}: {stopwatch.Elapsed.TotalMilliseconds:F1} ms, {allocated / (1024.0 * 1024.0):F1} MB allocated, {outcome}"));
        return 0;
    }
}
