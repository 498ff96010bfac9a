using System.Globalization;
using ArticleRevisions.Model;

namespace ArticleRevisions.Rendering;

/// <summary>How history events are described to people, in one short phrase.</summary>
internal static class EventText
{
    /// <summary>The event in words, such as <c>Source gone (HTTP 404)</c> or <c>Title changed to “…”</c>.</summary>
    public static string Describe(HistoryEvent @event)
    {
        var text = @event.Kind switch
        {
            HistoryEventKind.SourceGone => "Source gone" + Details(@event),
            HistoryEventKind.SourceReturned => "Source back" + Details(@event),
            HistoryEventKind.ExtractionRerun => string.Create(CultureInfo.InvariantCulture, $"Revision {@event.RevisionNumber} is a re-extraction of a capture, not an edit"),
            HistoryEventKind.MetadataChanged when @event.Article is { } article =>
                $"Details changed: title “{article.Title}”, zone {article.Zone.Id}, language {article.Language}" + (article.Source is { } source ? $", source {source.OriginalString}" : string.Empty),
            _ => "Details changed",
        };
        return @event.Note is { Length: > 0 } note ? $"{text}: {ReportText.Collapse(note)}" : text;
    }

    private static string Details(HistoryEvent @event)
    {
        var parts = new List<string>();
        if (@event.HttpStatus is { } status)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"HTTP {status}"));
        }

        if (@event.FinalUrl is { } url)
        {
            parts.Add($"ended at {url.OriginalString}");
        }

        return parts.Count == 0 ? string.Empty : $" ({string.Join("; ", parts)})";
    }
}
