using System.IO.Compression;
using System.Text;
using ArticleRevisions.Import.MediaWiki;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Import.Tests.MediaWiki;

public class MediaWikiImporterTests
{
    private static ImportReport ImportText(TempDirectory dir, string xml, string output = "wiki")
    {
        var file = dir.Write("dump.xml", xml);
        return MediaWikiImporter.Import(file, dir.File(output));
    }

    private static List<MediaWikiPage> Read(string xml, Encoding? encoding = null) =>
        MediaWikiReader.ReadPages(new MemoryStream((encoding ?? new UTF8Encoding(false)).GetBytes(xml)), "dump.xml").ToList();

    [Fact]
    public void Revisions_listed_by_id_are_put_in_timestamp_order()
    {
        var xml = Xml.Export(Xml.Page("Kyiv",
            Xml.Revision(10, "2025-01-07T12:00:00Z", "later"),
            Xml.Revision(11, "2025-01-07T08:00:00Z", "earlier"),
            Xml.Revision(12, "2025-01-07T10:00:00Z", "middle")));

        var page = Assert.Single(Read(xml));

        Assert.Equal(["earlier", "middle", "later"], page.Revisions.Select(r => r.Text));
        Assert.Equal(Instant.FromUtc(2025, 1, 7, 8, 0), page.Revisions[0].At);
    }

    [Fact]
    public void Revisions_in_the_same_second_are_kept_a_millisecond_apart_in_id_order()
    {
        var xml = Xml.Export(Xml.Page("Kyiv",
            Xml.Revision(21, "2025-01-07T08:00:00Z", "second"),
            Xml.Revision(20, "2025-01-07T08:00:00Z", "first")));
        using var dir = new TempDirectory();

        var report = ImportText(dir, xml);

        var revisions = HistoryFile.Read(dir.File("wiki/kyiv.jsonl")).Revisions;
        Assert.Equal(["first", "second"], revisions.Select(r => r.Text));
        Assert.Equal(Duration.FromMilliseconds(1), revisions[1].At - revisions[0].At);
        Assert.Equal(1, report.Histories[0].TimesAdjusted);
    }

    [Fact]
    public void Suppressed_text_contributor_and_comment_are_recorded_as_suppressed_never_invented()
    {
        var xml = Xml.Export(Xml.Page("Kyiv",
            Xml.Revision(1, "2025-01-07T08:00:00Z", "visible", comment: "ok"),
            "<revision><id>2</id><timestamp>2025-01-07T09:00:00Z</timestamp><contributor deleted=\"deleted\" /><comment deleted=\"deleted\" /><text deleted=\"deleted\" /></revision>\n"));
        using var dir = new TempDirectory();

        var page = Assert.Single(Read(xml));
        var report = ImportText(dir, xml);

        Assert.Equal(string.Empty, page.Revisions[1].Text);
        Assert.Null(page.Revisions[1].Editor);
        Assert.Null(page.Revisions[1].Note);
        Assert.Equal(ArticleRevisions.Model.SuppressedFields.Text | ArticleRevisions.Model.SuppressedFields.Editor | ArticleRevisions.Model.SuppressedFields.Note, page.Revisions[1].Attributes.Suppressed);
        Assert.Equal("2", page.Revisions[1].Attributes[AttributeNames.MediaWikiRevisionId]);
        Assert.Equal(1, report.Histories[0].Suppressed);
    }

    [Fact]
    public void Revision_ids_the_minor_flag_suppressed_parts_and_moved_times_are_stored_in_the_history_file_and_read_back()
    {
        var xml = Xml.Export(Xml.Page("Kyiv",
            Xml.Revision(7, "2025-01-07T08:00:00Z", "first", minor: true),
            "<revision><id>9</id><parentid>7</parentid><timestamp>2025-01-07T08:00:00Z</timestamp><contributor deleted=\"deleted\" /><comment deleted=\"deleted\" /><text deleted=\"deleted\" /></revision>\n"));
        using var dir = new TempDirectory();

        ImportText(dir, xml);

        var path = dir.File("wiki/kyiv.jsonl");
        var history = HistoryFile.Read(path);
        Assert.Equal(
            [
                "mediawiki.minor=true;mediawiki.revid=7",
                "mediawiki.parentid=7;mediawiki.revid=9;mediawiki.timestamp=2025-01-07T08:00:00Z;suppressed=text,editor,note",
            ],
            history.Revisions.Select(r => string.Join(';', r.Attributes.Select(a => $"{a.Key}={a.Value}"))));
        Assert.Equal((string.Empty, null, null), (history.Revisions[1].Text, history.Revisions[1].Editor, history.Revisions[1].Note));
        Assert.Equal(ArticleRevisions.Model.SuppressedFields.Text | ArticleRevisions.Model.SuppressedFields.Editor | ArticleRevisions.Model.SuppressedFields.Note, history.Revisions[1].Attributes.Suppressed);
        Assert.Contains("\"attributes\":{\"mediawiki.parentid\":\"7\"", File.ReadAllLines(path)[2]);
        Assert.True(history.Verify().IsValid);
    }

