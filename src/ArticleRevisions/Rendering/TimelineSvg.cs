using System.Globalization;
using System.Text;
using ArticleRevisions.Classification;
using ArticleRevisions.Model;
using ArticleRevisions.Reports;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>
/// Draws a <see cref="HistoryReport"/>'s timeline as inline SVG: a mark per revision at the time it became current,
/// its area in proportion to the words it changed, its shape and colour by verdict (a dashed ring for a stealth
/// edit), an arc from a revert back to the revision it restores, a shaded bar where a change happened somewhere
/// between two captures, a hatched band where the source was gone, and a mark per event.
/// </summary>
/// <remarks>
/// Colours come from the stylesheet (classes, not inline colours), so dark mode and print follow it. Each mark links
/// to its revision's section. Every text is escaped.
/// </remarks>
internal static class TimelineSvg
{
    private const double Width = 720;
    private const double Pad = 30;
    private const double MaxRadius = 16;
    private const double MinRadius = 4;
    private const double OriginalRadius = 7;

    public static void Append(StringBuilder html, HistoryReport report, DateTimeZone zone)
    {
        if (report.Span is not { } measured)
        {
            return;
        }

        // A span of no length (one revision) is drawn as the hour around it.
        var span = measured.Duration > Duration.Zero
            ? measured
            : new Interval(measured.Start - Duration.FromMinutes(30), measured.End + Duration.FromMinutes(30));
        var hasReverts = report.Revisions.Any(r => r.Restores is not null);
        var top = hasReverts ? 46.0 : 10.0;
        var baseline = top + 34;
        var eventsRow = baseline + MaxRadius + 30;
        var axis = report.Events.IsEmpty ? baseline + MaxRadius + 26 : eventsRow + 16;
        var height = axis + 40;
        double X(Instant t) => Pad + ((t - span.Start) / span.Duration * (Width - (2 * Pad)));

        html.Append("<svg class=\"timeline-chart\" viewBox=\"0 0 ").Append(Number(Width)).Append(' ').Append(Number(height))
            .Append("\" role=\"group\" aria-labelledby=\"timeline-title timeline-desc\">\n");
        html.Append("<title id=\"timeline-title\">");
        HtmlText.Append(html, $"Timeline of {ReportText.Plural(report.Revisions.Length, "revision")} from {TimeFormat.InZone(measured.Start, zone)} to {TimeFormat.InZone(measured.End, zone)}");
        html.Append("</title>\n<desc id=\"timeline-desc\">");
        HtmlText.Append(html, Description(report));
        html.Append("</desc>\n");
        html.Append("<defs><pattern id=\"timeline-hatch\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
            .Append("<rect class=\"hatch-back\" width=\"8\" height=\"8\"/><line class=\"hatch\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"8\"/></pattern></defs>\n");

        AppendOutages(html, report, span, X, top - 6, axis);
        AppendAxis(html, span, zone, X, axis);
        AppendBaseline(html, report, span, X, baseline);
        AppendReverts(html, report, X, baseline);
        AppendEvents(html, report, zone, X, eventsRow);
        AppendMarks(html, report, zone, X, baseline);
        html.Append("</svg>\n");
    }

    /// <summary>The radius of a revision's mark: its area grows with the words it changed, the largest change getting <see cref="MaxRadius"/>.</summary>
    public static double Radius(ReportedRevision revision, int mostWords)
    {
        if (revision.Entry.Classification.Verdict == EditVerdict.Original)
        {
            return OriginalRadius;
        }

        var words = Words(revision);
        return mostWords == 0 ? MinRadius : MinRadius + ((MaxRadius - MinRadius) * Math.Sqrt(words / (double)mostWords));
    }

    /// <summary>The CSS class of a revision's mark: its verdict, or <c>reextraction</c>.</summary>
    public static string MarkClass(ReportedRevision revision) =>
        revision.IsReextraction ? "reextraction" : ReportText.Verdict(revision.Entry.Classification.Verdict);

    private static string Description(HistoryReport report)
    {
        var parts = new List<string>
        {
            $"{ReportText.Plural(report.SubstantiveCount, "substantive edit")} ({report.StealthCount} stealth)",
            $"{report.CosmeticCount} cosmetic",
        };
        if (report.RevertCount > 0)
        {
            parts.Add(ReportText.Plural(report.RevertCount, "revert"));
        }

        if (!report.Outages.IsEmpty)
        {
            parts.Add($"source gone {(report.Outages.Length == 1 ? "once" : $"{report.Outages.Length} times")}");
        }

        return string.Join(", ", parts) + ". Each mark links to its revision below; the log below gives the same facts as a table.";
    }

    private static void AppendOutages(StringBuilder html, HistoryReport report, Interval span, Func<Instant, double> x, double top, double bottom)
    {
        foreach (var outage in report.Outages)
        {
            var (from, to) = (x(outage.Gone.At), x(outage.Returned?.At ?? span.End));
            html.Append("<rect class=\"outage\" fill=\"url(#timeline-hatch)\" x=\"").Append(Number(from)).Append("\" y=\"").Append(Number(top))
                .Append("\" width=\"").Append(Number(Math.Max(to - from, 2))).Append("\" height=\"").Append(Number(bottom - top)).Append("\"><title>");
            HtmlText.Append(html, outage.Returned is null ? "Source gone; not back by the end of the history" : "Source gone until it came back");
            html.Append("</title></rect>\n");
            if (to - from > 80)
            {
                html.Append("<text class=\"outage-label\" x=\"").Append(Number(from + 4)).Append("\" y=\"").Append(Number(top + 13)).Append("\">source gone</text>\n");
            }
        }
    }

    private static void AppendAxis(StringBuilder html, Interval span, DateTimeZone zone, Func<Instant, double> x, double axis)
    {
        html.Append("<line class=\"axis\" x1=\"").Append(Number(Pad)).Append("\" y1=\"").Append(Number(axis)).Append("\" x2=\"")
            .Append(Number(Width - Pad)).Append("\" y2=\"").Append(Number(axis)).Append("\"/>\n");
        var ticks = TimeTicks.Choose(span, zone, 6);
        for (var i = 0; i < ticks.Count; i++)
        {
            var tick = ticks[i];
            var at = x(tick.At);

            // Every other tick stands down on a narrow screen, where the labels grow to stay readable.
            var minor = i % 2 == 1 && tick.Second is null ? " minor" : string.Empty;
            html.Append("<g class=\"tick").Append(minor).Append("\"><line x1=\"").Append(Number(at)).Append("\" y1=\"").Append(Number(axis))
                .Append("\" x2=\"").Append(Number(at)).Append("\" y2=\"").Append(Number(axis + 5)).Append("\"/>")
                .Append("<text x=\"").Append(Number(at)).Append("\" y=\"").Append(Number(axis + 18)).Append("\">");
            HtmlText.Append(html, tick.Label);
            html.Append("</text>");
            if (tick.Second is { } second)
            {
                html.Append("<text class=\"second\" x=\"").Append(Number(at)).Append("\" y=\"").Append(Number(axis + 34)).Append("\">");
                HtmlText.Append(html, second);
                html.Append("</text>");
            }

            html.Append("</g>\n");
        }
    }

    /// <summary>The line of known text: solid while a revision is known to be current, broken where a change happened somewhere between captures or the source was gone.</summary>
    private static void AppendBaseline(StringBuilder html, HistoryReport report, Interval span, Func<Instant, double> x, double y)
    {
        if (report.Revisions.IsEmpty)
        {
            return;
        }

        var unknown = report.Revisions
            .Select(r => r.Entry.Timing.ChangeWindow)
            .Where(w => w.Duration > Duration.Zero)
            .Concat(report.Outages.Select(o => new Interval(o.Gone.At, o.Returned?.At ?? span.End)))
            .OrderBy(i => i.Start)
            .ToList();
        var from = report.Revisions[0].Revision.At;
        foreach (var gap in unknown)
        {
            if (gap.Start > from)
            {
                AppendLine(html, "baseline", x(from), x(gap.Start), y);
            }

            from = Instant.Max(from, gap.End);
        }

        if (span.End > from)
        {
            AppendLine(html, "baseline", x(from), x(span.End), y);
        }

        foreach (var revision in report.Revisions.Where(r => !r.Entry.Timing.IsExact))
        {
            var window = revision.Entry.Timing.ChangeWindow;
            html.Append("<rect class=\"window\" x=\"").Append(Number(x(window.Start))).Append("\" y=\"").Append(Number(y - 5))
                .Append("\" width=\"").Append(Number(Math.Max(x(window.End) - x(window.Start), 2))).Append("\" height=\"10\" rx=\"5\"><title>");
            HtmlText.Append(html, $"Revision {revision.Revision.Number} changed somewhere in here, between two captures");
            html.Append("</title></rect>\n");
        }
    }

    private static void AppendReverts(StringBuilder html, HistoryReport report, Func<Instant, double> x, double y)
    {
        foreach (var revision in report.Revisions.Where(r => r.Restores is not null))
        {
            var restored = report.Revisions[revision.Restores.GetValueOrDefault() - 1];
            var (from, to) = (x(revision.Revision.At), x(restored.Revision.At));
            var lift = Math.Min(40, 14 + (Math.Abs(from - to) / 6));
            html.Append("<path class=\"revert-arc\" d=\"M").Append(Number(from)).Append(' ').Append(Number(y - 10))
                .Append(" C").Append(Number(from)).Append(' ').Append(Number(y - 10 - lift)).Append(' ')
                .Append(Number(to)).Append(' ').Append(Number(y - 10 - lift)).Append(' ').Append(Number(to)).Append(' ').Append(Number(y - 10))
                .Append("\"><title>");
            HtmlText.Append(html, $"Revision {revision.Revision.Number} restores the text of revision {restored.Revision.Number}");
            html.Append("</title></path>\n");
        }
    }

    private static void AppendEvents(StringBuilder html, HistoryReport report, DateTimeZone zone, Func<Instant, double> x, double y)
    {
        foreach (var recorded in report.Events)
        {
            var @event = recorded.Event;
            var at = x(@event.At);
            html.Append("<path class=\"event ").Append(EventClass(@event.Kind)).Append("\" d=\"M").Append(Number(at)).Append(' ').Append(Number(y - 7))
                .Append(" l6 11 h-12 z\"><title>");
            HtmlText.Append(html, $"{EventText.Sentence(@event)}, {TimeFormat.InZone(@event.At, zone)}");
            html.Append("</title></path>\n");
        }
    }

    private static void AppendMarks(StringBuilder html, HistoryReport report, DateTimeZone zone, Func<Instant, double> x, double y)
    {
        var mostWords = report.Revisions.Where(r => r.Revision.Number > 1).Select(Words).DefaultIfEmpty(0).Max();
        var lastLabel = double.NegativeInfinity;
        foreach (var revision in report.Revisions)
        {
            var number = revision.Revision.Number.ToString(CultureInfo.InvariantCulture);
            var cx = x(revision.Revision.At);
            var r = Radius(revision, mostWords);
            html.Append("<a href=\"#r").Append(number).Append("\" aria-label=\"");
            HtmlText.Append(html, MarkText(revision, zone));
            html.Append("\"><title>");
            HtmlText.Append(html, MarkText(revision, zone));
            html.Append("</title>");
            if (revision.Entry.Classification.Verdict == EditVerdict.Original)
            {
                html.Append("<rect class=\"mark original\" x=\"").Append(Number(cx - r)).Append("\" y=\"").Append(Number(y - r))
                    .Append("\" width=\"").Append(Number(2 * r)).Append("\" height=\"").Append(Number(2 * r)).Append("\" transform=\"rotate(45 ")
                    .Append(Number(cx)).Append(' ').Append(Number(y)).Append(")\"/>");
            }
            else
            {
                html.Append("<circle class=\"mark ").Append(MarkClass(revision)).Append("\" cx=\"").Append(Number(cx)).Append("\" cy=\"").Append(Number(y))
                    .Append("\" r=\"").Append(Number(r)).Append("\"/>");
            }

            if (revision.IsStealthEdit)
            {
                html.Append("<circle class=\"stealth-ring\" cx=\"").Append(Number(cx)).Append("\" cy=\"").Append(Number(y)).Append("\" r=\"").Append(Number(r + 4)).Append("\"/>");
            }

            // Numbers only where they do not run into the one before.
            if (cx - lastLabel >= 22)
            {
                html.Append("<text class=\"mark-label\" x=\"").Append(Number(cx)).Append("\" y=\"").Append(Number(y + MaxRadius + 14)).Append("\">").Append(number).Append("</text>");
                lastLabel = cx;
            }

            html.Append("</a>\n");
        }
    }

    private static string MarkText(ReportedRevision revision, DateTimeZone zone)
    {
        var words = revision.Entry.Classification.Statistics;
        var text = new StringBuilder($"Revision {revision.Revision.Number}, {TimeFormat.InZone(revision.Revision.At, zone)}: ");
        text.Append(revision.IsReextraction ? "re-extraction" : ReportText.Verdict(revision.Entry.Classification.Verdict));
        if (revision.IsStealthEdit)
        {
            text.Append(", stealth edit");
        }

        if (revision.Restores is { } restored)
        {
            text.Append(CultureInfo.InvariantCulture, $", restores revision {restored}");
        }

        return text.Append(CultureInfo.InvariantCulture, $", +{words.WordsAdded} −{words.WordsRemoved} words").ToString();
    }

    private static int Words(ReportedRevision revision) =>
        revision.Entry.Classification.Statistics.WordsAdded + revision.Entry.Classification.Statistics.WordsRemoved;

    private static string EventClass(HistoryEventKind kind) => kind switch
    {
        HistoryEventKind.SourceGone => "gone",
        HistoryEventKind.SourceReturned => "returned",
        HistoryEventKind.ExtractionRerun => "reextracted",
        _ => "metadata",
    };

    private static void AppendLine(StringBuilder html, string cssClass, double x1, double x2, double y) =>
        html.Append("<line class=\"").Append(cssClass).Append("\" x1=\"").Append(Number(x1)).Append("\" y1=\"").Append(Number(y))
            .Append("\" x2=\"").Append(Number(x2)).Append("\" y2=\"").Append(Number(y)).Append("\"/>\n");

    private static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
