using ArticleRevisions.Import.Export;
using ArticleRevisions.Import.Folders;
using ArticleRevisions.Import.MediaWiki;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Import.Tests.Export;

public class HistoryExporterTests
{
    private static readonly Instant Start = Instant.FromUtc(2025, 1, 7, 8, 12);

    internal static string MakeHistory(TempDirectory dir, string name = "kursk.jsonl")
    {
        var article = new Article("kursk", "General Staff statement", DateTimeZoneProviders.Tzdb["Europe/Kyiv"], "en", new Uri("https://t.me/GeneralStaffZSU/21034"));
        var file = HistoryFile.Create(dir.File(name), article);
        var clock = new NodaTime.Testing.FakeClock(Start);
        file.Append(new RevisionDraft("Ukraine launched new offensive operations.\r\nSecond line\r\n") { At = Start, Editor = "General Staff", Note = "first\tversion" }, clock);
        file.Append(new RevisionDraft("Ukraine conducts combat operations.\nno final newline") { At = Start + Duration.FromMilliseconds(3_500), ObservedAt = Start + Duration.FromHours(1), Title = "Statement, edited", Source = new Uri("https://example.org/a?b=c") }, clock);
        file.Append(new RevisionDraft("\uFEFFWith a byte-order mark, \\backslashes\\ and “quotes”") { At = Start + Duration.FromDays(1), Note = string.Empty, Editor = "\"\"" }, clock);
        file.Append(new RevisionDraft(string.Empty) { At = Start + Duration.FromDays(2) }, clock);
        return file.Path;
    }

    [Fact]
    public void A_folder_export_imported_back_gives_the_same_history_byte_for_byte()
    {
        using var dir = new TempDirectory();
        var history = MakeHistory(dir);

        HistoryExporter.Export(history, dir.File("out"));
        FolderImporter.Import(dir.File("out"), dir.File("again.jsonl"));

        Assert.Equal(File.ReadAllBytes(history), File.ReadAllBytes(dir.File("again.jsonl")));
    }

    [Fact]
    public void A_folder_export_of_a_history_with_attributes_raw_sources_and_events_imports_back_byte_for_byte()
    {
        using var dir = new TempDirectory();
        var path = dir.File("captured.jsonl");
        var article = new Article("captured", "Captured page", DateTimeZone.Utc, "en", new Uri("https://example.org/news/1"));
        var file = HistoryFile.Create(path, article);
        var page = file.RawSources.Put("<html><p>first</p></html>"u8, "text/html; charset=utf-8");
        var rerun = file.RawSources.Put("<html><p>first</p><p>kept</p></html>"u8, "text/html");
        var attributes = RevisionAttributes.Empty.With("capture.etag", "\"v1\"").With("mediawiki.revid", "7").WithSuppressed(SuppressedFields.Editor);
        file.Record(HistoryEvent.SourceReturned(Start - Duration.FromHours(1), 200, null, "seen before the first capture"));
        file.Append(new RevisionDraft("first\n") { At = Start, ObservedAt = Start, Attributes = attributes, RawSource = page, Source = article.Source });
        file.Record(HistoryEvent.SourceGone(Start + Duration.FromHours(1), 404, new Uri("https://example.org/"), "front page"));
        file.Record(HistoryEvent.SourceReturned(Start + Duration.FromHours(2), 200));
        file.Append(new RevisionDraft("first\nkept\n") { At = Start + Duration.FromHours(3), RawSource = rerun });
        file.Record(HistoryEvent.ExtractionRerun(Start + Duration.FromHours(3), 2, "extractor 2"));
        file.Record(HistoryEvent.MetadataChanged(Start + Duration.FromHours(4), new Article("captured", "Captured page, renamed", DateTimeZoneProviders.Tzdb["Europe/Kyiv"], "uk", null), "moved"));
        file.Append(new RevisionDraft("third\n") { At = Start + Duration.FromHours(5), RawSource = page });

        var report = HistoryExporter.Export(path, dir.File("out"));
        FolderImporter.Import(dir.File("out"), dir.File("again.jsonl"));

        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(dir.File("again.jsonl")));
        Assert.Equal(Blobs(dir, "captured.jsonl.sources"), Blobs(dir, "again.jsonl.sources"));
        Assert.Equal(2, report.Files.Count(f => f.StartsWith("raw/", StringComparison.Ordinal)));
        Assert.Contains("events.tsv", report.Files);
        Assert.Equal("<html><p>first</p></html>", File.ReadAllText(dir.File($"out/raw/{page.Sha256}.html")));

