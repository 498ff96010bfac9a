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

        var error = Assert.Throws<ImportException>(() => HistoryExporter.Export(history, dir.File("out")));

        Assert.Contains("is not an empty folder", error.Message);
        Assert.Equal(["kursk.jsonl", "out/keep.txt"], dir.Files());
    }
}
