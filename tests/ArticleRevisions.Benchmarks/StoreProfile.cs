using System.Diagnostics;
using System.Globalization;
using ArticleRevisions.Classification;
using ArticleRevisions.Diffing;
using ArticleRevisions.Model;
using ArticleRevisions.Reports;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Benchmarks;

/// <summary>
/// Where the time of one command goes, phase by phase, in one process: the CPU time (user + system, which a busy
/// machine does not inflate the way it does wall time) and the wall time of each step an <c>add</c>, a
/// <c>show --at</c> and a <c>log</c> take on a copy of a history, and the bytes each allocates (what a process's peak
/// memory and its page faults follow).
/// </summary>
internal static class StoreProfile
{
    public static int Run(string historyPath, TextWriter output)
    {
        // The first pass pays for compiling each method just in time; the second shows what a Native AOT process,
        // which compiles nothing, spends.
        output.WriteLine("first pass (just-in-time compilation included)");
        Pass(historyPath, output);
        output.WriteLine("second pass");
        return Pass(historyPath, output);
    }

    /// <summary>Opens the history and reads the revision current at a time in its middle, <paramref name="times"/> times, for a sampling profiler.</summary>
    public static int Loop(string historyPath, int times)
    {
        var length = 0;
        for (var i = 0; i < times; i++)
        {
            length += HistoryFile.Open(historyPath).AsOf(HistoryMaker.Start + (HistoryMaker.Step * 5_050))!.Text.Length;
        }

        return length > 0 ? 0 : 1;
    }

    private static int Pass(string historyPath, TextWriter output)
    {
        var folder = Directory.CreateTempSubdirectory("artrev-profile-").FullName;
        try
        {
            var path = Path.Combine(folder, "h.jsonl");
            File.Copy(historyPath, path);
            if (File.Exists(historyPath + ".idx"))
            {
                File.Copy(historyPath + ".idx", path + ".idx");
            }

            var file = Step(output, "open (header, index, tail)", () => HistoryFile.Open(path));
            var latest = Step(output, "latest revision (its full text and deltas)", () => file.Latest!);
            var text = latest.Text.Replace(" the ", " a ", StringComparison.Ordinal);
            var draft = new RevisionDraft(text) { At = latest.At + Duration.FromMinutes(1) };
            var appended = Step(output, "append (one line, flushed)", () => file.Append(draft).Revision);
            Step(output, "compare with the previous (TextDiffer)", () => TextDiffer.Compare(latest.Text, appended.Text));
            Step(output, "classify (compare + labels)", () => EditClassifier.Classify(latest, appended));
            var reopened = Step(output, "open again", () => HistoryFile.Open(path));
            Step(output, "as-of a time in the middle", () => reopened.AsOf(HistoryMaker.Start + (HistoryMaker.Step * 5_050))!);
            File.Delete(path + ".facts");
            Step(output, "log, cold (derive every fact)", () => RevisionLog.Create(HistoryFile.Open(path)).Entries.Length);
            Step(output, "log, warm (facts sidecar)", () => RevisionLog.Create(HistoryFile.Open(path)).Entries.Length);
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static T Step<T>(TextWriter output, string name, Func<T> step)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var wall = Stopwatch.StartNew();
        var result = step();
        wall.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        process.Refresh();
        var used = process.TotalProcessorTime - cpu;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-45} cpu {used.TotalMilliseconds,8:F1} ms  wall {wall.Elapsed.TotalMilliseconds,8:F1} ms  allocated {allocated / 1024.0,9:F0} KiB"));
        return result;
    }
}