    [Fact]
    public void The_suppressed_parts_are_named_in_order()
    {
        var raw = new RawRevision { Line = 1, Timestamp = Instant.FromUtc(2025, 1, 1, 0, 0), TimestampText = "t", TextSuppressed = true, CommentSuppressed = true, Id = 5, Minor = true };

        var revision = MediaWikiImporter.ToRevision(raw, "ignored", raw.Timestamp, adjusted: false);

        Assert.Equal("text,note", revision.Attributes[AttributeNames.Suppressed]);
        Assert.Equal("5", revision.Attributes[AttributeNames.MediaWikiRevisionId]);
        Assert.Equal("true", revision.Attributes[AttributeNames.MediaWikiMinor]);
        Assert.Equal(string.Empty, revision.Draft.Text);
    }

    [Fact]
    public void An_empty_revision_is_empty()
    {
        var xml = Xml.Export(Xml.Page("Kyiv",
            Xml.Revision(1, "2025-01-07T08:00:00Z", "text"),
            "<revision><id>2</id><timestamp>2025-01-07T09:00:00Z</timestamp><text bytes=\"0\" /></revision>\n"));

        var page = Assert.Single(Read(xml));

        Assert.Equal(["text", string.Empty], page.Revisions.Select(r => r.Text));
    }

    [Fact]
    public void A_stub_dump_without_texts_is_refused()
    {
        var xml = Xml.Export(Xml.Page("Kyiv", "<revision><id>2</id><timestamp>2025-01-07T09:00:00Z</timestamp><text bytes=\"120\" id=\"9\" /></revision>\n"));

        var error = Assert.Throws<ImportException>(() => Read(xml));

        Assert.Contains("stub dump", error.Message);
    }

    [Fact]
    public void A_utf16_file_without_a_byte_order_mark_is_read_in_its_declared_encoding()
    {
        var xml = Xml.Export(Xml.Page("Київ", Xml.Revision(1, "2025-01-07T08:00:00Z", "Столиця України")), prolog: "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n");
        var bytes = new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(xml);
        Assert.Equal((byte)'<', bytes[0]);

        var page = Assert.Single(MediaWikiReader.ReadPages(new MemoryStream(bytes), "utf16.xml").ToList());

        Assert.Equal("Київ", page.Title);
        Assert.Equal("Столиця України", page.Revisions[0].Text);
    }

