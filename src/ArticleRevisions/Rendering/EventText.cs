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
    public static IEnumerable<(T? Item, RecordedEvent? Event)> Interleave<T>(IEnumerable<T> items, Func<T, (Instant At, int Number)> key, IEnumerable<RecordedEvent> events)
        where T : class =>
        items.Select(i => (Key: (key(i).At, key(i).Number, 0), Row: ((T?)i, (RecordedEvent?)null)))
            .Concat(events.Select(e => (Key: (e.Event.At, e.AfterRevision, 1), Row: ((T?)null, (RecordedEvent?)e))))
            .OrderBy(x => x.Key)
            .Select(x => x.Row);

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
