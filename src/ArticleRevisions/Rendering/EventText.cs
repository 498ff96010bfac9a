using System.Globalization;
using System.Text.Json;
using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>How logs and timelines show a history's events, and where an event stands among the revisions.</summary>
internal static class EventText
{
    /// <summary>Describes an event in a few words, for a table's verdict column.</summary>
    public static string Describe(HistoryEvent e) => e.Kind switch
    {
        HistoryEventKind.MetadataChanged when e.Article is { } a =>
            $"event: metadata changed: “{a.Title}”, {a.Zone.Id}, {a.Language}",
        HistoryEventKind.SourceGone => "event: source gone" + Http(e),
        HistoryEventKind.SourceReturned => "event: source back" + Http(e),
        HistoryEventKind.ExtractionRerun => $"event: extraction re-run, revision {e.RevisionNumber} holds the new extraction (not an edit)",
        _ => throw new ArgumentOutOfRangeException(nameof(e), e.Kind, "Unknown event kind."),
    };

    /// <summary>Gets the name of an event's kind in JSON.</summary>
    public static string Kind(HistoryEventKind kind) => kind switch
    {
        HistoryEventKind.MetadataChanged => "metadata-changed",
        HistoryEventKind.SourceGone => "source-gone",
        HistoryEventKind.SourceReturned => "source-returned",
        HistoryEventKind.ExtractionRerun => "extraction-rerun",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown event kind."),
    };

    /// <summary>
    /// Puts revisions and events in one time order: by time, and at equal times in chain order (an event after the
    /// revisions before it in the chain). Each item is a revision or an event, never both.
    /// </summary>
    /// <remarks>
    /// The items come in that order already (a history's revisions are in time order), so they are merged with the
    /// events (few, sorted here) as they come: one item is held at a time.
    /// </remarks>
    public static IEnumerable<(T? Item, RecordedEvent? Event)> Interleave<T>(IEnumerable<T> items, Func<T, (Instant At, int Number)> key, IEnumerable<RecordedEvent> events)
        where T : class
    {
        var sorted = events.OrderBy(e => (e.Event.At, e.AfterRevision)).ToList();
        var next = 0;
        foreach (var item in items)
        {
            var (at, number) = key(item);
            for (; next < sorted.Count && (sorted[next].Event.At, sorted[next].AfterRevision).CompareTo((at, number)) < 0; next++)
            {
                yield return (null, sorted[next]);
            }

            yield return (item, null);
        }

        for (; next < sorted.Count; next++)
        {
            yield return (null, sorted[next]);
        }
    }

    /// <summary>Writes the events as the JSON array <c>events</c>, in time order.</summary>
    public static void WriteJson(Utf8JsonWriter json, IEnumerable<RecordedEvent> events, DateTimeZone zone)
    {
        json.WriteStartArray("events");
        foreach (var recorded in events.OrderBy(e => (e.Event.At, e.AfterRevision)))
        {
            var e = recorded.Event;
            json.WriteStartObject();
            json.WriteString("kind", Kind(e.Kind));
            JsonDocumentWriter.WriteTime(json, "at", e.At, zone);
            json.WriteNumber("afterRevision", recorded.AfterRevision);
            if (e.Article is { } article)
            {
                JsonDocumentWriter.WriteArticle(json, article);
            }

            if (e.HttpStatus is { } status)
            {
                json.WriteNumber("httpStatus", status);
            }

            if (e.FinalUrl is { } url)
            {
                json.WriteString("finalUrl", url.OriginalString);
            }

            if (e.RevisionNumber is { } number)
            {
                json.WriteNumber("revision", number);
            }

            if (e.Note is { } note)
            {
                json.WriteString("note", note);
            }

            json.WriteString("sha256", recorded.Hash);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>The event as a short sentence for a report, such as <c>Source gone (HTTP 404)</c>, with its note.</summary>
    public static string Sentence(HistoryEvent @event)
    {
        var text = @event.Kind switch
        {
            HistoryEventKind.SourceGone => "Source gone" + Http(@event),
            HistoryEventKind.SourceReturned => "Source back" + Http(@event),
            HistoryEventKind.ExtractionRerun => string.Create(CultureInfo.InvariantCulture, $"Revision {@event.RevisionNumber} is a re-extraction of a capture, not an edit"),
            HistoryEventKind.MetadataChanged when @event.Article is { } article =>
                $"Details changed: title “{article.Title}”, zone {article.Zone.Id}, language {article.Language}" + (article.Source is { } source ? $", source {source.OriginalString}" : string.Empty),
            _ => "Details changed",
        };
        return @event.Note is { Length: > 0 } note ? $"{text}: {ReportText.Collapse(note)}" : text;
    }

    private static string Http(HistoryEvent e)
    {
        var parts = new List<string>();
        if (e.HttpStatus is { } status)
        {
            parts.Add("HTTP " + status.ToString(CultureInfo.InvariantCulture));
        }

        if (e.FinalUrl is { } url)
        {
            parts.Add("ended at " + url.OriginalString);
        }

        return parts.Count == 0 ? string.Empty : $" ({string.Join(", ", parts)})";
    }
}
