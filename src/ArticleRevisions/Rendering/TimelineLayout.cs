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

    /// <summary>
    /// Writes the chart's rows as a text table (what <c>ColumnLayout.Write</c> makes of <see cref="Table"/>'s rows:
    /// columns left-aligned, two spaces apart, control characters shown as symbols, trailing space trimmed).
    /// </summary>
    /// <remarks>
    /// The chart is walked twice, one reused row at a time (<see cref="TimelineChart.Walk"/>): measured, then written.
    /// Numbers, times and bars are written into buffers kept for the whole table and durations and verdicts made once
    /// for each value, so a revision costs no allocation (issue 11's memory bound).
    /// </remarks>
    public static void WriteText(TextWriter writer, TimelineChart chart, DateTimeZone zone)
    {
        const int columns = 5;
        var events = chart.Events.OrderBy(e => (e.Event.At, e.AfterRevision)).ToList();
        var followed = chart.Events.Select(e => e.AfterRevision).ToHashSet();
        var bars = new Dictionary<int, (Instant At, Duration? CurrentFor, int Offset, int Length)>();
        var widths = new int[columns];
        var cells = new ReadOnlyMemory<char>[columns];
        var (number, time) = (new char[16], new char[TimeFormat.MaxLength]);
        var bar = new char[chart.Width + 1];
        var durations = new Dictionary<Duration, string>();
        var verdicts = new Dictionary<(EditVerdict, bool), string>();
        var line = new System.Text.StringBuilder();
        var measuring = true;
        Walk();
        measuring = false;
        bars.Clear();
        Walk();

        void Walk()
        {
            var (next, offset) = (0, 0);
            using var walk = chart.Walk();
            while (walk.MoveNext())
            {
                var row = walk.Row;
                for (; next < events.Count && (events[next].Event.At, events[next].AfterRevision).CompareTo((row.At, row.Number)) < 0; next++)
                {
                    EventRow(events[next]);
                }

                var (start, length) = chart.NextBar(ref offset, row.CurrentFor);
                if (followed.Contains(row.Number))
                {
                    bars[row.Number] = (row.At, row.CurrentFor, start, length);
                }

                number[0] = '#';
                row.Number.TryFormat(number.AsSpan(1), out var digits, default, System.Globalization.CultureInfo.InvariantCulture);
                cells[0] = number.AsMemory(0, digits + 1);
                cells[1] = time.AsMemory(0, TimeFormat.InZone(row.At, zone, time));
                var drawn = Math.Max(chart.Width + 1, start + length);
                if (bar.Length < drawn)
                {
                    bar = new char[drawn];
                }

                bar.AsSpan(0, drawn).Fill(' ');
                bar.AsSpan(start, length).Fill(ReportText.Fill(row.Facts.Verdict));
                cells[2] = bar.AsMemory(0, drawn);
                cells[3] = (row.CurrentFor is { } current ? LogLayout.Shared(durations, current, static d => TerminalText.Safe(DurationText.Format(d))) : "current").AsMemory();
                cells[4] = LogLayout.Shared(verdicts, (row.Facts.Verdict, row.Facts.IsStealthEdit), static v => TerminalText.Safe(VerdictText(v.Item1, v.Item2))).AsMemory();
                Emit();
            }

            for (; next < events.Count; next++)
            {
                EventRow(events[next]);
            }
        }

        void EventRow(RecordedEvent recorded)
        {
            var e = recorded.Event;
            var at = Marker(chart, recorded, bars.TryGetValue(recorded.AfterRevision, out var b) ? b : null);
            cells[0] = "-".AsMemory();
            cells[1] = TimeFormat.InZone(e.At, zone).AsMemory();
            cells[2] = TerminalText.Safe((new string(' ', at) + EventMarker).PadRight(chart.Width + 1)).AsMemory();
            cells[3] = string.Empty.AsMemory();
            cells[4] = TerminalText.Safe(EventText.Describe(e)).AsMemory();
            Emit();
        }

        void Emit()
        {
            if (measuring)
            {
                for (var c = 0; c < columns; c++)
                {
                    widths[c] = Math.Max(widths[c], DisplayWidth.Of(cells[c].Span));
                }

                return;
            }

            line.Clear();
            for (var c = 0; c < columns; c++)
            {
                line.Append(c > 0 ? "  " : string.Empty).Append(cells[c].Span);
                if (c < columns - 1)
                {
                    line.Append(' ', widths[c] - DisplayWidth.Of(cells[c].Span));
                }
            }

            TextLogRenderer.WriteTrimmed(writer, line);
        }
    }

    private static string VerdictText(EditVerdict verdict, bool stealth) => (verdict, stealth) switch
    {
        (EditVerdict.Substantive, true) => SubstantiveStealth,
        (EditVerdict.Substantive, false) => Substantive,
        _ => ReportText.Verdict(verdict) + (stealth ? " !stealth" : string.Empty),
    };

    private static int Marker(TimelineChart chart, RecordedEvent recorded, (Instant At, Duration? CurrentFor, int Offset, int Length)? bar)
    {
        if (recorded.AfterRevision == 0 || recorded.AfterRevision > chart.Count || bar is not { } b)
        {
            return 0;
        }

        var since = (recorded.Event.At - b.At).TotalSeconds;
        var fraction = b.CurrentFor is { } current && current.TotalSeconds > 0 ? Math.Clamp(since / current.TotalSeconds, 0, 1) : 0;
        return Math.Min(b.Offset + (int)(fraction * b.Length), Math.Min(b.Offset + b.Length - 1, chart.Width));
    }
}
