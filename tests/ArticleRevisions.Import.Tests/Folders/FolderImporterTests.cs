using ArticleRevisions.Import.Folders;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Import.Tests.Folders;

public class FolderImporterTests
{
    [Fact]
    public void Times_in_file_names_in_the_windows_form_put_snapshots_in_time_order_not_name_order()
    {
        using var dir = new TempDirectory();
        var snapshots = dir.Folder("snaps");
        dir.Write("snaps/b-2025-01-07T10-12-00+02-00.txt", "middle\n");
        dir.Write("snaps/a-2025-01-07T09-30-00Z.txt", "latest\n");
        dir.Write("snaps/c-2025-01-06T23-00-00-05-00.txt", "earliest\n");
        var history = dir.File("article.jsonl");

        var report = FolderImporter.Import(snapshots, history);

        var revisions = HistoryFile.Read(history).Revisions;
        Assert.Equal(["earliest\n", "middle\n", "latest\n"], revisions.Select(r => r.Text));
        Assert.Equal(
            new[] { Instant.FromUtc(2025, 1, 7, 8, 12), Instant.FromUtc(2025, 1, 7, 9, 30), Instant.FromUtc(2025, 1, 7, 4, 0) }.Order(),
            revisions.Select(r => r.At));
        Assert.Equal(3, report.Histories[0].Added);
        Assert.True(report.Histories[0].Created);
    }

    [Theory]
    [InlineData("2025-01-07T10:12:00Z.html", "2025-01-07T10:12:00Z")]
    [InlineData("page_20250107T101200Z.txt", "2025-01-07T10:12:00Z")]
    [InlineData("2025-01-07_10-12.txt", "2025-01-07T10:12:00Z")]
    [InlineData("daily-2025-01-07.txt", "2025-01-07T00:00:00Z")]
    [InlineData("2025-01-07T12-12-00.5+02.txt", "2025-01-07T10:12:00.5Z")]
    [InlineData("v2-2025-01-07T05-42-00+04-30.txt", "2025-01-07T01:12:00Z")]
    public void Reads_the_common_shapes_of_a_time_in_a_file_name(string name, string expected)
    {
        var at = FileNameTime.Find(name, DateTimeZone.Utc, out var error);

        Assert.Null(error);
        Assert.Equal(NodaTime.Text.InstantPattern.ExtendedIso.Parse(expected).Value, at);
    }

    [Fact]
    public void A_manifest_gives_times_notes_and_editors_and_local_times_are_read_in_the_articles_zone()
    {
        using var dir = new TempDirectory();
        var snapshots = dir.Folder("snaps");
        dir.Write("snaps/one.txt", "one");
        dir.Write("snaps/two.txt", "two");
        dir.Write("snaps/readme.md", "not a snapshot");
        dir.Write("snaps/manifest.tsv", "file\ttime\tnote\teditor\ntwo.txt\t2025-01-07 12:00\tfixed a\\tb\\nc\tDesk\none.txt\t2025-01-07T08:00:00Z\t\t\n");
        var history = dir.File("h.jsonl");

        var report = FolderImporter.Import(snapshots, history, new NewHistoryOptions { Zone = DateTimeZoneProviders.Tzdb["Europe/Kyiv"], Title = "Statement" });

        var revisions = HistoryFile.Read(history).Revisions;
        Assert.Equal(["one", "two"], revisions.Select(r => r.Text));
        Assert.Equal(Instant.FromUtc(2025, 1, 7, 10, 0), revisions[1].At);
        Assert.Equal("fixed a\tb\nc", revisions[1].Note);
        Assert.Equal("Desk", revisions[1].Editor);
        Assert.Null(revisions[0].Note);
        Assert.Equal(["readme.md"], report.LeftOut);
    }

    [Fact]
    public void Attribute_columns_of_a_manifest_reach_the_drafts()
    {
        using var dir = new TempDirectory();
        var snapshots = dir.Folder("snaps");
        dir.Write("snaps/v1.txt", "a");
        dir.Write("snaps/manifest.tsv", "file\ttime\tattr:capture.etag\nv1.txt\t2025-01-07T08:00:00Z\t\"abc\"\n");

        var snapshot = Assert.Single(SnapshotFolder.Read(snapshots, DateTimeZone.Utc));

        Assert.Equal("\"abc\"", snapshot.Draft.Attributes["capture.etag"]);
    }

    [Fact]
    public void Attribute_columns_and_raw_sources_of_a_manifest_are_stored_in_the_history_file()
    {
        using var dir = new TempDirectory();
        var snapshots = dir.Folder("snaps");
        dir.Write("snaps/v1.txt", "a");
        dir.Write("snaps/pages/v1.html", "<p>a</p>");
        dir.Write("snaps/manifest.tsv", "file\ttime\tattr:capture.etag\traw\traw-type\nv1.txt\t2025-01-07T08:00:00Z\t\"abc\"\tpages/v1.html\ttext/html\n");
        var path = dir.File("h.jsonl");

        FolderImporter.Import(snapshots, path);

        var file = HistoryFile.Open(path);
        var revision = file.GetRevision(1);
        Assert.Equal("\"abc\"", revision.Attributes["capture.etag"]);
        Assert.Equal("text/html", revision.RawSource?.MediaType);
        Assert.Equal("<p>a</p>"u8.ToArray(), file.RawSources.Get(revision.RawSource!));
    }

