using ArticleRevisions.Reports;
using ArticleRevisions.Text;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a <see cref="RevisionLog"/> as JSON following the <c>artrev-log</c> schema, version 1.</summary>
/// <remarks>See the README for the schema. This type is immutable and thread-safe.</remarks>
public sealed class JsonLogRenderer : IRenderer<RevisionLog>
{
    /// <summary>The schema name written in every document.</summary>
    public const string SchemaName = "artrev-log";

    /// <summary>The schema version; raised whenever a field changes meaning or disappears.</summary>
    public const int SchemaVersion = 1;

    private readonly ReportOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The zone local times are given in; <see cref="ReportOptions.Default"/> when null.</param>
    public JsonLogRenderer(ReportOptions? options = null)
    {
        this.options = options ?? ReportOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(RevisionLog model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var zone = options.Zone ?? model.Article.Zone;
        JsonDocumentWriter.Write(writer, SchemaName, SchemaVersion, json =>
        {
            JsonDocumentWriter.WriteArticle(json, model.Article);
            json.WriteString("zone", zone.Id);
            json.WriteStartArray("revisions");
            // One reused row and one character buffer: nothing is made per revision (issue 11's memory bound).
            var text = new char[Math.Max(TimeFormat.MaxLength, 64)];
            using var walk = model.Walk();
            while (walk.MoveNext())
            {
                var row = walk.Row;
                var classification = row.Facts;
                json.WriteStartObject();
                json.WriteNumber("number", row.Number);
                WriteTime(json, "at", "atLocal", row.At, zone, text);
                if (row.ObservedAt is { } observed)
                {
                    WriteTime(json, "observedAt", "observedAtLocal", observed, zone, text);
                }

                json.WriteStartObject("changeWindow");
                WriteTime(json, "start", "startLocal", row.ChangeWindow.Start, zone, text);
                WriteTime(json, "end", "endLocal", row.ChangeWindow.End, zone, text);
                json.WriteBoolean("exact", row.IsExact);
                json.WriteEndObject();
                JsonDocumentWriter.WriteSeconds(json, "sincePreviousSeconds", row.SincePrevious);
                JsonDocumentWriter.WriteSeconds(json, "sinceFirstSeconds", row.SinceFirst);
                JsonDocumentWriter.WriteSeconds(json, "currentForSeconds", row.CurrentFor);
                json.WriteNumber("wordsAdded", classification.Statistics.WordsAdded);
                json.WriteNumber("wordsRemoved", classification.Statistics.WordsRemoved);
                json.WriteString("verdict", ReportText.Verdict(classification.Verdict));
                json.WriteStartArray("labels");
                foreach (var label in classification.Labels)
                {
                    json.WriteStringValue(LabelText.Id(label));
                }

                json.WriteEndArray();
                if (classification.RevertsTo is { } revertsTo)
                {
                    json.WriteNumber("revertsTo", revertsTo);
                }

                json.WriteBoolean("stealth", classification.IsStealthEdit);
                if (row.Editor is { } editor)
                {
                    json.WriteString("editor", editor);
                }

                if (row.Note is { } note)
                {
                    json.WriteString("note", note);
                }

                row.WriteHash(text);
                json.WriteString("sha256", text.AsSpan(0, 64));
                json.WriteEndObject();
                JsonDocumentWriter.FlushIfFull(json);
            }

            json.WriteEndArray();
            EventText.WriteJson(json, model.Events, zone);
        });
    }

    /// <summary>As <see cref="JsonDocumentWriter.WriteTime"/> (the UTC time, then the local one with its offset), formatted into <paramref name="text"/>.</summary>
    private static void WriteTime(System.Text.Json.Utf8JsonWriter json, string name, string localName, NodaTime.Instant instant, NodaTime.DateTimeZone zone, char[] text)
    {
        json.WriteString(name, text.AsSpan(0, TimeFormat.Utc(instant, text)));
        json.WriteString(localName, text.AsSpan(0, TimeFormat.Rfc3339(instant, zone, text)));
    }
}
