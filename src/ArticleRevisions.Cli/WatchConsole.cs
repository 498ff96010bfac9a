using ArticleRevisions.Capture.Rendering;
using ArticleRevisions.Capture.Watching;
using ArticleRevisions.Rendering;
using NodaTime;

namespace ArticleRevisions.Cli;

/// <summary>
/// Shows a watch through the library's renderers (text, or JSON Lines): one write per event and per round, each a
/// whole line; as text on a terminal also a progress line kept at the bottom and rewritten in place, cleared before
/// every line and when the watch stops. The watcher reports one event at a time, so a stop never leaves a torn line.
/// </summary>
internal sealed class WatchConsole(TextWriter output, bool json, bool terminal) : IWatchReport
{
    private const string ClearLine = "\r\u001b[K";
    private readonly IRenderer<WatchEvent> events = json ? new WatchJsonRenderer() : new WatchTextRenderer();
    private readonly IRenderer<WatchRound> rounds = json ? new WatchJsonRenderer() : new WatchTextRenderer();
    private readonly bool progress = terminal && !json;
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
        events.Render(watchEvent, output);
        output.Flush();
        ShowProgress();
    }

    public void RoundFinished(WatchRound round)
    {
        HideProgress();
        rounds.Render(round, output);
        output.Flush();
    }

    public void Stop(bool interrupted)
    {
        HideProgress();
        if (interrupted && !json)
        {
            output.WriteLine("Stopped; every history is whole, and unchecked sources stay due.");
        }

        output.Flush();
    }

    private void ShowProgress()
    {
        if (progress && due > 0)
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