    [Fact]
    public void A_legacy_code_page_the_file_declares_is_honoured()
    {
        var xml = Xml.Export(Xml.Page("Київ", Xml.Revision(1, "2025-01-07T08:00:00Z", "Столиця")), prolog: "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var page = Assert.Single(Read(xml, Encoding.GetEncoding("windows-1251")));

        Assert.Equal("Столиця", page.Revisions[0].Text);
    }

    [Theory]
    [InlineData("http://www.mediawiki.org/xml/export-0.3/")]
    [InlineData("http://www.mediawiki.org/xml/export-0.10/")]
    [InlineData("https://www.mediawiki.org/xml/export-0.11/")]
    public void Both_namespace_variants_of_every_schema_are_read(string ns)
    {
        var page = Assert.Single(Read(Xml.Export(Xml.Page("Kyiv", Xml.Revision(1, "2025-01-07T08:00:00Z", "text")), ns)));

        Assert.Equal("text", page.Revisions[0].Text);
    }

    [Fact]
    public void Line_endings_and_entities_in_the_text_are_kept()
    {
        var page = Assert.Single(Read(Xml.Export(Xml.Page("Kyiv", Xml.Revision(1, "2025-01-07T08:00:00Z", "a &amp; b&#13;\n&lt;ref&gt;")))));

        Assert.Equal("a & b\r\n<ref>", page.Revisions[0].Text);
    }

    [Fact]
    public void Several_pages_become_several_histories_in_the_collection_folder()
    {
        using var dir = new TempDirectory();
        var xml = Xml.Export(
            Xml.Page("Kyiv", Xml.Revision(1, "2025-01-07T08:00:00Z", "a", minor: true, comment: "typo")) +
            Xml.Page("Talk:Kyiv", Xml.Revision(2, "2025-01-07T09:00:00Z", "b")) +
            Xml.Page("Київ", Xml.Revision(3, "2025-01-07T10:00:00Z", "c")));

        var report = ImportText(dir, xml);

        string[] expected = ["dump.xml", .. TempDirectory.History("wiki/talk-kyiv.jsonl"), .. TempDirectory.History("wiki/kyiv.jsonl"), .. TempDirectory.History("wiki/київ.jsonl")];
        Assert.Equal(expected.Order(StringComparer.Ordinal), dir.Files());
        var kyiv = HistoryFile.Read(dir.File("wiki/kyiv.jsonl"));
        Assert.Equal("Kyiv", kyiv.Article.Title);
        Assert.Equal("en", kyiv.Article.Language);
        Assert.Equal("https://wiki.example/wiki/Kyiv", kyiv.Article.Source!.OriginalString);
        Assert.Equal("typo", kyiv.Revisions[0].Note);
        Assert.Equal("Alice", kyiv.Revisions[0].Editor);
        Assert.Equal(3, report.Histories.Length);
    }

    [Fact]
    public void Reimporting_a_later_export_appends_only_newer_revisions()
    {
        using var dir = new TempDirectory();
        ImportText(dir, Xml.Export(Xml.Page("Kyiv", Xml.Revision(1, "2025-01-07T08:00:00Z", "a"))));

        var report = ImportText(dir, Xml.Export(Xml.Page("Kyiv", Xml.Revision(1, "2025-01-07T08:00:00Z", "a"), Xml.Revision(2, "2025-01-08T08:00:00Z", "b"))));

        Assert.False(report.Histories[0].Created);
        Assert.Equal((1, 1), (report.Histories[0].Added, report.Histories[0].AlreadyPresent));
        Assert.Equal(["a", "b"], HistoryFile.Read(dir.File("wiki/kyiv.jsonl")).Revisions.Select(r => r.Text));
    }

    [Fact]
    public void Two_titles_with_the_same_file_name_get_different_files()
    {
        using var dir = new TempDirectory();

        ImportText(dir, Xml.Export(Xml.Page("Kyiv", Xml.Revision(1, "2025-01-07T08:00:00Z", "a")) + Xml.Page("KYIV", Xml.Revision(2, "2025-01-07T08:00:00Z", "b"))));

        var files = dir.Files().Where(f => f.StartsWith("wiki/", StringComparison.Ordinal) && f.EndsWith(".jsonl", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, files.Count);
        Assert.Contains("wiki/kyiv.jsonl", files);
        Assert.Equal("KYIV", HistoryFile.Read(dir.File(files.Single(f => f != "wiki/kyiv.jsonl"))).Article.Title);
    }

    [Fact]
    public void A_gzip_compressed_dump_is_read()
    {
        using var dir = new TempDirectory();
        var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(Xml.Export(Xml.Page("Kyiv", Xml.Revision(1, "2025-01-07T08:00:00Z", "zipped")))));
        }

        MediaWikiImporter.Import(dir.WriteBytes("dump.xml.gz", compressed.ToArray()), dir.File("wiki"));

        Assert.Equal("zipped", HistoryFile.Read(dir.File("wiki/kyiv.jsonl")).Revisions[0].Text);
    }

    [Fact]
    public void A_page_with_more_text_than_the_memory_budget_is_ordered_through_the_disk()
    {
        using var dir = new TempDirectory();
        using var buffer = new PageBuffer(dir.Path, budgetChars: 10);
        buffer.Add(new RawRevision { Line = 1, Id = 2, Timestamp = Instant.FromUtc(2025, 1, 2, 0, 0), TimestampText = "b", Text = "second, long enough to spill" });
        buffer.Add(new RawRevision { Line = 2, Id = 1, Timestamp = Instant.FromUtc(2025, 1, 1, 0, 0), TimestampText = "a", Text = "first: ünïcödé" });

        var texts = MediaWikiImporter.Arrange(buffer).Select(r => r.Draft.Text).ToList();

        Assert.Equal(["first: ünïcödé", "second, long enough to spill"], texts);
        Assert.Single(Directory.GetFiles(dir.Path, ".artrev-page-*"));
        buffer.Dispose();
        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void A_file_that_fails_half_way_keeps_the_pages_before_the_fault_whole_and_writes_nothing_of_the_rest()
    {
        using var dir = new TempDirectory();
        var xml = Xml.Export(Xml.Page("Kyiv", Xml.Revision(1, "2025-01-07T08:00:00Z", "a")) + Xml.Page("Lviv", Xml.Revision(2, "not a time", "b")));

        var error = Assert.Throws<ImportException>(() => ImportText(dir, xml));

        Assert.Contains("dump.xml:8: timestamp 'not a time' is not an ISO-8601 time", error.Message);
        Assert.Contains("The 1 page before it was imported, each history whole", error.Message);
        Assert.Equal(["dump.xml", .. TempDirectory.History("wiki/kyiv.jsonl")], dir.Files());
        Assert.Equal(["a"], HistoryFile.Read(dir.File("wiki/kyiv.jsonl")).Revisions.Select(r => r.Text));
    }

    [Fact]
    public void A_file_that_fails_on_its_first_page_leaves_not_even_the_folder_it_created()
    {
        using var dir = new TempDirectory();

        Assert.Throws<ImportException>(() => ImportText(dir, Xml.Export(Xml.Page("Lviv", Xml.Revision(2, "not a time", "b")))));

        Assert.Equal(["dump.xml"], dir.Files());
        Assert.False(Directory.Exists(dir.File("wiki")));
    }
}
