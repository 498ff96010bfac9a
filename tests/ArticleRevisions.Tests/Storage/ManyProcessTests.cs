using System.Diagnostics;
using ArticleRevisions.Fuzzing;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Tests.Storage;

/// <summary>The store with real processes: concurrent writers and a reader, and writers killed in the middle of a write.</summary>
public class ManyProcessTests
{
    [Fact]
    public void Two_processes_appending_500_revisions_each_end_with_1000_while_a_third_reads_without_one_failure()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        HistoryFile.Create(path, TestData.Article());
        var stop = dir.File("stop");

        using var reader = Start("read-loop", path, stop);
        using var first = Start("append", path, "first", "500", "2000");
        using var second = Start("append", path, "second", "500", "2000");
        var firstOutput = first.StandardOutput.ReadToEnd();
        var secondOutput = second.StandardOutput.ReadToEnd();
        first.WaitForExit();
        second.WaitForExit();
        File.WriteAllText(stop, string.Empty);
        var readerOutput = reader.StandardOutput.ReadToEnd();
        reader.WaitForExit();

        Assert.Equal((0, 0), (first.ExitCode, second.ExitCode));
        var history = HistoryFile.Read(path);
        Assert.Equal(1_000, history.Count);
        Assert.True(history.Verify().IsValid);
        foreach (var (writer, output) in new[] { ("first", firstOutput), ("second", secondOutput) })
        {
            var mine = history.Revisions.Where(r => r.Text.StartsWith(writer + " ", StringComparison.Ordinal)).Select(r => r.Text.Split('\n')[0]).ToList();
            Assert.Equal(Enumerable.Range(1, 500).Select(i => $"{writer} {i}"), mine);
            Assert.Equal(500, output.Split('\n').Count(l => l.StartsWith("ack ", StringComparison.Ordinal)));
        }

        Assert.Equal(0, reader.ExitCode);
        Assert.Matches(@"reads [1-9]\d* failures 0", readerOutput);
    }

    /// <summary>
    /// How many writers the crash test kills: 25 by default, so CI stays fast (each kill starts a process), and as
    /// many as <c>ARTREV_CRASH_KILLS</c> says for the full run the issue asks for:
    /// <c>ARTREV_CRASH_KILLS=200 dotnet test tests/ArticleRevisions.Tests -c Release --filter "FullyQualifiedName~Killing_a_writer"</c>.
    /// </summary>
    private static int Kills =>
        int.TryParse(Environment.GetEnvironmentVariable("ARTREV_CRASH_KILLS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var kills) && kills > 0 ? kills : 25;

    [Fact]
    public void Killing_a_writer_during_its_writes_loses_no_acknowledged_revision_and_every_torn_file_repairs()
    {
        using var dir = new TempDirectory();
        var random = new Random(200);
        var torn = 0;
        var kills = Kills;

        // On a loaded machine more kills land just after a write; rounds go on (up to four times as many) until a tenth
        // of the kills asked for have torn a line, so the repair path is exercised however the scheduler falls.
        var round = 0;
        for (; round < kills || (torn * 10 < kills && round < 4 * kills); round++)
        {
            var path = dir.File($"h{round}.jsonl");
            HistoryFile.Create(path, TestData.Article());
            var acknowledged = new List<string>();
            using (var writer = Start("append", path, "w", "3", "1000000"))
            {
                // Aimed at the write: once the writer says it is writing revision N, watch the file and kill the moment
                // it starts to grow, while the multi-megabyte line is still going in.
                var writes = random.Next(1, 3);
                string? line;
                while ((line = writer.StandardOutput.ReadLine()) is not null)
                {
                    if (line.StartsWith("ack ", StringComparison.Ordinal))
                    {
                        acknowledged.Add(line.Split(' ')[2]);
                    }
                    else if (line.StartsWith("writing ", StringComparison.Ordinal) && --writes == 0)
                    {
                        var before = new FileInfo(path).Length;
                        var waited = Stopwatch.StartNew();
                        while (new FileInfo(path).Length == before && !writer.HasExited && waited.Elapsed < TimeSpan.FromSeconds(10))
                        {
                            Thread.SpinWait(20);
                        }

                        writer.Kill();
                        break;
                    }
                }

                writer.WaitForExit();
                acknowledged.AddRange(writer.StandardOutput.ReadToEnd().Split('\n').Where(l => l.StartsWith("ack ", StringComparison.Ordinal)).Select(l => l.Split(' ')[2]));
            }

            if (!HistoryFile.TryRead(path, out var history, out var error))
            {
                Assert.Equal(HistoryFileFault.TornLastLine, error.Fault);
                Assert.Contains("artrev repair", error.Message, StringComparison.Ordinal);
                HistoryFile.Repair(path);
                history = HistoryFile.Read(path);
                torn++;
            }

            Assert.True(history.Verify().IsValid);
            Assert.Equal(acknowledged, history.Revisions.Take(acknowledged.Count).Select(r => r.Hash));
        }

        // Most kills land inside the write; some land just after it, before the acknowledgement, which must also be safe.
        TestContext.Current.SendDiagnosticMessage($"{round} kills, {torn} torn files repaired.");
        Assert.True(torn * 10 >= kills, $"Only {torn} of {round} kills left a torn line, so the repair path was hardly exercised.");
    }

    private static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(FuzzRunner).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }
}