    [Theory]
    [InlineData("after\ttime\ttype\n0\t2025-01-07T08:00:00Z\tvanished\n", "events.tsv:2: type 'vanished' is not metadata")]
    [InlineData("after\ttime\ttype\n5\t2025-01-07T08:00:00Z\tsource-gone\n", "events.tsv:2: the event follows snapshot 5, but the folder holds 1.")]
    [InlineData("after\ttime\ttype\tstatus\n1\t2025-01-07T08:00:00Z\tsource-gone\t999\n", "events.tsv:2: status '999' is not an HTTP status")]
    [InlineData("after\ttime\ttype\n1\t2025-01-01T00:00:00Z\tsource-gone\n", "events.tsv:2: The event at 2025-01-01T00:00:00Z is before the last line")]
    [InlineData("after\ttime\ttype\twhen\n", "events.tsv:1: column 'when' is unknown")]
    public void A_bad_event_table_is_refused_naming_its_line_and_writes_nothing(string table, string expected)
    {
        using var dir = new TempDirectory();
        var snapshots = dir.Folder("snaps");
        dir.Write("snaps/2025-01-07T08-00-00Z.txt", "a");
        dir.Write("snaps/events.tsv", table);
        var before = dir.Snapshot();

        var error = Assert.Throws<ImportException>(() => FolderImporter.Import(snapshots, dir.File("h.jsonl")));

        Assert.Contains(expected, error.Message);
        Assert.Equal(before, dir.Snapshot());
    }

    [Fact]
    public void A_manifest_column_that_is_not_an_attribute_key_is_refused()
    {
        using var dir = new TempDirectory();
        var snapshots = dir.Folder("snaps");
        dir.Write("snaps/manifest.tsv", "file\ttime\tattr:Not A Key\n");

        var error = Assert.Throws<ImportException>(() => SnapshotFolder.Read(snapshots, DateTimeZone.Utc));

        Assert.Contains("manifest.tsv:1: column 'attr:Not A Key' does not name an attribute", error.Message);
    }

