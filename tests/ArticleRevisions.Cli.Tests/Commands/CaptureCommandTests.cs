using ArticleRevisions.Storage;
using ArticleRevisions.Testing;

namespace ArticleRevisions.Cli.Tests.Commands;

public sealed class CaptureCommandTests
{
    private const string Story = "<html><head><title>Bridge repairs approved</title></head><body><nav>Home News</nav><article><h1>Bridge repairs approved</h1><p>Kestlebury City Council has approved a £4.2 million package of emergency repairs to the Harbour Bridge after engineers found corrosion in two of its steel support cables.</p><p>The council’s cabinet voted unanimously on Tuesday evening to fund the work from its capital reserves.</p></article></body></html>";

    [Fact]
    public void Capture_creates_the_history_when_given_a_url_and_says_what_it_recorded()
    {
        using var temp = new TempDirectory();
        using var server = new LocalServer(c => LocalServer.Write(c, Story));
        var history = temp.File("bridge.jsonl");

        var run = CliRun.Invoke("capture", history, server.Url("/news/bridge").AbsoluteUri);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("bridge: revision 1 added at 2025-03-01 12:00:00 +00:00, first version", run.Output, StringComparison.Ordinal);
        Assert.Contains("Harbour Bridge", HistoryFile.Read(history).Latest!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_gone_is_an_event_and_a_failure_is_exit_2_with_one_line()
    {
        using var temp = new TempDirectory();
        using var server = new LocalServer(c => { LocalServer.Status(c, 404); return Task.CompletedTask; });

        var run = CliRun.Invoke("capture", temp.File("gone.jsonl"), server.Url("/gone").AbsoluteUri);
        var broken = CliRun.Invoke("capture", temp.File("x.jsonl"), server.Url("/x").AbsoluteUri, "--declaration", "no-such-declaration");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("gone: HTTP 404", run.Output, StringComparison.Ordinal);
        Assert.Equal(2, broken.ExitCode);
        Assert.Single(broken.ErrorLines);
        Assert.Contains("no such declaration", broken.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_capture_that_fails_leaves_no_history_behind_and_says_why_on_standard_error()
    {
        using var temp = new TempDirectory();
        using var server = new LocalServer(c => { LocalServer.Status(c, 500); return Task.CompletedTask; });
        var history = temp.File("x.jsonl");

        var run = CliRun.Invoke("capture", history, server.Url("/x").AbsoluteUri);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Output);
        Assert.Single(run.ErrorLines);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Reextract_of_a_history_that_does_not_exist_creates_nothing()
    {
        using var temp = new TempDirectory();
        var history = temp.File("x.jsonl");

        var run = CliRun.Invoke("capture", history, "http://127.0.0.1:9/x", "--reextract");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"artrev: {history}: no such file.", Assert.Single(run.ErrorLines));
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Watch_add_list_once_and_remove_manage_a_collection()
    {
        using var temp = new TempDirectory();
        using var server = new LocalServer(c => LocalServer.Write(c, Story));
        var dir = temp.File("desk");

        var add = CliRun.Invoke("watch", "add", dir, server.Url("/news/bridge").AbsoluteUri, "--interval", "30m");
        var once = CliRun.Invoke("watch", dir, "--once");
        var list = CliRun.Invoke("watch", "list", dir);
        var remove = CliRun.Invoke("watch", "remove", dir, "bridge");
        var empty = CliRun.Invoke("watch", "list", dir);

        Assert.Equal("Added page 'bridge' (" + server.Url("/news/bridge") + "), every 30m.\n", add.Output.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Equal(0, once.ExitCode);
        Assert.Contains("bridge: revision 1 added", once.Output, StringComparison.Ordinal);
        Assert.Contains("Round done: 1 checked, 1 changed, 0 gone, 0 failed", once.Output, StringComparison.Ordinal);
        Assert.Matches(@"bridge\s+page\s+30m\s+1\s+checked 2025-03-01T12:00:00Z", list.Output);
        Assert.Equal(0, remove.ExitCode);
        Assert.DoesNotContain("bridge", empty.Output.Split('\n').Skip(1).FirstOrDefault() ?? string.Empty, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir, "bridge.jsonl")));
    }

    [Fact]
    public void Watch_of_a_folder_without_a_watch_list_is_one_line_of_trouble()
    {
        using var temp = new TempDirectory();

        var run = CliRun.Invoke("watch", temp.Path, "--once");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("no watch list here", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_wayback_reads_a_local_archive()
    {
        using var temp = new TempDirectory();
        var page = "https://gazette.example/news/bridge";
        using var archive = new LocalServer(c => c.Request.Url!.AbsolutePath.StartsWith("/cdx/", StringComparison.Ordinal)
            ? LocalServer.Write(c, $"[[\"timestamp\",\"original\",\"digest\"],[\"20250211210000\",\"{page}\",\"A\"]]", "application/json")
            : LocalServer.Write(c, Story));
        var history = temp.File("bridge.jsonl");

        var run = CliRun.Invoke("import", "wayback", page, history, "--archive", archive.Url("/").AbsoluteUri, "--rate-limit", "6000");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2025-02-11T21:00:00Z  revision 1 added", run.Output, StringComparison.Ordinal);
        Assert.Contains("Imported 1 revision from 1 new capture", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(404, "")]
    [InlineData(200, "[[\"timestamp\",\"original\",\"digest\"]]")]
    public void Import_wayback_that_records_nothing_leaves_no_history_behind(int status, string index)
    {
        using var temp = new TempDirectory();
        using var archive = new LocalServer(c =>
        {
            if (status != 200)
            {
                LocalServer.Status(c, status);
                return Task.CompletedTask;
            }

            return LocalServer.Write(c, index, "application/json");
        });

        var run = CliRun.Invoke("import", "wayback", "https://gazette.example/news/bridge", temp.File("wb.jsonl"), "--archive", archive.Url("/").AbsoluteUri, "--rate-limit", "6000");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Import_wayback_whose_only_capture_fails_leaves_no_history_behind()
    {
        using var temp = new TempDirectory();
        var page = "https://gazette.example/news/bridge";
        using var archive = new LocalServer(c =>
        {
            if (c.Request.Url!.AbsolutePath.StartsWith("/cdx/", StringComparison.Ordinal))
            {
                return LocalServer.Write(c, $"[[\"timestamp\",\"original\",\"digest\"],[\"20250211210000\",\"{page}\",\"A\"]]", "application/json");
            }

            LocalServer.Status(c, 503);
            return Task.CompletedTask;
        });
        var history = temp.File("bridge.jsonl");

        var run = CliRun.Invoke("import", "wayback", page, history, "--archive", archive.Url("/").AbsoluteUri, "--rate-limit", "6000");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not imported: HTTP 503", run.Output, StringComparison.Ordinal);
        Assert.Contains($"so {history} was not created", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
    }
}
