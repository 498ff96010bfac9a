using System.Text.Json;

namespace ArticleRevisions.Cli.Tests.Commands;

public class SearchCommandTests
{
    private static readonly string Kursk = Paths.Fixture("general-staff-kursk", "history.jsonl");
    private static readonly string Bridge = Paths.Fixture("harbour-bridge", "history.jsonl");

    [Fact]
    public void Finds_when_new_offensive_disappeared()
    {
        var run = CliRun.Invoke("search", Kursk, "new offensive");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(
            "“new offensive” (exact), times in Europe/Kyiv:\n  added in revision 1 at 2025-01-07 10:12:00 +02:00, removed in revision 2 at 2025-01-07 13:47:00 +02:00 (present 3 h 35 min)\n",
            run.Output);
    }

    [Fact]
    public void Shows_a_phrase_that_came_back()
    {
        var run = CliRun.Invoke("search", Bridge, "from 3 March", "--format", "json");

        using var json = JsonDocument.Parse(run.Output);
        var presences = json.RootElement.GetProperty("presences");
        Assert.Equal("artrev-search", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal(2, presences.GetArrayLength());
        Assert.Equal(6, presences[0].GetProperty("removedIn").GetProperty("number").GetInt32());
        Assert.Equal(7, presences[1].GetProperty("introducedIn").GetProperty("number").GetInt32());
        Assert.Equal(JsonValueKind.Null, presences[1].GetProperty("removedIn").ValueKind);
        Assert.True(json.RootElement.GetProperty("presentNow").GetBoolean());
    }

    [Fact]
    public void Matches_loosely_when_asked()
    {
        var exact = CliRun.Invoke("search", Bridge, "\"We cannot take risks");
        var loose = CliRun.Invoke("search", Bridge, "\"we cannot take risks", "--ignore-case", "--normalize-punctuation");

        Assert.Contains("removed in revision 3", exact.Output);
        Assert.Contains("still present", loose.Output);
        Assert.DoesNotContain("removed", loose.Output);
    }

    [Fact]
    public void Exits_1_when_the_phrase_never_appears()
    {
        var run = CliRun.Invoke("search", Kursk, "ceasefire");

        Assert.Equal((1, "“ceasefire” (exact) never appears in any revision.\n"), (run.ExitCode, run.Output));
    }

    [Fact]
    public void Rejects_an_empty_phrase()
    {
        var run = CliRun.Invoke("search", Kursk, " ");

        Assert.Equal((2, "artrev: PHRASE must not be empty.\n"), (run.ExitCode, run.Error));
    }
}
