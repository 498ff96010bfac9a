using System.Globalization;
using ArticleRevisions.Benchmarks.Inputs;
using ArticleRevisions.Diffing;

namespace ArticleRevisions.Benchmarks;

/// <summary>
/// Compares one input pair a fixed number of times and reports what each call allocated and what it found: a small,
/// fixed program to run under <c>valgrind --tool=callgrind</c>, whose instruction counts do not depend on the load
/// of a shared machine as wall-clock times do.
/// </summary>
/// <remarks>
/// Run it twice, with 1 and with 3 calls, under <c>DOTNET_TieredCompilation=0</c> (every method compiled once,
/// fully optimised): half the difference of the two instruction totals is the cost of one call, start-up, input
/// generation and compilation cancelling out. See RESULTS.md. This type is stateless and thread-safe.
/// </remarks>
internal static class RepeatDriver
{
    /// <summary>Compares the pair of <paramref name="shape"/> <paramref name="calls"/> times with <see cref="TextDiffer.Compare"/>.</summary>
    /// <param name="shape">The name of an <see cref="InputShape"/>.</param>
    /// <param name="calls">How many calls, 1 or more.</param>
    /// <param name="report">Where the report goes.</param>
    /// <returns>0 when run, 2 when an argument is not recognised.</returns>
    public static int Run(string shape, string calls, TextWriter report)
    {
        if (!Enum.TryParse<InputShape>(shape, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed)
            || !int.TryParse(calls, NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            report.WriteLine($"Expected a shape ({string.Join(", ", Enum.GetNames<InputShape>())}) and a number of calls (1 or more).");
            return 2;
        }

        var pair = InputCatalog.Create(parsed);
        for (var k = 0; k < count; k++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var result = TextDiffer.Compare(pair.OldText, pair.NewText);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            var s = result.Statistics;
            report.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{parsed} call {k + 1}: {allocated:N0} bytes allocated, {result.Spans.Length} spans, words +{s.WordsAdded} -{s.WordsRemoved}, sentences +{s.SentencesAdded} -{s.SentencesRemoved} ~{s.SentencesChanged} >{s.SentencesMoved}, paragraphs +{s.ParagraphsAdded} -{s.ParagraphsRemoved} ~{s.ParagraphsChanged} >{s.ParagraphsMoved}"));
        }

        return 0;
    }
}
