using System.Text;
using System.Text.Json;

namespace ArticleRevisions.Cli.Tests.Commands;

public class DiffCommandTests
{
    private static readonly string Original = Paths.Fixture("general-staff-kursk", "original.txt");
    private static readonly string Edited = Paths.Fixture("general-staff-kursk", "edited.txt");
    private static readonly string KurskHistory = Paths.Fixture("general-staff-kursk", "history.jsonl");
    private static readonly string BridgeHistory = Paths.Fixture("harbour-bridge", "history.jsonl");

    [Fact]
    public void Compares_two_files_and_exits_1_when_they_differ()
    {
        var run = CliRun.Invoke("diff", Original, Edited, "--format", "word-diff");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("[-new offensive-]{+combat+} operations", run.Output);
    }

    [Fact]
    public void Reads_a_file_larger_than_its_read_buffer_whose_characters_straddle_the_buffers()
    {
        // Lines of 17 bytes with two- and four-byte sequences, so the 64 KB reads end at a different place in a line
        // each time, several inside a sequence; JSON reports each text's length in UTF-16 code units, which a wrong
        // decoding would change.
        using var dir = new TempDirectory();
        var line = "ї😀 Київ!\n";
        var old = "x" + string.Concat(Enumerable.Repeat(line, 30_000));
        var at = old.LastIndexOf("Київ!", StringComparison.Ordinal);
        var changed = old[..at] + "Kyiv!" + old[(at + 5)..];
        var oldPath = dir.Write("old.txt", old);
        var newPath = dir.Write("new.txt", changed);

        var run = CliRun.Invoke("diff", oldPath, newPath, "--format", "json", "--stat");
        var patch = CliRun.Invoke("diff", oldPath, newPath, "-U", "0");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(old.Length, json.RootElement.GetProperty("old").GetProperty("length").GetInt32());
        Assert.Equal(changed.Length, json.RootElement.GetProperty("new").GetProperty("length").GetInt32());
        Assert.Equal(1, patch.ExitCode);
        Assert.EndsWith("@@\n-ї😀 Київ!\n+ї😀 Kyiv!\n", patch.Output);
    }

    [Fact]
    public void Reads_a_text_whose_string_takes_whole_huge_pages_exactly_as_from_standard_input()
    {
        // 2.5 million UTF-16 code units (5 MB as a string) hold whole 2 MiB pages, which are asked for as huge pages
        // before the text is decoded into them; standard input is read by another decoder, so the two agree only if
        // every character was decoded right.
        using var dir = new TempDirectory();
        var text = string.Concat(Enumerable.Repeat("ї😀 Київ!\n", 250_000));
        var path = dir.Write("big.txt", text);

        var same = CliRun.InvokeWithInput(text, "diff", "-", path, "-U", "0");
        var changed = CliRun.InvokeWithInput(text[..^6] + "Kyiv!\n", "diff", path, "-", "-U", "0");

        Assert.Equal(0, same.ExitCode);
        Assert.Equal(string.Empty, same.Output);
        Assert.Equal(1, changed.ExitCode);
        Assert.EndsWith("@@ -250000 +250000 @@\n-ї😀 Київ!\n+ї😀 Kyiv!\n", changed.Output);
    }

