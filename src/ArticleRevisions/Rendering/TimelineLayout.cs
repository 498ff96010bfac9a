using ArticleRevisions.Classification;
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

    private static readonly string Substantive = ReportText.Verdict(EditVerdict.Substantive);

    private static readonly string SubstantiveStealth = Substantive + " !stealth";

    /// <summary>One row per revision: number, time, bar (padded to the chart's width), how long it was current, verdict.</summary>
    /// <remarks>Its rows are made as they are enumerated, from the chart's bars read afresh each time.</remarks>
    public static ReportTable Table(TimelineChart chart, DateTimeZone zone) =>
        new(null, ["#", zone.Id, "when current", "current for", "verdict"], Rows(chart, zone), new HashSet<int>(), BarColumn);

    private static IEnumerable<string[]> Rows(TimelineChart chart, DateTimeZone zone)
    {
        // An event's marker lies within the bar of the revision it followed, which comes before it in time order.
        var followed = chart.Events.Select(e => e.AfterRevision).ToHashSet();
        var bars = new Dictionary<int, TimelineBar>();
        var durations = new Dictionary<Duration, string>();
        foreach (var (bar, recorded) in EventText.Interleave(chart.EnumerateBars(), b => (b.Entry.Revision.At, b.Entry.Revision.Number), chart.Events))
        {
            if (recorded is { Event: var e })
            {
                var at = Marker(chart, recorded, bars.GetValueOrDefault(recorded.AfterRevision));
                yield return ["-", TimeFormat.InZone(e.At, zone), (new string(' ', at) + EventMarker).PadRight(chart.Width + 1), string.Empty, EventText.Describe(e)];
                continue;
            }

            // Interleave hands out exactly one of the two.
            var (revision, timing, classification) = (bar!.Entry.Revision, bar.Entry.Timing, bar.Entry.Classification);
            if (followed.Contains(revision.Number))
            {
                bars[revision.Number] = bar;
            }

            yield return
            [
                $"#{revision.Number}",
                TimeFormat.InZone(revision.At, zone),
                Drawn(bar, ReportText.Fill(classification.Verdict), chart.Width + 1),
                timing.CurrentFor is { } current ? LogLayout.Shared(durations, current, DurationText.Format) : "current",
                VerdictText(classification),
            ];
        }
    }

    /// <summary>Where an event's marker goes: within the bar of the revision it followed, in proportion to when it came.</summary>
    /// <summary>The bar: spaces up to its offset, then its cells, padded with spaces to <paramref name="width"/>; one string made.</summary>
    private static string Drawn(TimelineBar bar, char fill, int width) =>
        string.Create(Math.Max(width, bar.Offset + bar.Length), (bar.Offset, bar.Length, fill), static (text, b) =>
        {
            text.Fill(' ');
            text.Slice(b.Offset, b.Length).Fill(b.fill);
        });

    /// <summary>The verdict's word, and " !stealth" after a stealth edit's; the same string for every revision with the same two.</summary>
    private static string VerdictText(RevisionFacts facts) => (facts.Verdict, facts.IsStealthEdit) switch
    {
        (EditVerdict.Substantive, true) => SubstantiveStealth,
        (EditVerdict.Substantive, false) => Substantive,
        _ => ReportText.Verdict(facts.Verdict) + (facts.IsStealthEdit ? " !stealth" : string.Empty),
    };

    private static int Marker(TimelineChart chart, RecordedEvent recorded, TimelineBar? bar)
    {
        if (recorded.AfterRevision == 0 || recorded.AfterRevision > chart.Count || bar is null)
        {
            return 0;
        }

        var since = (recorded.Event.At - bar.Entry.Revision.At).TotalSeconds;
        var fraction = bar.Entry.Timing.CurrentFor is { } current && current.TotalSeconds > 0 ? Math.Clamp(since / current.TotalSeconds, 0, 1) : 0;
        return Math.Min(bar.Offset + (int)(fraction * bar.Length), Math.Min(bar.Offset + bar.Length - 1, chart.Width));
    }
}
