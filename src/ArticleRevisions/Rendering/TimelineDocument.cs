using ArticleRevisions.Reports;
using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>Lays out a <see cref="TimelineChart"/> for Markdown and HTML.</summary>
internal static class TimelineDocument
{
    public static ReportDocument From(TimelineChart chart, DateTimeZone zone) => new(
        $"{chart.Article.Title} ({chart.Article.Id})",
        [$"Times in {zone.Id}; bars in proportion to how long each revision was current: █ substantive, ▒ cosmetic, ░ original{(chart.Events.IsEmpty ? string.Empty : $"; {TimelineLayout.EventMarker} an event")}."],
        chart.Count == 0 && chart.Events.IsEmpty ? [] : [TimelineLayout.Table(chart, zone)]);
}
