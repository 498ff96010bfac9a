using ArticleRevisions.Text;
using ArticleRevisions.Capture.Watching;
using ArticleRevisions.Timeline;
using NodaTime;

namespace ArticleRevisions.Cli;

/// <summary>
/// Shows a watch: one line per event; on a terminal also a progress line kept at the bottom and rewritten in place.
/// Every write is a whole line (the watcher reports one event at a time), so a stop never leaves a torn line.
/// </summary>
internal sealed class WatchConsole(TextWriter output, bool terminal) : IWatchReport
{
    private const string ClearLine = "\r\u001b[K";
    private int due;
    private int done;
    private bool progressShown;

    public void RoundStarted(Instant at, int dueCount)
    {
        due = dueCount;
        done = 0;
        ShowProgress();
    }

    public void Happened(WatchEvent watchEvent)
    {
        if (watchEvent.Kind is WatchEventKind.Captured or WatchEventKind.FeedUnchanged or WatchEventKind.FeedFailed)
        {
            done++;
        }

        HideProgress();
        output.WriteLine($"{TimeFormat.Utc(watchEvent.At)}  {watchEvent.SourceId}: {Output.TerminalText.Safe(watchEvent.Message)}");
        ShowProgress();
    }

    public void RoundFinished(WatchRound round)
    {
        HideProgress();
        var next = round.NextDue is { } at ? $"; next check due {TimeFormat.Utc(at)}" : string.Empty;
        output.WriteLine($"Round done: {round.Checked} checked, {round.Changed} changed, {round.Gone} gone, {round.Failed} failed, {round.NewArticles} new from feeds, {round.Alerts} alerts{next}.");
        output.Flush();
    }

    public void Stop(bool interrupted)
    {
        HideProgress();
        if (interrupted)
        {
            output.WriteLine("Stopped; every history is whole, and unchecked sources stay due.");
        }

        output.Flush();
    }

    private void ShowProgress()
    {
        if (terminal && due > 0)
        {
            output.Write($"{ClearLine}checking {done}/{due} …");
            output.Flush();
            progressShown = true;
        }
    }

    private void HideProgress()
    {
        if (progressShown)
        {
            output.Write(ClearLine);
            progressShown = false;
        }
    }
}
