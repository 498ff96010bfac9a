using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArticleRevisions.Model;
using ArticleRevisions.Text;
using ArticleRevisions.Timeline;
using NodaTime;

namespace ArticleRevisions.Cli.Output;

/// <summary>
/// Writes the JSON documents of the query commands with a <see cref="Utf8JsonWriter"/>: no reflection, so the tool
/// stays ready for Native AOT. Every document starts with its schema name and version.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(string schema, Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("schema", schema);
            writer.WriteNumber("schemaVersion", 1);
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
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

    /// <summary>Writes an instant as UTC and as local time with offset in <paramref name="zone"/>.</summary>
    public static void WriteTime(Utf8JsonWriter writer, string name, Instant instant, DateTimeZone zone)
    {
        writer.WriteString(name, TimeFormat.Utc(instant));
        writer.WriteString(name + "Local", NodaTime.Text.OffsetDateTimePattern.Rfc3339.Format(instant.InZone(zone).ToOffsetDateTime()));
    }

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

    public static void WriteRevisionRef(Utf8JsonWriter writer, string name, Revision? revision, DateTimeZone zone)
    {
        if (revision is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber("number", revision.Number);
        WriteTime(writer, "at", revision.At, zone);
        if (revision.Editor is { } editor)
        {
            writer.WriteString("editor", editor);
        }

        writer.WriteEndObject();
    }
}
