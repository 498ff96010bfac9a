using System.Text;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using CsCheck;
using NodaTime;

namespace ArticleRevisions.Tests.Storage;

public class HistoryFileTests
{
    [Fact]
    public void Create_writes_only_a_header_line()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");

        var file = HistoryFile.Create(path, TestData.Article());

        var lines = File.ReadAllText(path).Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("{\"format\":\"artrev-history\",\"version\":2,", lines[0]);
        Assert.EndsWith($",\"sha256\":\"{RevisionHasher.ComputeHeader(TestData.Article())}\"}}", lines[0]);
        Assert.Equal(string.Empty, lines[1]);
        Assert.Equal(0, file.History.Count);
    }

    [Fact]
    public void Create_never_overwrites_an_existing_file()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        File.WriteAllText(path, "precious");

        Assert.Throws<IOException>(() => HistoryFile.Create(path, TestData.Article()));

        Assert.Equal("precious", File.ReadAllText(path));
    }

    [Fact]
    public void A_UTC_history_reads_its_article_back_in_NodaTime_s_own_UTC_zone_equal_to_the_one_written()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var article = new Article("utc-article", "In UTC", DateTimeZone.Utc);
        HistoryFile.Create(path, article).Append(new RevisionDraft("text") { At = TestData.Morning });

        var reopened = HistoryFile.Open(path);

        Assert.Same(DateTimeZone.Utc, reopened.Article.Zone);
        Assert.Equal(article, reopened.Article);
        Assert.Equal(article, HistoryFile.Read(path).Article);
    }

    [Theory]
    [InlineData("Europe/Kyiv")]
    [InlineData("Etc/UTC")]
    [InlineData("America/St_Johns")]
    public void A_history_in_another_zone_reads_its_zone_from_the_time_zone_database(string zoneId)
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var zone = DateTimeZoneProviders.Tzdb[zoneId];
        HistoryFile.Create(path, new Article("zoned", "Zoned", zone));

        var reopened = HistoryFile.Open(path);

        Assert.Same(zone, reopened.Article.Zone);
        Assert.Equal(zoneId, reopened.Article.Zone.Id);
    }

    [Fact]
    public void Round_trips_every_field()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var file = HistoryFile.Create(path, TestData.Article());
        var draft = new RevisionDraft("Заява “Генштабу”\r\nline two\twith tab")
        {
            At = TestData.Morning,
            ObservedAt = TestData.Morning + Duration.FromMinutes(18) + Duration.FromMilliseconds(250),
            Title = "Title",
            Editor = "Editor",
            Note = "Note with \"quotes\" and \\ backslash",
            Source = new Uri("https://t.me/GeneralStaffZSU/21034?single"),
        };
        var written = file.Append(draft, TestData.Clock()).Revision;

        var read = HistoryFile.Read(path);

        Assert.Equal(TestData.Article(), read.Article);
        Assert.Equal(written, read.Latest);
    }

    [Fact]
    public void Round_trips_random_histories_as_a_property()
    {
        var drafts =
            Gen.Select(TextGen.Text, TextGen.OptionalText, TextGen.OptionalText, TextGen.OptionalText, Gen.Int[1, 100_000], Gen.Bool)
                .Select((text, title, editor, note, seconds, observed) => (text, title, editor, note, seconds, observed))
                .Array[0, 6];

        drafts.Sample(items =>
        {
            using var dir = new TempDirectory();
            var path = dir.File("h.jsonl");
            var file = HistoryFile.Create(path, TestData.Article());
            var clock = TestData.Clock();
            foreach (var (text, title, editor, note, seconds, observed) in items)
            {
                clock.Advance(Duration.FromMilliseconds(seconds));
                var now = clock.GetCurrentInstant();
                file.Append(new RevisionDraft(text) { Title = title, Editor = editor, Note = note, ObservedAt = observed ? now + Duration.FromTicks(seconds) : null }, clock);
            }

            var read = HistoryFile.Read(path);

            Assert.Equal(file.History.Revisions, read.Revisions);
            Assert.True(read.Verify().IsValid);
        }, iter: 150);
    }

    [Fact]
    public void Keeps_text_without_a_final_newline_and_empty_text()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var file = HistoryFile.Create(path, TestData.Article());
        var clock = TestData.Clock();
        file.Append(new RevisionDraft("no final newline"), clock);
        clock.Advance(Duration.FromSeconds(1));
        file.Append(new RevisionDraft(string.Empty), clock);

        var read = HistoryFile.Read(path);

        Assert.Equal(["no final newline", string.Empty], read.Revisions.Select(r => r.Text));
    }

    [Fact]
    public void Appending_writes_only_the_new_line()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var file = HistoryFile.Create(path, TestData.Article());
        var clock = TestData.Clock();
        file.Append(new RevisionDraft("one\n"), clock);
        var before = File.ReadAllBytes(path);
        clock.Advance(Duration.FromMinutes(1));

        file.Append(new RevisionDraft("two\n"), clock);

        var after = File.ReadAllBytes(path);
        Assert.Equal(before, after[..before.Length]);
        var added = Encoding.UTF8.GetString(after[before.Length..]);
        Assert.StartsWith("{\"type\":\"revision\",\"number\":2,", added);
        Assert.EndsWith("\n", added);
        Assert.Single(added, '\n');
    }

    [Fact]
    public void Appending_unchanged_text_writes_nothing()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var file = HistoryFile.Create(path, TestData.Article());
        var clock = TestData.Clock();
        file.Append(new RevisionDraft("same"), clock);
        var before = File.ReadAllBytes(path);
        clock.Advance(Duration.FromMinutes(1));

        var result = file.Append(new RevisionDraft("same"), clock);

        Assert.Equal(AppendOutcome.UnchangedText, result.Outcome);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_stale_writer_reads_what_another_writer_added_and_appends_after_it()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var file = HistoryFile.Create(path, TestData.Article());
        var clock = TestData.Clock();
        HistoryFile.Open(path).Append(new RevisionDraft("written by someone else"), clock);
        clock.Advance(Duration.FromMinutes(1));

        var mine = file.Append(new RevisionDraft("mine"), clock).Revision;

        Assert.Equal(2, mine.Number);
        Assert.Equal(["written by someone else", "mine"], HistoryFile.Read(path).Revisions.Select(r => r.Text));
    }

    [Fact]
    public void A_stale_writer_whose_revision_no_longer_fits_the_time_order_is_refused_and_the_file_left_alone()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var file = HistoryFile.Create(path, TestData.Article());
        HistoryFile.Open(path).Append(new RevisionDraft("later, by someone else") { At = TestData.Morning + Duration.FromHours(1) });
        var before = File.ReadAllBytes(path);

        Assert.Throws<RevisionOrderException>(() => file.Append(new RevisionDraft("mine") { At = TestData.Morning }));

        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void Refuses_to_append_while_another_writer_holds_the_file_and_leaves_it_alone()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var file = HistoryFile.Create(path, TestData.Article());
        var before = File.ReadAllBytes(path);

        using (new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            Assert.Throws<IOException>(() => file.Append(new RevisionDraft("mine"), TestData.Clock()));
        }

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(0, file.History.Count);
    }

    [Fact]
    public void A_rejected_append_leaves_the_file_exactly_as_it_was()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var file = HistoryFile.Create(path, TestData.Article());
        file.Append(new RevisionDraft("one") { At = TestData.Morning }, TestData.Clock());
        var before = File.ReadAllBytes(path);

        Assert.Throws<RevisionOrderException>(() => file.Append(new RevisionDraft("two") { At = TestData.Morning }, TestData.Clock()));

        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(1, file.History.Count);
    }

    [Fact]
    public void Reports_a_torn_last_line_as_such_and_never_rewrites_the_file()
    {
        var (path, dir) = WriteHistory("one", "two");
        using var _ = dir;
        var bytes = File.ReadAllBytes(path);
        var torn = bytes[..(bytes.Length - 20)];
        File.WriteAllBytes(path, torn);

        var e = Assert.Throws<HistoryFormatException>(() => HistoryFile.Read(path));

        Assert.Equal(HistoryFileFault.TornLastLine, e.Fault);
        Assert.Equal(3, e.LineNumber);
        Assert.Equal(path, e.FilePath);
        Assert.Contains("last complete revision is 1", e.Message);
        Assert.StartsWith($"{path}:3: ", e.Message);
        Assert.Equal(torn, File.ReadAllBytes(path));
    }

    [Fact]
    public void A_complete_last_line_without_its_newline_is_still_reported_as_torn()
    {
        var (path, dir) = WriteHistory("one");
        using var _ = dir;
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^1]);

        var e = Assert.Throws<HistoryFormatException>(() => HistoryFile.Read(path));

        Assert.Equal(HistoryFileFault.TornLastLine, e.Fault);
        Assert.Equal(2, e.LineNumber);
    }

    [Fact]
    public void Reports_a_corrupted_line_with_its_number()
    {
        var (path, dir) = WriteHistory("one", "two", "three");
        using var _ = dir;
        var lines = File.ReadAllLines(path);
        lines[2] = lines[2][..30] + "#" + lines[2][31..];
        File.WriteAllText(path, string.Join("\n", lines) + "\n");

        var e = Assert.Throws<HistoryFormatException>(() => HistoryFile.Read(path));

        Assert.Equal(HistoryFileFault.MalformedLine, e.Fault);
        Assert.Equal(3, e.LineNumber);
    }

    [Fact]
    public void Reports_a_tampered_revision_with_its_line()
    {
        var (path, dir) = WriteHistory("the new offensive operations", "two", "three");
        using var _ = dir;
        var text = File.ReadAllText(path).Replace("the new offensive operations", "the combat operations", StringComparison.Ordinal);
        File.WriteAllText(path, text);

        var e = Assert.Throws<HistoryFormatException>(() => HistoryFile.Read(path));

        Assert.Equal(HistoryFileFault.HashMismatch, e.Fault);
        Assert.Equal(2, e.LineNumber);
        Assert.Contains("revision 1 does not match its hash", e.Message);
    }

    [Theory]
    [InlineData("\"at\":\"2025-01-07T08:12:00Z\"", "\"at\":\"2025-01-07T09:12:00Z\"", HistoryFileFault.HashMismatch)]
    [InlineData("\"number\":1", "\"number\":\"1\"", HistoryFileFault.MalformedLine)]
    [InlineData("\"number\":1", "\"number\":7", HistoryFileFault.BadNumbering)]
    [InlineData("\"at\":\"2025-01-07T08:12:00Z\"", "\"at\":\"7 Jan 2025\"", HistoryFileFault.MalformedLine)]
    [InlineData("\"at\":\"2025-01-07T08:12:00Z\"", "\"at\":\"2025-01-07T08:12:00Z\",\"colour\":\"red\"", HistoryFileFault.MalformedLine)]
    [InlineData("\"at\":\"2025-01-07T08:12:00Z\",", "", HistoryFileFault.MalformedLine)]
    [InlineData("\"text\":\"one\"", "\"text\":null", HistoryFileFault.MalformedLine)]
    [InlineData("\"text\":\"one\"", "\"text\":\"one\",\"text\":\"two\"", HistoryFileFault.MalformedLine)]
    [InlineData("\"text\":\"one\"", "\"delta\":[1]", HistoryFileFault.MalformedLine)]
    [InlineData("\"type\":\"revision\",", "", HistoryFileFault.MalformedLine)]
    [InlineData("\"type\":\"revision\"", "\"type\":\"rumour\"", HistoryFileFault.MalformedLine)]
    [InlineData("\"text\":\"one\"", "\"text\":\"one\",\"sha256\":\"x\"", HistoryFileFault.MalformedLine)]
    public void Checks_each_revision_field(string find, string replace, HistoryFileFault fault)
    {
        var (path, dir) = WriteHistory("one");
        using var _ = dir;
        var content = File.ReadAllText(path);
        Assert.Contains(find, content);
        File.WriteAllText(path, content.Replace(find, replace, StringComparison.Ordinal));

        var e = Assert.Throws<HistoryFormatException>(() => HistoryFile.Read(path));

        Assert.Equal(fault, e.Fault);
        Assert.Equal(2, e.LineNumber);
    }

    [Theory]
    [InlineData("\"format\":\"artrev-history\"", "\"format\":\"something-else\"", HistoryFileFault.WrongFormat)]
    [InlineData("\"version\":2", "\"version\":3", HistoryFileFault.UnsupportedVersion)]
    [InlineData("\"version\":2", "\"version\":1", HistoryFileFault.MalformedLine)]
    [InlineData("\"title\":\"General Staff statement\"", "\"title\":\"Another title\"", HistoryFileFault.HashMismatch)]
    [InlineData("\"zone\":\"Europe/Kyiv\"", "\"zone\":\"Mars/Olympus\"", HistoryFileFault.InvalidValue)]
    [InlineData("\"id\":\"general-staff-kursk\"", "\"id\":\"Not A Slug\"", HistoryFileFault.InvalidValue)]
    [InlineData("\"language\":\"en\"", "\"language\":\"english!\"", HistoryFileFault.InvalidValue)]
    [InlineData("\"source\":\"https://t.me/GeneralStaffZSU/21034\"", "\"source\":\"not a uri\"", HistoryFileFault.InvalidValue)]
    [InlineData("\"format\":\"artrev-history\",", "", HistoryFileFault.MalformedLine)]
    public void Checks_the_header(string find, string replace, HistoryFileFault fault)
    {
        var (path, dir) = WriteHistory("one");
        using var _ = dir;
        var content = File.ReadAllText(path);
        Assert.Contains(find, content);
        File.WriteAllText(path, content.Replace(find, replace, StringComparison.Ordinal));

        var e = Assert.Throws<HistoryFormatException>(() => HistoryFile.Read(path));

        Assert.Equal(fault, e.Fault);
        Assert.Equal(1, e.LineNumber);
    }

    [Fact]
    public void Reports_revisions_out_of_time_order_even_when_their_hashes_are_consistent()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var first = new Revision(1, TestData.Morning, "one", new string('0', 64));
        first = new Revision(1, first.At, first.Text, first.ComputeHash(RevisionHasher.ComputeHeader(TestData.Article())));
        var earlier = new Revision(2, TestData.Morning - Duration.FromHours(1), "two", new string('0', 64));
        earlier = new Revision(2, earlier.At, earlier.Text, earlier.ComputeHash(first.Hash));
        File.WriteAllBytes(path, [.. HistoryLineCodec.EncodeHeader(TestData.Article()), .. HistoryLineCodec.EncodeRevision(first, null), .. HistoryLineCodec.EncodeRevision(earlier, null)]);

        var e = Assert.Throws<HistoryFormatException>(() => HistoryFile.Read(path));

        Assert.Equal((HistoryFileFault.OutOfOrder, 3), (e.Fault, e.LineNumber));
        Assert.Contains("is not after revision 1", e.Message);
    }

    [Fact]
    public void Reports_an_empty_file_and_a_blank_line()
    {
        using var dir = new TempDirectory();
        var empty = dir.File("empty.jsonl");
        File.WriteAllBytes(empty, []);
        var (path, other) = WriteHistory("one");
        using var _ = other;
        File.WriteAllText(path, File.ReadAllText(path) + "\n");

        Assert.Equal(HistoryFileFault.Empty, Assert.Throws<HistoryFormatException>(() => HistoryFile.Read(empty)).Fault);
        var blank = Assert.Throws<HistoryFormatException>(() => HistoryFile.Read(path));
        Assert.Equal((HistoryFileFault.MalformedLine, 3), (blank.Fault, blank.LineNumber));
    }

    [Fact]
    public void Reads_a_file_whose_lines_end_in_CRLF_or_that_starts_with_a_byte_order_mark()
    {
        var (path, dir) = WriteHistory("one", "two");
        using var _ = dir;
        var crlf = File.ReadAllText(path).Replace("\n", "\r\n", StringComparison.Ordinal);
        File.WriteAllText(path, crlf, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var history = HistoryFile.Read(path);

        Assert.Equal(["one", "two"], history.Revisions.Select(r => r.Text));
    }

    [Fact]
    public void Reading_the_whole_file_finds_a_character_respelt_as_an_escape_which_the_hash_chain_cannot_see()
    {
        var (path, dir) = WriteHistory("Un café.", "two");
        using var _ = dir;
        var original = File.ReadAllText(path);
        File.WriteAllText(path, original.Replace("café", "caf\\u00e9", StringComparison.Ordinal));
        Assert.NotEqual(original, File.ReadAllText(path));

        var error = Assert.Throws<HistoryFormatException>(() => HistoryFile.Open(path).Verify());

        Assert.Equal((HistoryFileFault.HashMismatch, 2), (error.Fault, error.LineNumber));
        Assert.Contains("spelt another way", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_read_but_Verify_takes_a_line_respelt_with_its_values_intact()
    {
        // The values, and so the hash chain, are the same: only Verify answers for the bytes.
        var (path, dir) = WriteHistory("Un café.", "two");
        using var _ = dir;
        File.WriteAllText(path, File.ReadAllText(path).Replace("café", "caf\\u00e9", StringComparison.Ordinal));

        var history = HistoryFile.Read(path);

        Assert.Equal(["Un café.", "two"], history.Revisions.Select(r => r.Text));
        Assert.Equal(HistoryFileFault.HashMismatch, Assert.Throws<HistoryFormatException>(() => HistoryFile.Open(path).Verify()).Fault);
    }

    [Fact]
    public void Verify_names_CR_LF_line_ends_and_a_byte_order_mark_which_every_other_read_takes()
    {
        var (path, dir) = WriteHistory("one", "two");
        using var _ = dir;
        var lf = File.ReadAllText(path);
        File.WriteAllText(path, lf.Replace("\n", "\r\n", StringComparison.Ordinal));
        var crlf = Assert.Throws<HistoryFormatException>(() => HistoryFile.Open(path).Verify());
        var crlfRead = HistoryFile.Read(path);
        File.WriteAllText(path, lf, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var bom = Assert.Throws<HistoryFormatException>(() => HistoryFile.Open(path).Verify());

        Assert.Equal((HistoryFileFault.HashMismatch, 1), (crlf.Fault, crlf.LineNumber));
        Assert.Contains("CR LF", crlf.Message, StringComparison.Ordinal);
        Assert.Equal(["one", "two"], crlfRead.Revisions.Select(r => r.Text));
        Assert.Equal((HistoryFileFault.HashMismatch, 1), (bom.Fault, bom.LineNumber));
        Assert.Contains("byte order mark", bom.Message, StringComparison.Ordinal);
        Assert.Equal(["one", "two"], HistoryFile.Read(path).Revisions.Select(r => r.Text));
    }

    [Fact]
    public void Reading_the_whole_file_finds_white_space_added_to_the_header()
    {
        var (path, dir) = WriteHistory("one");
        using var _ = dir;
        var lines = File.ReadAllText(path).Split('\n');
        lines[0] = lines[0].Replace("\":", "\": ", StringComparison.Ordinal);
        File.WriteAllText(path, string.Join('\n', lines));

        var error = Assert.Throws<HistoryFormatException>(() => HistoryFile.Open(path).Verify());

        Assert.Equal((HistoryFileFault.HashMismatch, 1), (error.Fault, error.LineNumber));
    }

    [Fact]
    public void TryRead_reports_a_bad_file_as_a_value()
    {
        var (path, dir) = WriteHistory("one");
        using var _ = dir;
        File.WriteAllText(path, "not json\n");

        var ok = HistoryFile.TryRead(path, out var history, out var error);

        Assert.False(ok);
        Assert.Null(history);
        Assert.Equal(HistoryFileFault.WrongFormat, error!.Fault);
    }

    [Fact]
    public void Writes_instants_as_ISO_8601_UTC_and_keeps_non_ASCII_readable()
    {
        var (path, dir) = WriteHistory("Заява “Генштабу”");
        using var _ = dir;

        var content = File.ReadAllText(path);

        Assert.Contains("\"at\":\"2025-01-07T08:12:00Z\"", content);
        Assert.Contains("Заява “Генштабу”", content);
    }

    [Theory]
    [InlineData("general-staff-kursk", 2)]
    [InlineData("general-staff-kursk-uk", 2)]
    [InlineData("harbour-bridge", 8)]
    public void Reads_the_fixture_histories(string fixture, int revisions)
    {
        var history = HistoryFile.Read(TestData.FixturePath(fixture, "history.jsonl"));

        Assert.Equal(revisions, history.Count);
        Assert.Equal(fixture, history.Article.Id);
        Assert.True(history.Verify().IsValid);
    }

    private static (string Path, TempDirectory Dir) WriteHistory(params string[] texts)
    {
        var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var file = HistoryFile.Create(path, TestData.Article());
        var clock = TestData.Clock();
        foreach (var text in texts)
        {
            file.Append(new RevisionDraft(text), clock);
            clock.Advance(Duration.FromMinutes(30));
        }

        return (path, dir);
    }
}
