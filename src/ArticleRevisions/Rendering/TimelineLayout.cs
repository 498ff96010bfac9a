using ArticleRevisions.Model;
using ArticleRevisions.Reports;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>The table of a <see cref="TimelineChart"/>, shared by its text, Markdown and HTML renderers.</summary>
internal static class TimelineLayout
{
    public const int BarColumn = 2;

    /// <summary>The mark an event leaves on the timeline's scale.</summary>
    public const char EventMarker = '◆';

    /// <summary>One row per revision: number, time, bar (padded to the chart's width), how long it was current, verdict.</summary>
    public static ReportTable Table(TimelineChart chart, DateTimeZone zone)
    {
        var rows = new List<string[]>();
        foreach (var (bar, recorded) in EventText.Interleave(chart.Bars, b => (b.Entry.Revision.At, b.Entry.Revision.Number), chart.Events))
        {
            if (recorded is { Event: var e })
            {
                var at = Marker(chart, recorded);
                rows.Add(["-", TimeFormat.InZone(e.At, zone), (new string(' ', at) + EventMarker).PadRight(chart.Width + 1), string.Empty, EventText.Describe(e)]);
                continue;
            }

            // Interleave hands out exactly one of the two.
            var (revision, timing, classification) = (bar!.Entry.Revision, bar.Entry.Timing, bar.Entry.Classification);
            var drawn = new string(' ', bar.Offset) + new string(ReportText.Fill(classification.Verdict), bar.Length);
            rows.Add(
            [
                $"#{revision.Number}",
                TimeFormat.InZone(revision.At, zone),
                drawn.PadRight(chart.Width + 1),
                timing.CurrentFor is { } current ? DurationText.Format(current) : "current",
                ReportText.Verdict(classification.Verdict) + (classification.IsStealthEdit ? " !stealth" : string.Empty),
            ]);
        }

        return new ReportTable(null, ["#", zone.Id, "when current", "current for", "verdict"], rows, new HashSet<int>(), BarColumn);
    }

    /// <summary>Where an event's marker goes: within the bar of the revision it followed, in proportion to when it came.</summary>
    private static int Marker(TimelineChart chart, RecordedEvent recorded)
    {
        if (recorded.AfterRevision == 0 || recorded.AfterRevision > chart.Bars.Length)
        {
            return 0;
        }

        var bar = chart.Bars[recorded.AfterRevision - 1];
        var since = (recorded.Event.At - bar.Entry.Revision.At).TotalSeconds;
        var fraction = bar.Entry.Timing.CurrentFor is { } current && current.TotalSeconds > 0 ? Math.Clamp(since / current.TotalSeconds, 0, 1) : 0;
        return Math.Min(bar.Offset + (int)(fraction * bar.Length), Math.Min(bar.Offset + bar.Length - 1, chart.Width));
    }
}