    [Fact]
    public void A_csv_manifest_with_quoted_cells_and_line_breaks_is_read()
    {
        using var dir = new TempDirectory();
        var snapshots = dir.Folder("snaps");
        dir.Write("snaps/v1.txt", "a");
        dir.Write("snaps/v2.txt", "b");
        dir.Write("snaps/manifest.csv", "\uFEFFFile,Time,Note\r\nv1.txt,2025-01-07T08:00:00Z,\"Correction: \"\"x\"\", then\r\ny\"\r\nv2.txt,2025-01-08T08:00:00Z,\"\"\r\n");
        var history = dir.File("h.jsonl");

        FolderImporter.Import(snapshots, history);

        var revisions = HistoryFile.Read(history).Revisions;
        Assert.Equal("Correction: \"x\", then\r\ny", revisions[0].Note);
        Assert.Equal(string.Empty, revisions[1].Note);
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("sub/../../outside.txt")]
    public void A_manifest_entry_outside_the_folder_is_refused_with_one_line(string file)
    {
        using var dir = new TempDirectory();
        var snapshots = dir.Folder("snaps");
        dir.Write("outside.txt", "secret");
        dir.Write("snaps/manifest.tsv", $"file\ttime\n{file}\t2025-01-07T08:00:00Z\n");

        var error = Assert.Throws<ImportException>(() => FolderImporter.Import(snapshots, dir.File("h.jsonl")));

        Assert.Contains("manifest.tsv:2: file", error.Message);
        Assert.Contains("outside the folder", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.False(File.Exists(dir.File("h.jsonl")));
    }

    [Fact]
    public void A_file_without_a_time_in_its_name_is_refused_naming_it()
    {
        using var dir = new TempDirectory();
        var snapshots = dir.Folder("snaps");
        dir.Write("snaps/2025-01-07.txt", "a");
        dir.Write("snaps/notes.txt", "b");

        var error = Assert.Throws<ImportException>(() => FolderImporter.Import(snapshots, dir.File("h.jsonl")));

        Assert.Contains("notes.txt: no ISO-8601 time in its name", error.Message);
    }

    [Fact]
    public void Two_snapshots_at_the_same_time_are_refused_naming_both()
    {
        using var dir = new TempDirectory();
        var snapshots = dir.Folder("snaps");
        dir.Write("snaps/a-2025-01-07T10-00-00Z.txt", "a");
        dir.Write("snaps/b-2025-01-07T12-00-00+02-00.txt", "b");

        var error = Assert.Throws<ImportException>(() => FolderImporter.Import(snapshots, dir.File("h.jsonl")));

        Assert.Contains("a-2025-01-07T10-00-00Z.txt and b-2025-01-07T12-00-00+02-00.txt have the same time", error.Message);
    }

    [Fact]
    public void Identical_consecutive_snapshots_add_one_revision()
    {
        using var dir = new TempDirectory();
        var snapshots = dir.Folder("snaps");
        dir.Write("snaps/2025-01-01.txt", "same");
        dir.Write("snaps/2025-01-02.txt", "same");
        dir.Write("snaps/2025-01-03.txt", "changed");

        var report = FolderImporter.Import(snapshots, dir.File("h.jsonl"));

        Assert.Equal(2, report.Histories[0].Added);
        Assert.Equal(1, report.Histories[0].Unchanged);
    }

    [Fact]
    public void Importing_into_an_existing_history_appends_only_newer_snapshots()
    {
        using var dir = new TempDirectory();
        var snapshots = dir.Folder("snaps");
        dir.Write("snaps/2025-01-01.txt", "one");
        dir.Write("snaps/2025-01-02.txt", "two");
        var history = dir.File("h.jsonl");
        FolderImporter.Import(snapshots, history);
        dir.Write("snaps/2025-01-03.txt", "three");

        var report = FolderImporter.Import(snapshots, history);

        Assert.False(report.Histories[0].Created);
        Assert.Equal(1, report.Histories[0].Added);
        Assert.Equal(2, report.Histories[0].AlreadyPresent);
        Assert.Equal(["one", "two", "three"], HistoryFile.Read(history).Revisions.Select(r => r.Text));
    }

    [Fact]
    public void A_history_kept_inside_its_snapshot_folder_and_its_sidecars_are_not_taken_for_snapshots()
    {
        using var dir = new TempDirectory();
        var snapshots = dir.Folder("snaps");
        dir.Write("snaps/2025-01-01.txt", "one");
        var history = dir.File("snaps/h.jsonl");
        FolderImporter.Import(snapshots, history);
        HistoryFile.Open(history).Append(new RevisionDraft("two") { At = Instant.FromUtc(2025, 1, 2, 0, 0) });
        File.Copy(history, dir.File("snaps/h.jsonl.torn-backup"));
        dir.Write("snaps/2025-01-03.txt", "three");

        var report = FolderImporter.Import(snapshots, history);

        Assert.Equal(["snaps/2025-01-01.txt", "snaps/2025-01-03.txt", .. TempDirectory.History("snaps/h.jsonl"), "snaps/h.jsonl.lock", "snaps/h.jsonl.torn-backup"], dir.Files());
        Assert.Equal((2, 1, 1), (report.Histories[0].Read, report.Histories[0].Added, report.Histories[0].AlreadyPresent));
        Assert.Empty(report.LeftOut);
        Assert.Equal(["one", "two", "three"], HistoryFile.Read(history).Revisions.Select(r => r.Text));
    }

    [Fact]
    public void Options_for_a_new_history_are_refused_for_an_existing_one()
    {
        using var dir = new TempDirectory();
        var snapshots = dir.Folder("snaps");
        dir.Write("snaps/2025-01-01.txt", "one");
        var history = dir.File("h.jsonl");
        FolderImporter.Import(snapshots, history);

        var error = Assert.Throws<ImportException>(() => FolderImporter.Import(snapshots, history, new NewHistoryOptions { Title = "Other" }));

        Assert.Contains("exists already", error.Message);
    }

    [Fact]
    public void An_import_that_fails_half_way_leaves_no_history_and_no_temporary_file()
    {
        using var dir = new TempDirectory();
        var snapshots = dir.Folder("snaps");
        dir.Write("snaps/2025-01-01.txt", "one");
        dir.WriteBytes("snaps/2025-01-02.txt", [0x66, 0xFF, 0x66]);
        var before = dir.Snapshot();

        Assert.Throws<TextDecodingException>(() => FolderImporter.Import(snapshots, dir.File("h.jsonl")));

        Assert.Equal(before, dir.Snapshot());
    }

    [Fact]
    public void An_import_that_fails_half_way_leaves_an_existing_history_byte_for_byte()
    {
        using var dir = new TempDirectory();
        var snapshots = dir.Folder("snaps");
        dir.Write("snaps/2025-01-01.txt", "one");
        var history = dir.File("h.jsonl");
        FolderImporter.Import(snapshots, history);
        dir.Write("snaps/2025-01-02.txt", "two");
        dir.WriteBytes("snaps/2025-01-03.txt", [0]);
        var before = dir.Snapshot();

        Assert.Throws<TextDecodingException>(() => FolderImporter.Import(snapshots, history));

        Assert.Equal(before, dir.Snapshot());
    }
}
