using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleRevisions.Storage;
using ArticleRevisions.Testing;

namespace ArticleRevisions.Cli.Tests.Commands;

public sealed class WatchCommandTests
{
    private const string ClearLine = "\r\u001b[K";

    [Fact]
    public void On_a_terminal_a_progress_line_stays_at_the_bottom_and_is_cleared_before_every_line()
    {
        using var temp = new TempDirectory();
        using var server = new LocalServer(c => LocalServer.Write(c, Page(c.Request.Url!.AbsolutePath)));
        var dir = Collection(temp, server, "/bridge", "/ferry");

        var run = CliRun.InvokeIn(new(), terminal: true, string.Empty, "watch", dir, "--once");

        Assert.Equal(0, run.ExitCode);
        var lines = Regex.Matches(run.Output, @"\[K(\d{4}-\d\d-\d\dT[^\r\n]*\n)").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(
            $"{ClearLine}checking 0/2 …{ClearLine}{lines[0]}{ClearLine}checking 1/2 …{ClearLine}{lines[1]}{ClearLine}checking 2/2 …{ClearLine}Round done: 2 checked, 2 changed, 0 gone, 0 failed, 0 new from feeds, 0 alerts; next check due 2025-03-01T12:15:00Z.\n",
            run.Output);
    }

    [Fact]
    public void Off_a_terminal_and_as_json_there_is_no_progress_line()
    {
        using var temp = new TempDirectory();
        using var server = new LocalServer(c => LocalServer.Write(c, Page(c.Request.Url!.AbsolutePath)));
        var dir = Collection(temp, server, "/bridge");

        var text = CliRun.Invoke("watch", dir, "--once");
        var json = CliRun.InvokeIn(new(), terminal: true, string.Empty, "watch", dir, "--once", "--all", "--format", "json");

        Assert.DoesNotContain("checking", text.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", json.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", json.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Watch_as_json_writes_one_artrev_watch_log_object_per_line()
    {
        using var temp = new TempDirectory();
        using var server = new LocalServer(c => LocalServer.Write(c, Page(c.Request.Url!.AbsolutePath)));
        var dir = Collection(temp, server, "/bridge", "/ferry");

        var run = CliRun.Invoke("watch", dir, "--once", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        var objects = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.All(objects, o => Assert.Equal(("artrev-watch-log", 1), (o.GetProperty("schema").GetString(), o.GetProperty("schemaVersion").GetInt32())));
        Assert.Equal(["captured", "captured", "round"], objects.Select(o => o.GetProperty("type").GetString()));
        var captured = objects[0].GetProperty("capture");
        Assert.Equal("added", captured.GetProperty("outcome").GetString());
        Assert.Equal(1, captured.GetProperty("revision").GetProperty("number").GetInt32());
        Assert.Equal("2025-03-01T12:00:00Z", captured.GetProperty("at").GetString());
        Assert.Equal(200, captured.GetProperty("httpStatus").GetInt32());
        Assert.Equal((2, 2), (objects[2].GetProperty("checked").GetInt32(), objects[2].GetProperty("changed").GetInt32()));
    }

    [Fact]
    public void Capture_as_json_is_one_artrev_capture_document()
    {
        using var temp = new TempDirectory();
        using var server = new LocalServer(c => LocalServer.Write(c, Page("/bridge")));
        var history = temp.File("bridge.jsonl");

        var first = CliRun.Invoke("capture", history, server.Url("/bridge").AbsoluteUri, "--zone", "Europe/Kyiv", "--format", "json");
        var second = CliRun.Invoke("capture", history, "--format", "json");

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        var added = JsonDocument.Parse(first.Output).RootElement;
        Assert.Equal(("artrev-capture", 1, "added"), (added.GetProperty("schema").GetString(), added.GetProperty("schemaVersion").GetInt32(), added.GetProperty("outcome").GetString()));
        Assert.Equal(HistoryFile.Read(history).Latest!.Hash, added.GetProperty("revision").GetProperty("sha256").GetString());
        Assert.Equal("2025-03-01T14:00:00+02:00", added.GetProperty("atLocal").GetString());
        Assert.True(added.GetProperty("recorded").GetBoolean());
        var unchanged = JsonDocument.Parse(second.Output).RootElement;
        Assert.Equal(JsonValueKind.Null, unchanged.GetProperty("revision").ValueKind);
        Assert.False(unchanged.GetProperty("recorded").GetBoolean());
    }

    [Fact]
    public async Task Sigterm_stops_a_running_watch_cleanly_leaving_every_history_whole_and_every_line_whole()
    {
        using var temp = new TempDirectory();
        using var server = new LocalServer(async c =>
        {
            if (c.Request.Url!.AbsolutePath != "/p1")
            {
                // Still answering when the signal comes: the stop must abandon the request, not wait for it.
                await Task.Delay(TimeSpan.FromSeconds(20));
            }

            await LocalServer.Write(c, Page(c.Request.Url.AbsolutePath));
        });
        var dir = Collection(temp, server, "/p1", "/p2", "/p3");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "artrev.dll"), "watch", dir })
        {
            start.ArgumentList.Add(argument);
        }

        using var watch = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stderr = watch.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var first = await watch.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken);
        Assert.Contains("p1: revision 1 added", first, StringComparison.Ordinal);
        await Task.Delay(300, TestContext.Current.CancellationToken);
        using (var kill = Process.Start("kill", ["-TERM", watch.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var rest = await watch.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(30));
        await watch.WaitForExitAsync(limit.Token);

        Assert.Equal(0, watch.ExitCode);
        Assert.Equal(string.Empty, await stderr);
        // The round that was cut short still says what it did, then the stop; each a whole line.
        Assert.Matches(@"^(Round done: 1 checked, 1 changed, 0 gone, 0 failed, [^\n]*\n)?Stopped; every history is whole, and unchecked sources stay due\.\n$", rest);
        Assert.Single(HistoryFile.Read(Path.Combine(dir, "p1.jsonl")).Revisions);
        foreach (var history in Directory.GetFiles(dir, "*.jsonl"))
        {
            Assert.True(HistoryFile.Read(history).Verify().IsValid, history);
        }

        Assert.DoesNotContain(Directory.GetFiles(dir, "*", SearchOption.AllDirectories), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    private static string Collection(TempDirectory temp, LocalServer server, params string[] paths)
    {
        var dir = temp.File("desk");
        foreach (var path in paths)
        {
            Assert.Equal(0, CliRun.Invoke("watch", "add", dir, server.Url(path).AbsoluteUri, "--id", path.Trim('/')).ExitCode);
        }

        return dir;
    }

    private static string Page(string path) =>
        $"<html><head><title>Story {path}</title></head><body><nav>Home News</nav><article><h1>Story {path}</h1><p>Kestlebury City Council has approved a £4.2 million package of emergency repairs to the Harbour Bridge after engineers found corrosion in two of its steel support cables.</p><p>The council’s cabinet voted unanimously on Tuesday evening to fund the work from its capital reserves ({path}).</p></article></body></html>";
}
