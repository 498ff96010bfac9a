using System.Diagnostics;

namespace ArticleRevisions.Storage;

/// <summary>
/// The lock writers of one history take, as an exclusive lock on the file <c>HISTORY.lock</c> beside it (flock on
/// Unix, a share lock on Windows). Readers never take it for longer than a probe, so a writer never makes a reader
/// fail; the lock file stays in place, since deleting it would let two writers lock two different files.
/// </summary>
internal sealed class WriterLock : IDisposable
{
    // What .NET reports when another handle holds the lock: ERROR_SHARING_VIOLATION or ERROR_LOCK_VIOLATION on
    // Windows, the raw errno EWOULDBLOCK (EAGAIN, 11 on Linux, 35 on macOS) from flock on Unix.
    private const int SharingViolation = unchecked((int)0x80070020);
    private const int ErrorLockViolation = unchecked((int)0x80070021);
    private const int WouldBlockLinux = 11;
    private const int WouldBlockMac = 35;

    private readonly FileStream stream;

    private WriterLock(FileStream stream) => this.stream = stream;

    public static string PathFor(string historyPath) => historyPath + ".lock";

    /// <summary>Waits for the lock up to <paramref name="timeout"/>.</summary>
    /// <exception cref="HistoryLockedException">Another writer held it the whole time.</exception>
    public static WriterLock Acquire(string historyPath, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        var pause = 1;
        while (true)
        {
            if (TryAcquire(historyPath) is { } acquired)
            {
                return acquired;
            }

            if (clock.Elapsed >= timeout)
            {
                throw new HistoryLockedException(historyPath, timeout);
            }

            // Elapsed time is measured for the timeout, never used as a date: no clock is read here.
            Thread.Sleep(Math.Min(pause, Math.Max(1, (int)(timeout - clock.Elapsed).TotalMilliseconds)));
            pause = Math.Min(pause * 2, 20);
        }
    }

    /// <summary>Takes the lock if no one holds it; null when someone does.</summary>
    public static WriterLock? TryAcquire(string historyPath)
    {
        try
        {
            return new WriterLock(new FileStream(PathFor(historyPath), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (e.HResult is SharingViolation or ErrorLockViolation or WouldBlockLinux or WouldBlockMac)
        {
            return null;
        }
    }

    public void Dispose() => stream.Dispose();
}
