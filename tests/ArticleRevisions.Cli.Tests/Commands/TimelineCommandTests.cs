using System.Text.Json;

namespace ArticleRevisions.Cli.Tests.Commands;

public class TimelineCommandTests
{
    private static readonly string Bridge = Paths.Fixture("harbour-bridge", "history.jsonl");

    [Fact]
    public void Draws_bars_proportional_to_time_marked_by_verdict()
    {
        var run = CliRun.Invoke("timeline", Bridge);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(9, lines.Length);
        var bars = lines.Skip(1).Select(l => l.Count(c => c is '█' or '▒' or '░')).ToArray();
        Assert.True(bars[3] > bars[1] * 5, "revision 4 was current for 10 h 15 min, revision 2 for 48 min");
        Assert.Contains('▒', lines[2]);
        Assert.Contains('█', lines[5]);
        Assert.EndsWith("substantive !stealth", lines[6]);
        Assert.Contains("current", lines[8]);
    }

    [Fact]
    public void Writes_json()
    {
        var run = CliRun.Invoke("timeline", Bridge, "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        var revisions = json.RootElement.GetProperty("revisions");
        Assert.Equal(8, revisions.GetArrayLength());
        Assert.Equal(36900, revisions[3].GetProperty("currentForSeconds").GetDouble());
        Assert.Equal(JsonValueKind.Null, revisions[7].GetProperty("to").ValueKind);
        Assert.Equal("cosmetic", revisions[1].GetProperty("verdict").GetString());
    }
}
