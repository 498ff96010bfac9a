using ArticleRevisions.Reports;
using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>Lays out a <see cref="RevisionLog"/> for Markdown and HTML.</summary>
internal static class LogDocument
{
    public static ReportDocument From(RevisionLog log, DateTimeZone zone) => new(
        $"{log.Article.Title} ({log.Article.Id})",
        [LogLayout.Counts(log, zone)],
        log.EntryCount == 0 && log.Events.IsEmpty ? [] : [LogLayout.Table(log, zone)]);
}
