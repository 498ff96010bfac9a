using System.Text.Json;

namespace ArticleRevisions.Cli.Tests.Commands;

public class BlameCommandTests
{
    private static readonly string Kursk = Paths.Fixture("general-staff-kursk", "history.jsonl");
    private static readonly string Bridge = Paths.Fixture("harbour-bridge", "history.jsonl");

    [Fact]
    public void Attributes_each_sentence_and_lists_what_was_removed()
    {
        var run = CliRun.Invoke("blame", Kursk);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n');
        Assert.StartsWith("Revision 2 of general-staff-kursk (2025-01-07 13:47:00 +02:00), sentences", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("r2  2025-01-07 13:47:00 +02:00", StringComparison.Ordinal) && l.Contains("This strike is an integral part", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("r1  ", StringComparison.Ordinal) && l.EndsWith("Glory to Ukraine!", StringComparison.Ordinal));
        Assert.Contains("  “new offensive”: added in r1, removed in r2 at 2025-01-07 13:47:00 +02:00, survived 3 h 35 min", lines);
    }

    [Fact]
    public void Keeps_the_original_origin_of_text_restored_by_a_revert()
    {
        var run = CliRun.Invoke("blame", Bridge, "--revision", "7", "--granularity", "word");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"\nr1 .*  restored in r7  3\n", run.Output);
        Assert.Matches(@"\nr2 .*  received\n", run.Output);
    }

    [Fact]
    public void Keeps_a_checkpoint_beside_the_history_and_answers_the_same_from_it()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "The bridge will close on 3 March.", "The bridge will close on 10 March.", "The bridge will close on 3 March. Buses will run.");

        var cold = CliRun.Invoke("blame", path, "--granularity", "word");
        var warm = CliRun.Invoke("blame", path, "--granularity", "word");

        Assert.Equal(0, cold.ExitCode);
        Assert.True(File.Exists(path + ".blame"));
        Assert.Equal(cold.Output, warm.Output);
        Assert.Contains("restored in r3  3", warm.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_json()
    {
        var run = CliRun.Invoke("blame", Kursk, "--format", "json", "--granularity", "word");

        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("artrev-blame", root.GetProperty("schema").GetString());
        Assert.Equal(2, root.GetProperty("schemaVersion").GetInt32());
        var combat = root.GetProperty("segments").EnumerateArray().First(s => s.GetProperty("text").GetString()?.Contains("integral", StringComparison.Ordinal) == true);
        Assert.Equal(2, combat.GetProperty("origin").GetProperty("number").GetInt32());
        var removed = root.GetProperty("removed")[0];
        Assert.Equal("new offensive", removed.GetProperty("text").GetString());
        Assert.Equal(12900, removed.GetProperty("survivedSeconds").GetDouble());
    }

    [Fact]
    public void Explains_an_article_emptied_by_its_last_revision()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "Once there was a statement here.\n", string.Empty);

        var run = CliRun.Invoke("blame", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  (no text)\n", run.Output);
        Assert.Contains("“Once there was a statement here.”: added in r1, removed in r2", run.Output);
    }

    [Fact]
    public void Rejects_a_revision_outside_the_history()
    {
        var run = CliRun.Invoke("blame", Kursk, "--revision", "5");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"artrev: --revision 5: {Kursk} has revisions 1 to 2."], run.ErrorLines);
    }
}