    [Fact]
    public void Reads_a_file_that_says_it_is_empty_to_its_end_as_proc_files_do()
    {
        Assert.SkipUnless(File.Exists("/proc/self/limits"), "needs Linux's /proc");

        var run = CliRun.Invoke("diff", "/proc/self/limits", Original, "--format", "word-diff");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("[-Limit", run.Output);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(25)]
    [InlineData(60)]
    public void Explains_a_history_torn_inside_its_header_as_log_does(int kept)
    {
        // Cut before, inside and after the format's name: the first two do not start like a history any more.
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "one\n", "two\n");
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..kept]);

        var diff = CliRun.Invoke("diff", path, "1", "2");
        var log = CliRun.Invoke("log", path);

        Assert.Equal(2, diff.ExitCode);
        Assert.Equal(string.Empty, diff.Output);
        Assert.Equal([$"artrev: {path}:1: the header line is incomplete (no newline at its end): the file was cut off while it was created, and holds no revision."], diff.ErrorLines);
        Assert.Equal(log.ErrorLines, diff.ErrorLines);
    }

    [Fact]
    public void Says_a_text_file_given_with_two_revisions_is_not_a_history()
    {
        var run = CliRun.Invoke("diff", Original, "1", "2");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"artrev: {Original}: is not a history file; FROM and TO pick revisions of a history (artrev diff HISTORY FROM TO)."], run.ErrorLines);
    }

    [Fact]
    public void Exits_0_when_the_files_are_the_same()
    {
        var run = CliRun.Invoke("diff", Original, Original);

        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void Compares_the_last_two_revisions_of_a_history_by_default()
    {
        var byDefault = CliRun.Invoke("diff", KurskHistory, "--format", "json");
        var explicitly = CliRun.Invoke("diff", KurskHistory, "1", "2", "--format", "json");

        Assert.Equal(1, byDefault.ExitCode);
        Assert.Equal(explicitly.Output, byDefault.Output);
        using var json = JsonDocument.Parse(byDefault.Output);
        Assert.Equal("revision 1", json.RootElement.GetProperty("old").GetProperty("label").GetString());
        Assert.Equal("2025-01-07T08:12:00Z", json.RootElement.GetProperty("old").GetProperty("time").GetString());
    }

    [Fact]
    public void A_revert_leads_the_summary_of_a_revision_and_the_one_before_it_in_every_format()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(
            dir,
            "The bridge opens in March. Tolls apply.\n",
            "The bridge opens in April. Tolls apply.\n",
            "The bridge opens in April. Tolls apply. Cyclists ride free.\n",
            "The bridge opens in March. Tolls apply. Cyclists ride free.\n",
            "The bridge opens in March. Tolls apply.\n");

        var partial = CliRun.Invoke("diff", path, "3", "4");
        var whole = CliRun.Invoke("diff", path);
        var json = CliRun.Invoke("diff", path, "--format", "json");
        var stat = CliRun.Invoke("diff", path, "--stat");
        var apart = CliRun.Invoke("diff", path, "1", "5");

        Assert.StartsWith("revision 3 → revision 4: Revert: puts back text an earlier revision removed; replaced “April” with “March”", partial.Output);
        Assert.StartsWith("revision 4 → revision 5: Revert to revision 1; removed “Cyclists ride free.”", whole.Output);
        Assert.StartsWith("Revert to revision 1; ", JsonDocument.Parse(json.Output).RootElement.GetProperty("summary").GetString());
        Assert.Contains("Revert to revision 1; ", stat.Output);
        Assert.DoesNotContain("Revert", apart.Output);
    }

    [Fact]
    public void A_leading_byte_order_mark_is_no_edit_under_ignore_whitespace_and_is_named_when_shown()
    {
        using var dir = new TempDirectory();
        var plain = dir.Write("plain.txt", "The council met.\nIt voted.\n");
        var marked = dir.File("marked.txt");
        File.WriteAllBytes(marked, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("The council met.\nIt voted.\n")]);

        var ignoring = CliRun.Invoke("diff", "-w", plain, marked);
        var shown = CliRun.Invoke("diff", plain, marked, "--stat");

        Assert.Equal(0, ignoring.ExitCode);
        Assert.StartsWith($"{plain} → {marked}: No differences", ignoring.Output);
        Assert.Equal(1, shown.ExitCode);
        Assert.StartsWith($"{plain} → {marked}: Byte-order mark added\n", shown.Output);
        Assert.DoesNotContain('\uFEFF', shown.Output);
    }

    [Theory]
    [InlineData("inline")]
    [InlineData("word-diff")]
    public void A_moved_paragraph_shows_no_marks_of_its_own_for_the_blank_lines_around_it(string format)
    {
        using var dir = new TempDirectory();
        var old = dir.Write("old.txt", "Alpha paragraph has several words.\n\nBeta paragraph has several words.\n\nGamma paragraph has several words.\n");
        var @new = dir.Write("new.txt", "Gamma paragraph has several words.\n\nAlpha paragraph has several words.\n\nBeta paragraph has several words.\n");

        var run = CliRun.Invoke("diff", old, @new, "--format", format);

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotMatch(@"\{\+\s*\+\}|\[-\s*-\]|\{\+\n|\[-\n|^\+\}|^-\]", run.Output);
        Assert.Contains("Gamma paragraph has several words.", run.Output);
        Assert.Equal(8, run.Output.Split('\n').Length - (format == "inline" ? 2 : 0));
    }

    [Fact]
    public void Markdown_says_in_words_where_a_moved_paragraph_went_and_came_from()
    {
        using var dir = new TempDirectory();
        var old = dir.Write("old.txt", "Alpha paragraph has several words.\n\nBeta paragraph has several words.\n\nGamma paragraph has several words.\n");
        var @new = dir.Write("new.txt", "Gamma paragraph has several words.\n\nAlpha paragraph has several words.\n\nBeta paragraph has several words.\n");

        var run = CliRun.Invoke("diff", old, @new, "--format", "markdown");

        Assert.Contains("**Gamma paragraph has several words.** (moved here from below)", run.Output);
        Assert.Contains("~~Gamma paragraph has several words.~~ (moved from here to above)", run.Output);
        Assert.DoesNotContain("↓", run.Output);
        Assert.DoesNotContain("↑", run.Output);
    }

    [Fact]
    public void Picks_revisions_by_time_in_the_articles_zone()
    {
        var byTime = CliRun.Invoke("diff", BridgeHistory, "2025-02-11T21:40", "2025-02-12", "--format", "json");
        var byNumber = CliRun.Invoke("diff", BridgeHistory, "1", "4", "--format", "json");

        Assert.Equal(1, byTime.ExitCode);
        Assert.Equal(byNumber.Output, byTime.Output);
    }

    [Fact]
    public void A_revert_compares_equal_to_the_text_it_restores()
    {
        var run = CliRun.Invoke("diff", BridgeHistory, "5", "7");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
    }

    [Fact]
    public void Ignoring_whitespace_makes_a_line_ending_change_equal()
    {
        using var dir = new TempDirectory();
        var lf = dir.Write("lf.txt", "One line.\nTwo line.\n");
        var crlf = dir.Write("crlf.txt", "One line.\r\nTwo line.\r\n");

        var strict = CliRun.Invoke("diff", lf, crlf, "--stat");
        var ignoring = CliRun.Invoke("diff", lf, crlf, "--stat", "--ignore-whitespace");

        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("Line endings changed", strict.Output);
        Assert.Equal(0, ignoring.ExitCode);
        Assert.Contains("whitespace change", ignoring.Output);
    }

    [Fact]
    public void Normalizing_punctuation_and_case_are_options()
    {
        using var dir = new TempDirectory();
        var straight = dir.Write("a.txt", "The council's \"plan\" - approved.\n");
        var curly = dir.Write("b.txt", "The Council’s “plan” — approved.\n");

        Assert.Equal(1, CliRun.Invoke("diff", straight, curly).ExitCode);
        Assert.Equal(1, CliRun.Invoke("diff", straight, curly, "--normalize-punctuation").ExitCode);
        Assert.Equal(0, CliRun.Invoke("diff", straight, curly, "--normalize-punctuation", "--ignore-case").ExitCode);
    }

    [Fact]
    public void Stat_prints_the_summary_and_counts_only()
    {
        var run = CliRun.Invoke("diff", Original, Edited, "--stat");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"{Original} → {Edited}: Replaced “new offensive” with “combat”", run.Output);
        Assert.DoesNotContain("Glory to Ukraine", run.Output);
    }

    [Fact]
    public void Compares_the_latest_revision_of_a_history_with_a_file()
    {
        var same = CliRun.Invoke("diff", KurskHistory, Edited);
        var changed = CliRun.Invoke("diff", KurskHistory, Original, "--stat");
        var fromStandardInput = CliRun.InvokeWithInput(File.ReadAllText(Original), "diff", KurskHistory, "-", "--stat");

        Assert.Equal((0, string.Empty), (same.ExitCode, same.Error));
        Assert.StartsWith($"revision 2 → {Edited}: No differences", same.Output);
        Assert.Equal(1, changed.ExitCode);
        Assert.StartsWith($"revision 2 → {Original}: Removed “an integral”; replaced “combat” with “new offensive”", changed.Output);
        Assert.Equal(1, fromStandardInput.ExitCode);
        Assert.StartsWith("revision 2 → -: ", fromStandardInput.Output);
    }

    [Fact]
    public void Compares_a_chosen_revision_of_a_history_with_a_file()
    {
        var same = CliRun.Invoke("diff", KurskHistory, "1", Original);
        var byTime = CliRun.Invoke("diff", KurskHistory, "2025-01-07 12:00", Edited, "--stat");
        var missing = CliRun.Invoke("diff", KurskHistory, "7", Original);

        Assert.Equal(0, same.ExitCode);
        Assert.StartsWith($"revision 1 → {Original}: No differences", same.Output);
        Assert.Equal(1, byTime.ExitCode);
        Assert.StartsWith($"revision 1 → {Edited}: ", byTime.Output);
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal([$"artrev: {KurskHistory}: revision 7 does not exist: the history has revisions 1 to 2."], missing.ErrorLines);
    }

    [Fact]
    public void Stat_on_a_history_names_the_revisions_the_times_resolved_to()
    {
        var run = CliRun.Invoke("diff", BridgeHistory, "2025-02-11 22:00", "2025-02-12 12:00", "--stat");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("revision 2 → revision 7: ", run.Output);
    }

    [Theory]
    [InlineData("inline")]
    [InlineData("word-diff")]
    [InlineData("side-by-side")]
    [InlineData("unified")]
    [InlineData("json")]
    [InlineData("markdown")]
    [InlineData("html")]
    public void Writes_every_format(string format)
    {
        var run = CliRun.Invoke("diff", Original, Edited, "--format", format);

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
        Assert.Contains("offensive", run.Output);
    }

    [Fact]
    public void The_unified_option_implies_the_unified_format()
    {
        var run = CliRun.Invoke("diff", Original, Edited, "-U", "0");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"--- {Original}", run.Output);
        Assert.Contains("@@ -5 +5 @@", run.Output);
    }

    [Fact]
    public void Colour_follows_the_terminal_and_NO_COLOR()
    {
        var env = new Dictionary<string, string?>();
        var noColor = new Dictionary<string, string?> { ["NO_COLOR"] = "1" };

        var terminal = CliRun.InvokeIn(env, terminal: true, string.Empty, "diff", Original, Edited);
        var piped = CliRun.InvokeIn(env, terminal: false, string.Empty, "diff", Original, Edited);
        var disabled = CliRun.InvokeIn(noColor, terminal: true, string.Empty, "diff", Original, Edited);
        var forced = CliRun.InvokeIn(noColor, terminal: false, string.Empty, "diff", Original, Edited, "--color", "always");
        var never = CliRun.InvokeIn(env, terminal: true, string.Empty, "diff", Original, Edited, "--color", "never");

        Assert.Contains("\u001b[", terminal.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", piped.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", disabled.Output, StringComparison.Ordinal);
        Assert.Contains("\u001b[", forced.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", never.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_to_a_file_with_output()
    {
        using var dir = new TempDirectory();
        var target = dir.File("diff.html");

        var run = CliRun.Invoke("diff", Original, Edited, "--format", "html", "-o", target);

        Assert.Equal((1, string.Empty, string.Empty), (run.ExitCode, run.Output, run.Error));
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(target), StringComparison.OrdinalIgnoreCase);
        Assert.Single(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void Output_to_a_file_holds_the_bytes_standard_output_gets_in_every_format()
    {
        using var dir = new TempDirectory();
        var old = dir.Write("old.txt", "Заголовок 😀 “quoted”\n\nThe council met on Tuesday. Він сказав «так».\n");
        var @new = dir.Write("new.txt", "Заголовок 😀 “quoted”\n\nThe mayor met on Monday 🙂. Він сказав «ні».\n");
        var target = dir.File("diff.out");

        foreach (var format in (string[])["inline", "word-diff", "unified", "json", "markdown", "html", "side-by-side"])
        {
            var toFile = CliRun.Invoke("diff", old, @new, "--format", format, "--width", "100", "-o", target);
            var toOutput = CliRun.Invoke("diff", old, @new, "--format", format, "--width", "100");

            Assert.Equal((1, string.Empty), (toFile.ExitCode, toFile.Output));
            Assert.Equal(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(toOutput.Output), File.ReadAllBytes(target));
        }
    }

    [Fact]
    public void Output_keeps_a_link_a_link_and_never_overwrites_an_input()
    {
        using var dir = new TempDirectory();
        var real = dir.Write("real.txt", "old");
        var link = dir.File("link.txt");
        File.CreateSymbolicLink(link, real);
        var input = dir.Write("input.txt", "Ukraine launched operations.\n");

        var viaLink = CliRun.Invoke("diff", Original, Edited, "--stat", "-o", link);
        var overInput = CliRun.Invoke("diff", input, Edited, "-o", input);

        Assert.Equal(1, viaLink.ExitCode);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Contains("Replaced", File.ReadAllText(real));
        Assert.Equal((2, $"artrev: {input}: is one of the inputs; --output would overwrite it.\n"), (overInput.ExitCode, overInput.Error));
        Assert.Equal("Ukraine launched operations.\n", File.ReadAllText(input));
    }

    [Fact]
    public void Refuses_a_text_larger_than_the_limit_before_reading_it_and_says_how_to_raise_it()
    {
        using var dir = new TempDirectory();
        var big = dir.File("big.txt");
        File.WriteAllText(big, new string('a', (1024 * 1024) + 1));
        var limited = new Dictionary<string, string?> { ["ARTREV_MAX_TEXT_MIB"] = "1" };

        var refused = CliRun.InvokeIn(limited, terminal: false, string.Empty, "diff", Original, big);
        var fromInput = CliRun.InvokeIn(limited, terminal: false, new string('b', (1024 * 1024) + 1), "diff", Original, "-");
        var raised = CliRun.InvokeIn(new Dictionary<string, string?> { ["ARTREV_MAX_TEXT_MIB"] = "2" }, terminal: false, string.Empty, "diff", Original, big, "--stat");
        var bad = CliRun.InvokeIn(new Dictionary<string, string?> { ["ARTREV_MAX_TEXT_MIB"] = "lots" }, terminal: false, string.Empty, "diff", Original, big);

        Assert.Equal((2, string.Empty), (refused.ExitCode, refused.Output));
        Assert.Equal([$"artrev: {big}: 1048577 bytes (1.0 MiB) is larger than the limit of 1 MiB for one text; set ARTREV_MAX_TEXT_MIB to a larger number of MiB to raise it."], refused.ErrorLines);
        Assert.Equal(["artrev: -: more than 1 MiB is larger than the limit of 1 MiB for one text; set ARTREV_MAX_TEXT_MIB to a larger number of MiB to raise it."], fromInput.ErrorLines);
        Assert.Equal(1, raised.ExitCode);
        Assert.Equal(["artrev: ARTREV_MAX_TEXT_MIB=lots: give the largest text to read as a whole number of MiB, such as 64."], bad.ErrorLines);
    }

    [Fact]
    public async Task Output_into_a_fifo_writes_into_it_and_leaves_it_a_fifo()
    {
        using var dir = new TempDirectory();
        var fifo = dir.File("out.fifo");
        Assert.Equal(0, RunTool("mkfifo", fifo));
        var reader = Task.Run(() => File.ReadAllText(fifo), TestContext.Current.CancellationToken);

        var run = CliRun.Invoke("diff", Original, Edited, "--stat", "-o", fifo);

        Assert.Equal((1, string.Empty), (run.ExitCode, run.Error));
        var written = await reader.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Contains("Replaced “new offensive” with “combat”", written);
        Assert.Equal(0, RunTool("test", "-p", fifo));
        Assert.Single(Directory.GetFileSystemEntries(dir.Path));
    }

    [Theory]
    [InlineData("inline")]
    [InlineData("word-diff")]
    [InlineData("side-by-side")]
    [InlineData("markdown")]
    [InlineData("html")]
    [InlineData("stat")]
    public void Shows_escape_sequences_and_other_control_characters_as_symbols_in_every_format_meant_to_be_read(string format)
    {
        using var dir = new TempDirectory();
        var old = dir.Write("old.txt", "The council met.\r\nIt\tvoted.\n");
        var hostile = dir.Write("new.txt", "The council met \u001b[2J\u001b]52;c;ZXZpbA==\u0007again.\r\nIt\tvoted.\n");

        var run = format == "stat"
            ? CliRun.Invoke("diff", old, hostile, "--stat")
            : CliRun.Invoke("diff", old, hostile, "--format", format, "--color", format is "markdown" or "html" ? "auto" : "always");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("\u001b[2J", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b]52", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0007', run.Output);
        // Markdown escapes the bracket: ␛\]52…
        Assert.Matches(@"␛\\?\]52;c;ZXZpbA==␇", run.Output);
    }

    [Fact]
    public void Keeps_the_raw_bytes_in_a_unified_patch()
    {
        using var dir = new TempDirectory();
        var old = dir.Write("old.txt", "The council met.\n");
        var hostile = dir.Write("new.txt", "The council met \u001b]52;c;ZXZpbA==\u0007again.\n");

        var run = CliRun.Invoke("diff", old, hostile, "--format", "unified");

        Assert.Contains("+The council met \u001b]52;c;ZXZpbA==\u0007again.\n", run.Output);
    }

    [Fact]
    public void Reads_one_side_from_standard_input()
    {
        var run = CliRun.InvokeWithInput(File.ReadAllText(Edited), "diff", Original, "-", "--format", "word-diff");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("{+combat+}", run.Output);
    }

    [Fact]
    public void Reports_bad_files_in_one_line_with_exit_2()
    {
        using var dir = new TempDirectory();
        var binary = dir.File("photo.jpg");
        File.WriteAllBytes(binary, [0xFF, 0xD8, 0x00, 0x10]);
        var latin1 = dir.File("latin1.txt");
        File.WriteAllBytes(latin1, [(byte)'c', (byte)'a', (byte)'f', 0xE9]);
        var utf16 = dir.File("utf16.txt");
        File.WriteAllBytes(utf16, Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Київ said.\n")).ToArray());
        var utf16NoMark = dir.File("utf16be.txt");
        File.WriteAllBytes(utf16NoMark, Encoding.BigEndianUnicode.GetBytes("The council said.\n"));

        var runs = new[]
        {
            (CliRun.Invoke("diff", dir.File("missing.txt"), Edited), $"artrev: {dir.File("missing.txt")}: no such file."),
            (CliRun.Invoke("diff", dir.Path, Edited), $"artrev: {dir.Path}: is a directory, not a file."),
            (CliRun.Invoke("diff", binary, Edited), $"artrev: {binary}: cannot be compared: binary file (NUL byte at offset 2), not text."),
            (CliRun.Invoke("diff", Original, latin1), $"artrev: {latin1}: cannot be compared: not valid UTF-8 (bad byte 0xE9 at offset 3); convert it to UTF-8 first."),
            (CliRun.Invoke("diff", Original, utf16), $"artrev: {utf16}: cannot be compared: UTF-16 text (little-endian, byte-order mark FF FE), not UTF-8; convert it first, e.g. iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8.txt"),
            (CliRun.Invoke("diff", Original, utf16NoMark), $"artrev: {utf16NoMark}: cannot be compared: UTF-16 text (big-endian, no byte-order mark), not UTF-8; convert it first, e.g. iconv -f UTF-16 -t UTF-8 FILE > FILE.utf8.txt"),
            (CliRun.Invoke("diff", "--bogus", Edited), "artrev: --bogus: no such option (nor file); see --help."),
            (CliRun.Invoke("diff", Original), $"artrev: {Original}: is not a history file; to compare two text files give both: artrev diff OLD NEW."),
            (CliRun.Invoke("diff", KurskHistory, "9"), $"artrev: {KurskHistory}: revision 9 does not exist: the history has revisions 1 to 2."),
            (CliRun.Invoke("diff", KurskHistory, "2025-01-06"), $"artrev: {KurskHistory}: no revision was current at 2025-01-06 00:00:00 +02:00: revision 1 became current at 2025-01-07 10:12:00 +02:00."),
            (CliRun.Invoke("diff", KurskHistory, "someday"), null),
            (CliRun.Invoke("diff", "-", "-"), "artrev: only one of OLD and NEW can be - (standard input)."),
        };

        foreach (var (run, message) in runs)
        {
            Assert.Equal(2, run.ExitCode);
            Assert.Single(run.ErrorLines);
            Assert.Equal(string.Empty, run.Output);
            if (message is not null)
            {
                Assert.Equal(message, run.ErrorLines[0]);
            }
        }
    }

    [Theory]
    [InlineData("--format", "pdf")]
    [InlineData("--granularity", "letter")]
    [InlineData("--color", "sometimes")]
    [InlineData("-U", "-1")]
    [InlineData("--width", "5")]
    [InlineData("--width", "10001")]
    [InlineData("--width", "2147483647")]
    public void Rejects_bad_option_values_with_exit_2(string option, string value)
    {
        var run = CliRun.Invoke("diff", Original, Edited, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(value, run.Error);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void An_empty_history_has_nothing_to_compare_even_by_time()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir);

        var run = CliRun.Invoke("diff", path, "2025-01-01", "2025-01-02");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"artrev: {path}: has 0 revisions; a comparison needs two."], run.ErrorLines);
    }

    [Fact]
    public void A_narrow_terminal_does_not_stop_a_diff()
    {
        var run = CliRun.InvokeIn(new Dictionary<string, string?>(), terminal: true, string.Empty, "diff", Original, Edited, "--format", "side-by-side", "--width", "20");
        var services = new CliServices(new NodaTime.Testing.FakeClock(CliRun.Now), () => Stream.Null, _ => null, true, 12);
        var narrow = new StringWriter();

        var code = CliApp.Invoke(["diff", Original, Edited, "--color", "never"], new System.CommandLine.InvocationConfiguration { Output = narrow, Error = new StringWriter() }, services);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(1, code);
        Assert.Contains("{+combat+}", narrow.ToString());
    }

    [Fact]
    public void A_history_with_one_revision_has_nothing_to_compare()
    {
        using var dir = new TempDirectory();
        var path = HistoryBuilder.Create(dir, "only one\n");

        var run = CliRun.Invoke("diff", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"artrev: {path}: has 1 revision; a comparison needs two."], run.ErrorLines);
    }

    private static int RunTool(string name, params string[] args)
    {
        using var process = System.Diagnostics.Process.Start(name, args);
        process.WaitForExit();
        return process.ExitCode;
    }
}
