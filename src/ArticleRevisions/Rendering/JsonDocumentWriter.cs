using System.Text.Encodings.Web;
using System.Text.Json;
using ArticleRevisions.Model;
using ArticleRevisions.Provenance;
using ArticleRevisions.Text;
using NodaTime;
using NodaTime.Text;

namespace ArticleRevisions.Rendering;

/// <summary>
/// The one way this library writes JSON: every document starts with its schema name and version, is indented with
/// two spaces and <c>\n</c> line breaks on every platform, keeps non-ASCII text readable, and writes every instant
/// the same way (<see cref="WriteTime"/>).
/// </summary>
/// <remarks>
/// Written with <see cref="Utf8JsonWriter"/>, so no reflection is involved (Native AOT safe). Characters outside the
/// Basic Multilingual Plane, such as emoji, come out as <c>\u</c> surrogate escapes.
/// </remarks>
internal static class JsonDocumentWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",

        // Not embedded in HTML or script, so the HTML-sensitive characters need no escaping; keeps text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The bytes a document holds back before it passes them on; see <see cref="FlushIfFull"/>.</summary>
    private const int FlushThreshold = 32 * 1024;

    /// <summary>Writes one document, ending in a newline, streaming it into <paramref name="writer"/> as it is written.</summary>
    public static void Write(TextWriter writer, string schema, int version, Action<Utf8JsonWriter> body)
    {
        using (var sink = new Utf8TextSink(writer))
        using (var json = new Utf8JsonWriter(sink, Options))
        {
            json.WriteStartObject();
            json.WriteString("schema", schema);
            json.WriteNumber("schemaVersion", version);
            body(json);
            json.WriteEndObject();
        }

        writer.Write('\n');
    }

    /// <summary>
    /// Passes on what <paramref name="json"/> holds once it holds a good deal: a writer over a stream keeps everything
    /// until it is flushed, so a long array calls this between its items to stream.
    /// </summary>
    public static void FlushIfFull(Utf8JsonWriter json)
    {
        if (json.BytesPending >= FlushThreshold)
        {
            json.Flush();
        }
    }

    /// <summary>
    /// Writes an instant as <paramref name="name"/> in ISO-8601 UTC with <c>Z</c> and as <paramref name="name"/><c>Local</c>
    /// in RFC 3339 with the offset of <paramref name="zone"/>: the one time convention of every document.
    /// </summary>
    public static void WriteTime(Utf8JsonWriter writer, string name, Instant instant, DateTimeZone zone)
    {
        writer.WriteString(name, TimeFormat.Utc(instant));
        writer.WriteString(name + "Local", OffsetDateTimePattern.Rfc3339.Format(instant.InZone(zone).ToOffsetDateTime()));
    }

    /// <summary>Writes a duration in seconds, to the millisecond, or null.</summary>
    public static void WriteSeconds(Utf8JsonWriter writer, string name, Duration? duration)
    {
        if (duration is { } d)
        {
            writer.WriteNumber(name, Math.Round(d.TotalSeconds, 3));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void WriteArticle(Utf8JsonWriter writer, Article article)
    {
        writer.WriteStartObject("article");
        writer.WriteString("id", article.Id);
        writer.WriteString("title", article.Title);
        if (article.Source is { } source)
        {
            writer.WriteString("source", source.OriginalString);
        }

        writer.WriteString("language", article.Language);
        writer.WriteString("zone", article.Zone.Id);
        writer.WriteEndObject();
    }

    /// <summary>Writes a reference to a revision (number, time, editor), or null.</summary>
    public static void WriteRevisionRef(Utf8JsonWriter writer, string name, Revision? revision, DateTimeZone zone) =>
        WriteRevisionRef(writer, name, revision is null ? null : RevisionMark.Of(revision), zone);

    /// <summary>Writes a reference to a revision named by its mark (number, time, editor), or null.</summary>
    public static void WriteRevisionRef(Utf8JsonWriter writer, string name, RevisionMark? mark, DateTimeZone zone)
    {
        if (mark is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber("number", mark.Number);
        WriteTime(writer, "at", mark.At, zone);
        if (mark.Editor is { } editor)
        {
            writer.WriteString("editor", editor);
        }

        writer.WriteEndObject();
    }
}
