using ArticleRevisions.Fuzzing;

namespace ArticleRevisions.Tests.Storage;

/// <summary>
/// A short, bounded pass of every fuzzing target (tests/ArticleRevisions.Fuzzing), so CI catches a reader or parser
/// that starts throwing undocumented exceptions. The long runs are recorded in RESULTS.md.
/// </summary>
public class FuzzingSmokeTests
{
    public static TheoryData<string> Targets() => [.. FuzzTargets.All.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(Targets))]
    public void A_short_fuzzing_pass_finds_no_undocumented_exception(string name)
    {
        var report = FuzzRunner.Run(FuzzTargets.Find(name)!, executions: 3_000, seed: 2026);

        Assert.True(report.Failed == 0, string.Join("\n", report.Failures.Take(3).Select(f => $"{Convert.ToBase64String(f.Input)}: {f.Error}")));
        Assert.Equal(3_000, report.Executions);
    }
}
