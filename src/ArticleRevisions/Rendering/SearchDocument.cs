using ArticleRevisions.Timeline;
using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>Lays out a <see cref="PhraseLifecycle"/> for Markdown and HTML.</summary>
internal static class SearchDocument
{
    public static ReportDocument From(PhraseLifecycle lifecycle, DateTimeZone zone) => lifecycle.EverPresent
        ? new ReportDocument(SearchLayout.Phrase(lifecycle), [$"In {lifecycle.Article.Title} ({lifecycle.Article.Id}); times in {zone.Id}."], [SearchLayout.Table(lifecycle, zone)])
        : new ReportDocument(SearchLayout.Phrase(lifecycle), [$"In {lifecycle.Article.Title} ({lifecycle.Article.Id}), the phrase {SearchLayout.Never}."], []);
}
