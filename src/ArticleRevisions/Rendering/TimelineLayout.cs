using ArticleRevisions.Reports;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>The table of a <see cref="TimelineChart"/>, shared by its text, Markdown and HTML renderers.</summary>
internal static class TimelineLayout
{
    public const int BarColumn = 2;

    /// <summary>One row per revision: number, time, bar (padded to the chart's width), how long it was current, verdict.</summary>
    public static ReportTable Table(TimelineChart chart, DateTimeZone zone)
    {
        var rows = chart.Bars.Select(bar =>
        {
            var (revision, timing, classification) = (bar.Entry.Revision, bar.Entry.Timing, bar.Entry.Classification);
            var drawn = new string(' ', bar.Offset) + new string(ReportText.Fill(classification.Verdict), bar.Length);
            return new[]
            {
                $"#{revision.Number}",
                TimeFormat.InZone(revision.At, zone),
                drawn.PadRight(chart.Width + 1),
                timing.CurrentFor is { } current ? DurationText.Format(current) : "current",
                ReportText.Verdict(classification.Verdict) + (classification.IsStealthEdit ? " !stealth" : string.Empty),
            };
        }).ToArray();
        return new ReportTable(null, ["#", zone.Id, "when current", "current for", "verdict"], rows, new HashSet<int>(), BarColumn);
    }
}
