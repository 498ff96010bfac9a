using System.Text.Json;

namespace ArticleRevisions.Cli.Tests.Commands;

public class LogCommandTests
{
    private static readonly string Kursk = Paths.Fixture("general-staff-kursk", "history.jsonl");
    private static readonly string Bridge = Paths.Fixture("harbour-bridge", "history.jsonl");

    [Fact]
    public void Lists_the_kursk_statement_with_times_durations_counts_and_verdicts()
    {
        var run = CliRun.Invoke("log", Kursk);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Output.Split('\n')[1..];
        Assert.Equal("General Staff statement on strike near Belaya, Kursk region (general-staff-kursk)", run.Output.Split('\n')[0]);
        Assert.Equal("2 revisions, times in Europe/Kyiv", lines[0]);
        Assert.Equal(["#", "Europe/Kyiv", "after", "words", "verdict", "editor"], lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^1  2025-01-07 10:12:00 \+02:00  -\s+\+176 -0\s+original\s+General Staff of th…$", lines[2]);
        Assert.Matches(@"^2  2025-01-07 13:47:00 \+02:00  3 h 35 min  \+8 -4\s+STEALTH substantive: text\s+General Staff of th…$", lines[3]);
        Assert.Matches(@"^\s+added, rewritten$", lines[4]);
        Assert.Equal("   (observed 2025-01-07 14:05:00 +02:00)", lines[5]);
    }

    [Fact]
    public void Labels_a_revert_naming_the_revision_it_returns_to_with_the_sidecar_kept_by_add_and_without_it()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(
            dir,
            "The strike is part of the new offensive operations. Losses are being clarified.\n",
            "The strike is part of the combat operations. Losses are being clarified.\n",
            "The strike is part of the new offensive operations. Losses are being clarified.\n");

        var warm = CliRun.Invoke("log", path, "--wide");
        var json = CliRun.Invoke("log", path, "--format", "json");
        File.Delete(path + ".facts");
        var cold = CliRun.Invoke("log", path, "--wide");

        Assert.Equal(0, warm.ExitCode);
        Assert.Contains("substantive: rewritten, revert to revision 1", warm.Output);
        Assert.Equal(warm.Output, cold.Output);
        var third = JsonDocument.Parse(json.Output).RootElement.GetProperty("revisions")[2];
        Assert.Equal(["rewritten", "revert"], third.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(1, third.GetProperty("revertsTo").GetInt32());
        Assert.False(JsonDocument.Parse(json.Output).RootElement.GetProperty("revisions")[1].TryGetProperty("revertsTo", out _));
    }

    [Theory]
    [InlineData("general-staff-kursk")]
    [InlineData("general-staff-kursk-uk")]
    [InlineData("harbour-bridge")]
    public void Fits_a_100_column_terminal_by_default(string fixture)
    {
        var run = CliRun.Invoke("log", Paths.Fixture(fixture, "history.jsonl"));

        Assert.Equal(0, run.ExitCode);
        Assert.All(run.Output.Split('\n'), line => Assert.InRange(Columns(line), 0, 100));
        Assert.All(run.Output.Split('\n'), line => Assert.False(line.EndsWith(' '), $"trailing space in '{line}'"));
    }

    [Fact]
    public void Wraps_long_notes_under_their_revision_and_shortens_long_editors()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "one\n");
        var note = string.Join(' ', Enumerable.Repeat("Corrected the figure given for the cost of the repairs.", 4));
        Assert.Equal(0, CliRun.Invoke("add", path, dir.Write("v2.txt", "two\n"), "--at", "2025-01-07T11:00", "--note", note, "--editor", "An editor whose name is very long indeed").ExitCode);

        var run = CliRun.Invoke("log", path);
        var wide = CliRun.Invoke("log", path, "--wide");

