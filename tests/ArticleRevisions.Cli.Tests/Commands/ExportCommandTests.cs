namespace ArticleRevisions.Cli.Tests.Commands;

public class ExportCommandTests
{
    [Fact]
    public void Export_then_import_folder_of_a_version_2_history_gives_back_the_same_file_byte_for_byte()
    {
        using var dir = new TempDirectory();
        var history = dir.File("bridge.jsonl");
        File.Copy(Paths.Fixture("harbour-bridge", "history.jsonl"), history);
        CliRun.Invoke("upgrade", history);

        var export = CliRun.Invoke("export", history, "--to", dir.File("out"));
        var import = CliRun.Invoke("import", "folder", dir.File("out"), dir.File("again.jsonl"));

        Assert.Equal(0, export.ExitCode);
        Assert.Equal($"Exported 8 revisions of {history} to {dir.File("out")}: 8 text files, manifest.tsv and article.tsv.\n", export.Output);
        Assert.Equal(0, import.ExitCode);
        Assert.Equal(File.ReadAllBytes(history), File.ReadAllBytes(dir.File("again.jsonl")));
    }

    [Fact]
    public void Export_then_import_folder_of_a_version_1_history_gives_its_upgrade_to_version_2_byte_for_byte()
    {
        using var dir = new TempDirectory();
        var history = dir.File("bridge.jsonl");
        File.Copy(Paths.Fixture("harbour-bridge", "history.jsonl"), history);

        var export = CliRun.Invoke("export", history, "--to", dir.File("out"));
        var import = CliRun.Invoke("import", "folder", dir.File("out"), dir.File("again.jsonl"));
        var upgrade = CliRun.Invoke("upgrade", history);

        Assert.Equal((0, 0, 0), (export.ExitCode, import.ExitCode, upgrade.ExitCode));
        Assert.Equal(File.ReadAllBytes(history), File.ReadAllBytes(dir.File("again.jsonl")));
        Assert.StartsWith("{\"format\":\"artrev-history\",\"version\":2,", File.ReadAllText(dir.File("again.jsonl")));
    }

    [Fact]
    public void Export_to_mediawiki_writes_one_xml_file_that_import_mediawiki_reads()
    {
        using var dir = new TempDirectory();
        var history = Paths.Fixture("general-staff-kursk", "history.jsonl");

        var export = CliRun.Invoke("export", history, "--to", dir.File("wiki"), "--format", "mediawiki");
        var import = CliRun.Invoke("import", "mediawiki", Path.Combine(dir.File("wiki"), "general-staff-kursk.xml"), dir.File("back"));

        Assert.Equal(0, export.ExitCode);
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("created with 2 revisions", import.Output);
    }

    [Fact]
    public void Export_into_a_folder_with_files_is_refused()
    {
        using var dir = new TempDirectory();
        dir.Write("keep.txt", "mine");

        var run = CliRun.Invoke("export", Paths.Fixture("general-staff-kursk", "history.jsonl"), "--to", dir.Path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"artrev: {dir.Path}: exists and is not an empty folder; export into a new folder so nothing is overwritten."], run.ErrorLines);
    }
}
