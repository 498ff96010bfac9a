using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArticleRevisions.Capture.Capturing;
using ArticleRevisions.Model;
using ArticleRevisions.Text;
using NodaTime;
using NodaTime.Text;

namespace ArticleRevisions.Capture.Rendering;

/// <summary>
/// The JSON of a capture's outcome, shared by <see cref="CaptureJsonRenderer"/> and <see cref="WatchJsonRenderer"/>.
/// Written with <see cref="Utf8JsonWriter"/>, so no reflection is involved (Native AOT safe).
/// </summary>
internal static class CaptureJson
{
    public const int SchemaVersion = 1;

    /// <summary>Writes <paramref name="build"/>'s object with the given layout, ending with a newline.</summary>
    public static void Write(TextWriter output, bool indented, Action<Utf8JsonWriter> build)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = indented,
            NewLine = "\n",

            // Not embedded in HTML or script, so the HTML-sensitive characters need no escaping; keeps text readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            writer.WriteStartObject();
            build(writer);
            writer.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
        output.Write('\n');
    }

    /// <summary>Writes the fields of <paramref name="result"/> into the object being written.</summary>
    public static void WriteCapture(Utf8JsonWriter writer, CaptureResult result, DateTimeZone? zone)
    {
        var shown = zone ?? result.Article.Zone;
        writer.WriteString("outcome", Name(result.Outcome));
        writer.WriteString("history", result.HistoryPath);
        WriteArticle(writer, "article", result.Article);
        writer.WriteString("source", result.Source.AbsoluteUri);
        WriteTime(writer, "at", result.At, shown);
        if (result.Fetch is { } fetch)
        {
            WriteNumber(writer, "httpStatus", fetch.StatusCode);
            writer.WriteString("finalUrl", fetch.FinalUri.AbsoluteUri);
            writer.WriteStartArray("redirects");
            foreach (var redirect in fetch.Redirects)
            {
                writer.WriteStartObject();
                writer.WriteNumber("status", redirect.StatusCode);
                writer.WriteString("from", redirect.From.AbsoluteUri);
                writer.WriteString("to", redirect.To.AbsoluteUri);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (result.Revision is { } revision)
        {
            writer.WriteStartObject("revision");
            writer.WriteNumber("number", revision.Number);
            WriteTime(writer, "at", revision.At, shown);
            writer.WriteString("sha256", revision.Hash);
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("revision");
        }

        WriteNumber(writer, "previousRevision", result.Previous?.Number);
        WriteNumber(writer, "wordsAdded", result.WordsAdded);
        WriteNumber(writer, "wordsRemoved", result.WordsRemoved);
        WriteString(writer, "extractor", result.Extractor);
        writer.WriteStartObject("attributes");
        foreach (var (key, value) in result.Attributes)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
        writer.WriteStartArray("events");
        foreach (var recorded in result.Events)
        {
            WriteEvent(writer, recorded, shown);
        }

        writer.WriteEndArray();
        WriteString(writer, "detail", result.Detail);
        writer.WriteBoolean("recorded", result.Recorded);
    }

    public static void WriteTime(Utf8JsonWriter writer, string name, Instant instant, DateTimeZone zone)
    {
        writer.WriteString(name, TimeFormat.Utc(instant));
        writer.WriteString(name + "Local", OffsetDateTimePattern.Rfc3339.Format(instant.InZone(zone).ToOffsetDateTime()));
    }

    public static void WriteNumber(Utf8JsonWriter writer, string name, int? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteString(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }

    /// <summary>A name as JSON writes it: lower camel case of the enum member (<c>reExtracted</c>).</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var text = value.ToString();
        return char.ToLowerInvariant(text[0]) + text[1..];
    }

    private static void WriteArticle(Utf8JsonWriter writer, string name, Article article)
    {
        writer.WriteStartObject(name);
        writer.WriteString("id", article.Id);
        writer.WriteString("title", article.Title);
        WriteString(writer, "source", article.Source?.AbsoluteUri);
        writer.WriteString("language", article.Language);
        writer.WriteString("zone", article.Zone.Id);
        writer.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter writer, RecordedEvent recorded, DateTimeZone zone)
    {
        var e = recorded.Event;
        writer.WriteStartObject();
        writer.WriteString("type", Name(e.Kind));
        WriteTime(writer, "at", e.At, zone);
        writer.WriteNumber("afterRevision", recorded.AfterRevision);
        if (e.HttpStatus is { } status)
        {
            writer.WriteNumber("httpStatus", status);
        }

        if (e.FinalUrl is { } url)
        {
            writer.WriteString("finalUrl", url.AbsoluteUri);
        }

        if (e.RevisionNumber is { } number)
        {
            writer.WriteNumber("revision", number);
        }

        if (e.Article is { } article)
        {
            WriteArticle(writer, "article", article);
        }

        WriteString(writer, "note", e.Note);
        writer.WriteString("sha256", recorded.Hash);
        writer.WriteEndObject();
    }
}