        static string[] Blobs(TempDirectory dir, string folder) =>
            [.. dir.Files().Where(f => f.StartsWith(folder + "/", StringComparison.Ordinal)).Select(f => f[(folder.Length + 1)..] + " " + Convert.ToHexString(File.ReadAllBytes(dir.File(f))))];
    }

    [Fact]
    public void A_folder_export_imported_into_the_history_it_came_from_adds_nothing()
    {
        using var dir = new TempDirectory();
        var history = MakeHistory(dir);
        HistoryExporter.Export(history, dir.File("out"));
        var before = dir.Snapshot();

        var report = FolderImporter.Import(dir.File("out"), history);

        Assert.Equal((0, 4), (report.Histories[0].Added, report.Histories[0].AlreadyPresent));
        Assert.Equal(before, dir.Snapshot());
    }

    [Fact]
    public void A_folder_export_writes_one_file_per_revision_named_by_its_time_plus_the_manifest()
    {
        using var dir = new TempDirectory();
        var history = MakeHistory(dir);

        var report = HistoryExporter.Export(history, dir.File("out"));

        Assert.Equal(
            ["2025-01-07T08-12-00Z.txt", "2025-01-07T08-12-03.5Z.txt", "2025-01-08T08-12-00Z.txt", "2025-01-09T08-12-00Z.txt", "manifest.tsv", "article.tsv"],
            report.Files);
        Assert.Equal("Ukraine launched new offensive operations.\r\nSecond line\r\n", File.ReadAllText(dir.File("out/2025-01-07T08-12-00Z.txt")));
        Assert.StartsWith("file\ttime\tobserved\teditor\tnote\ttitle\tsource\n2025-01-07T08-12-00Z.txt\t2025-01-07T08:12:00Z\t\tGeneral Staff\tfirst\\tversion\t\t\n", File.ReadAllText(dir.File("out/manifest.tsv")));
    }

    [Fact]
    public void Without_its_manifest_an_exported_folder_still_imports_by_the_times_in_the_names()
    {
        using var dir = new TempDirectory();
        var history = HistoryFile.Read(MakeHistory(dir));
        HistoryExporter.Export(dir.File("kursk.jsonl"), dir.File("out"));
        File.Delete(dir.File("out/manifest.tsv"));

        FolderImporter.Import(dir.File("out"), dir.File("again.jsonl"));

        var again = HistoryFile.Read(dir.File("again.jsonl"));
        Assert.Equal(history.Revisions.Select(r => (r.At, r.Text)), again.Revisions.Select(r => (r.At, r.Text)));
    }

    [Fact]
    public void A_mediawiki_export_is_read_back_by_the_mediawiki_import()
    {
        using var dir = new TempDirectory();
        var history = HistoryFile.Read(MakeHistory(dir));

        var report = HistoryExporter.Export(dir.File("kursk.jsonl"), dir.File("wiki"), ExportFormat.MediaWiki);
        using var stream = File.OpenRead(Path.Combine(dir.File("wiki"), report.Files[0]));
        var page = Assert.Single(MediaWikiReader.ReadPages(stream, "kursk.xml").ToList());

        Assert.Equal("General Staff statement", page.Title);
        Assert.Equal(history.Revisions.Select(r => (r.At, r.Text, r.Editor, r.Note)), page.Revisions.Select(r => (r.At!.Value, r.Text, r.Editor, r.Note)));
    }

    [Fact]
    public void Exporting_into_a_folder_that_holds_files_is_refused_and_changes_nothing()
    {
        using var dir = new TempDirectory();
        var history = MakeHistory(dir);
        dir.Write("out/keep.txt", "mine");
        var before = dir.Snapshot();

        var error = Assert.Throws<ImportException>(() => HistoryExporter.Export(history, dir.File("out")));

        Assert.Contains("is not an empty folder", error.Message);
        Assert.Equal(before, dir.Snapshot());
    }
}
