using System.Globalization;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Fuzzing;

/// <summary>
/// Child processes for the store's many-process tests: writers that append and say so, and a reader that reads
/// in a loop. Each line it prints is flushed at once, so a parent reading it knows exactly what was acknowledged.
/// </summary>
public static class StoreDriver
{
    /// <summary>
    /// Appends <paramref name="count"/> revisions, each <paramref name="size"/> characters, printing <c>writing N</c>
    /// before and <c>ack N SHA256</c> after each append returns.
    /// </summary>
    /// <param name="path">The history file.</param>
    /// <param name="writer">The writer's name, written into each text.</param>
    /// <param name="count">How many revisions.</param>
    /// <param name="size">How many characters each text has.</param>
    /// <returns>The exit code.</returns>
    public static int Append(string path, string writer, int count, int size)
    {
        var file = HistoryFile.Open(path, new HistoryFileOptions { LockTimeout = TimeSpan.FromSeconds(60) });
        // Each text differs whole from the one before, so each is written in full: large writes to aim kills at.
        string Filler(int i) => new((char)('a' + (i % 26)), Math.Max(0, size - 64));
        var clock = new SystemClockAfter(file.Latest?.At);
        for (var i = 1; i <= count; i++)
        {
            Console.Out.WriteLine($"writing {i}");
            Console.Out.Flush();
            var revision = file.Append(new RevisionDraft($"{writer} {i}\n{Filler(i)}\n"), clock).Revision;
            Console.Out.WriteLine($"ack {i} {revision.Hash}");
            Console.Out.Flush();
        }

        return 0;
    }

    /// <summary>Reads and checks the whole file, and its latest revision, in a loop until <paramref name="stopFile"/> exists; prints the reads and failures.</summary>
    /// <param name="path">The history file.</param>
    /// <param name="stopFile">Stops when this file exists.</param>
    /// <returns>0 when no read failed.</returns>
    public static int ReadLoop(string path, string stopFile)
    {
        var reads = 0;
        var failures = 0;
        while (!File.Exists(stopFile))
        {
            try
            {
                var history = HistoryFile.Read(path);
                var timings = ArticleRevisions.Timeline.HistoryQueries.GetTimings(history);
                var file = HistoryFile.Open(path);
                if (!history.Verify().IsValid || timings.Count != history.Count || (file.Count > 0 && file.Latest is null))
                {
                    failures++;
                }
            }
            catch (Exception e) when (e is HistoryFormatException or IOException)
            {
                failures++;
                Console.Out.WriteLine($"failure: {e.Message}");
            }

            reads++;
        }

        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reads {reads} failures {failures}"));
        return failures == 0 ? 0 : 1;
    }

    /// <summary>"Now" from the system clock, nudged past the history's latest time so two fast writers never tie.</summary>
    private sealed class SystemClockAfter(Instant? after) : IClock
    {
        private Instant last = after ?? Instant.MinValue;

        public Instant GetCurrentInstant()
        {
            var now = SystemClock.Instance.GetCurrentInstant();
            last = now > last ? now : last + Duration.FromTicks(1);
            return last;
        }
    }
}