        Assert.All(run.Output.Split('\n'), line => Assert.InRange(Columns(line), 0, 100));
        Assert.Contains("An editor whose nam…", run.Output);
        Assert.Equal(note, string.Join(' ', run.Output.Split('\n').Where(l => l.StartsWith("   ", StringComparison.Ordinal)).Select(l => l.Trim())));
        Assert.Contains("An editor whose name is very long indeed  " + note, wide.Output);
        Assert.Contains("times in Europe/Kyiv and UTC", wide.Output);
    }

    [Fact]
    public void Wide_keeps_every_column_on_one_line()
    {
        var run = CliRun.Invoke("log", Kursk, "--wide");

        var lines = run.Output.Split('\n');
        Assert.Equal(["#", "Europe/Kyiv", "UTC", "after", "words", "verdict", "editor", "note"], lines[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^2  2025-01-07 13:47:00 \+02:00  2025-01-07T11:47:00Z  3 h 35 min  \+8 -4\s+STEALTH substantive: text added, rewritten  General Staff of the Armed Forces of Ukraine  \(observed 2025-01-07 14:05:00 \+02:00\)$", lines[3]);
    }

    [Fact]
    public void Shows_editors_notes_and_cosmetic_verdicts()
    {
        var run = CliRun.Invoke("log", Bridge);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"cosmetic: spelling fix\s+Jo Pritchard\n   Typo\n", run.Output);
        Assert.Contains("cosmetic: moved", run.Output);
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7", "8"], Numbers(run.Output));
    }

    [Fact]
    public void Filters_by_time_and_verdict()
    {
        var since = CliRun.Invoke("log", Bridge, "--since", "2025-02-12");
        var until = CliRun.Invoke("log", Bridge, "--until", "2025-02-11T22:40");
        var substantive = CliRun.Invoke("log", Bridge, "--substantive");

        Assert.Equal(["5", "6", "7", "8"], Numbers(since.Output));
        Assert.Equal(["1", "2", "3"], Numbers(until.Output));
        Assert.Equal(["5", "6", "7", "8"], Numbers(substantive.Output));
        Assert.Contains("8 revisions (4 shown)", since.Output);
    }

    [Fact]
    public void A_bare_date_until_means_through_the_end_of_that_day()
    {
        var run = CliRun.Invoke("log", Bridge, "--until", "2025-02-11");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["1", "2", "3", "4"], Numbers(run.Output));
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_an_error()
    {
        var run = CliRun.Invoke("log", Bridge, "--since", "2025-02-12", "--until", "2025-02-11T12:00");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["artrev: --since 2025-02-12 is after --until 2025-02-11T12:00: no revision can be in that range."], run.ErrorLines);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Shows_control_characters_in_metadata_as_visible_symbols()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir);
        CliRun.Invoke("add", path, dir.Write("v.txt", "text"), "--at", "2025-01-07T10:00", "--note", "line one\nline two \u001b[31mRED", "--editor", "Ed\u001b]0;title\u0007");

        var run = CliRun.Invoke("log", path);

        Assert.DoesNotContain('\u001b', run.Output);
        Assert.DoesNotContain('\u0007', run.Output);
        Assert.Contains("line one␊line two ␛[31mRED", run.Output);
        Assert.Contains("Ed␛]0;title␇", run.Output);
        Assert.Equal(4, run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Shows_a_directional_override_in_an_editor_as_U_FFFD_in_the_narrow_table()
    {
        // Editors come from imports (git authors, wiki user names); an override would reorder the row on screen.
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir);
        CliRun.Invoke("add", path, dir.Write("v.txt", "text"), "--at", "2025-01-07T10:00", "--editor", "Ed\u202Eevil");

        var run = CliRun.Invoke("log", path);

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('\u202E', run.Output);
        Assert.Contains("Ed\uFFFDevil", run.Output);
    }

    [Fact]
    public void Shows_one_time_column_in_UTC()
    {
        var run = CliRun.Invoke("log", Kursk, "--zone", "UTC");

        Assert.Contains("times in UTC\n", run.Output);
        Assert.Equal(["#", "UTC", "after", "words", "verdict", "editor"], run.Output.Split('\n').Single(l => l.StartsWith('#')).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Shows_times_in_another_zone()
    {
        var run = CliRun.Invoke("log", Kursk, "--zone", "America/New_York");

        Assert.Contains("times in America/New_York", run.Output);
        Assert.Contains("2025-01-07 03:12:00 -05:00", run.Output);
    }

    [Fact]
    public void Writes_json_with_its_schema()
    {
        var run = CliRun.Invoke("log", Kursk, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("artrev-log", root.GetProperty("schema").GetString());
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        var second = root.GetProperty("revisions")[1];
        Assert.Equal(2, second.GetProperty("number").GetInt32());
        Assert.Equal("2025-01-07T11:47:00Z", second.GetProperty("at").GetString());
        Assert.Equal("2025-01-07T13:47:00+02:00", second.GetProperty("atLocal").GetString());
        Assert.Equal(12900, second.GetProperty("sincePreviousSeconds").GetDouble());
        Assert.Equal("substantive", second.GetProperty("verdict").GetString());
        Assert.True(second.GetProperty("stealth").GetBoolean());
        Assert.Equal(["textAdded", "rewritten"], second.GetProperty("labels").EnumerateArray().Select(e => e.GetString()));
        Assert.True(second.GetProperty("changeWindow").GetProperty("exact").GetBoolean());
        Assert.Equal("2025-01-07T12:05:00Z", second.GetProperty("observedAt").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("currentForSeconds").ValueKind);
    }

    [Fact]
    public void Lists_an_empty_history()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir);

        var run = CliRun.Invoke("log", path);

        Assert.Equal((0, "Statement (kursk), 0 revisions, times in Europe/Kyiv\n"), (run.ExitCode, run.Output));
    }

    [Theory]
    [InlineData("--since", "yesterday", "artrev: --since: 'yesterday' is not a time")]
    [InlineData("--until", "2025-03-30T03:30", "artrev: --until: '2025-03-30T03:30' does not exist in Europe/Kyiv")]
    [InlineData("--zone", "Mars/Base", "artrev: --zone 'Mars/Base' is not a known time zone")]
    public void Rejects_bad_times_and_zones(string option, string value, string message)
    {
        var run = CliRun.Invoke("log", Kursk, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith(message, run.ErrorLines[0]);
    }

    [Fact]
    public void Reports_a_torn_history_in_one_line()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "one\n", "two\n");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^10]);

        var run = CliRun.Invoke("log", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith($"artrev: {path}:3: the last line is incomplete", run.Error);
    }

    /// <summary>A line's width in terminal columns: every character here is one column wide.</summary>
    private static int Columns(string line) => new System.Globalization.StringInfo(line).LengthInTextElements;

    /// <summary>The revision numbers in a text log: the first cell of each line below the header that starts one.</summary>
    private static string[] Numbers(string output) =>
        output.Split('\n').SkipWhile(l => !l.StartsWith('#')).Skip(1).Where(l => l.Length > 0 && char.IsAsciiDigit(l[0])).Select(l => l.Split(' ')[0]).ToArray();
}
