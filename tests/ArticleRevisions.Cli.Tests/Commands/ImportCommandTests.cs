using System.Diagnostics;

namespace ArticleRevisions.Cli.Tests.Commands;

public class ImportCommandTests
{
    private const string Export = """
        <mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/" xml:lang="uk">
          <page><title>Київ</title><ns>0</ns><id>1</id>
            <revision><id>2</id><timestamp>2025-01-07T09:00:00Z</timestamp><contributor><ip>192.0.2.1</ip></contributor><comment>виправлення</comment><text xml:space="preserve">Столиця України.</text></revision>
            <revision><id>1</id><timestamp>2025-01-07T08:00:00Z</timestamp><contributor><username>Olena</username></contributor><text xml:space="preserve">Столиця.</text></revision>
          </page>
        </mediawiki>
        """;

    [Fact]
    public void Import_folder_creates_a_history_and_reports_it_on_one_line()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("snaps"));
        dir.Write("snaps/2025-01-07T10-12-00+02-00.txt", "launched new offensive operations\n");
        dir.Write("snaps/2025-01-07T13-47-00+02-00.txt", "conducts combat operations\n");

        var run = CliRun.Invoke("import", "folder", dir.File("snaps"), dir.File("s.jsonl"), "--zone", "Europe/Kyiv", "--title", "Statement");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{dir.File("s.jsonl")} “Statement”: created with 2 revisions (2025-01-07 10:12:00 +02:00 to 2025-01-07 13:47:00 +02:00), 2 in all.\n", run.Output);
        Assert.Equal(0, CliRun.Invoke("verify", dir.File("s.jsonl")).ExitCode);
    }

    [Fact]
    public void Import_folder_of_a_missing_folder_is_one_line_and_exit_2()
    {
        using var dir = new TempDirectory();

        var run = CliRun.Invoke("import", "folder", dir.File("nowhere"), dir.File("s.jsonl"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"artrev: {dir.File("nowhere")}: no such folder."], run.ErrorLines);
    }

    [Fact]
    public void Import_options_are_validated_before_anything_is_read()
    {
        var run = CliRun.Invoke("import", "folder", "snaps", "s.jsonl", "--zone", "Mars/Olympus", "--id", "Not A Slug");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }

    [Fact]
    public void Import_mediawiki_reads_standard_input_and_writes_one_history_per_page()
    {
        using var dir = new TempDirectory();

        var run = CliRun.InvokeWithInput(Export, "import", "mediawiki", "-", dir.File("wiki"));

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"{Path.Combine(dir.File("wiki"), "київ.jsonl")} “Київ”: created with 2 revisions (2025-01-07 08:00:00 +00:00 to 2025-01-07 09:00:00 +00:00), 2 in all.\n", run.Output);
        var log = CliRun.Invoke("log", Path.Combine(dir.File("wiki"), "київ.jsonl"));
        Assert.Contains("Olena", log.Output);
        Assert.Contains("192.0.2.1", log.Output);
        Assert.Contains("виправлення", log.Output);
    }

    [Fact]
    public void Import_mediawiki_shows_progress_on_a_terminal_and_clears_it_before_the_report()
    {
        using var dir = new TempDirectory();
        var error = new StringWriter();
        var output = new StringWriter();
        var services = new CliServices(new NodaTime.Testing.FakeClock(CliRun.Now), () => new MemoryStream(), _ => null, false, null) { ErrorIsTerminal = true };

        var code = CliApp.Invoke(["import", "mediawiki", dir.Write("k.xml", Export), dir.File("wiki")], new System.CommandLine.InvocationConfiguration { Output = output, Error = error }, services);

        Assert.Equal(0, code);
        Assert.Matches(@"^\r\u001b\[K0\.0 MB of 0\.0 MB \(100%\), 1 pages, 2 revisions\r\u001b\[K$", error.ToString());
        Assert.Contains("created with 2 revisions", output.ToString());
    }

    [Fact]
    public void Import_mediawiki_refuses_a_dtd_with_one_line_and_writes_nothing()
    {
        using var dir = new TempDirectory();
        var xml = dir.Write("evil.xml", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.10/\">&e;</mediawiki>");

        var run = CliRun.Invoke("import", "mediawiki", xml, dir.File("wiki"));

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("declares a DTD", run.Error);
        Assert.Empty(Directory.GetFiles(dir.Path, "*.jsonl", SearchOption.AllDirectories));
    }

    [Fact]
    public void Import_git_imports_a_files_history()
    {
        using var dir = new TempDirectory();
        Git(dir.Path, "init", "-q");
        dir.Write("doc.md", "one\n");
        Git(dir.Path, "add", "doc.md");
        Git(dir.Path, "-c", "user.name=Olena", "-c", "user.email=o@example.org", "commit", "-q", "-m", "First");

        var run = CliRun.Invoke("import", "git", dir.Path, "doc.md", dir.File("doc.jsonl"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("doc.jsonl “doc.md”: created with 1 revision (", run.Output);
    }

    [Fact]
    public void Import_without_a_source_kind_is_a_parse_error()
    {
        var run = CliRun.Invoke("import");

        Assert.Equal(2, run.ExitCode);
    }

    private static void Git(string directory, params string[] arguments)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["GIT_AUTHOR_DATE"] = info.Environment["GIT_COMMITTER_DATE"] = "2025-01-07T10:00:00+04:30";
        using var process = Process.Start(info)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
