using ArticleRevisions.Reports;

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
            foreach (var entry in model.EnumerateEntries())
            {
                var (revision, timing, classification) = (entry.Revision, entry.Timing, entry.Classification);
                json.WriteStartObject();
                json.WriteNumber("number", revision.Number);
                JsonDocumentWriter.WriteTime(json, "at", revision.At, zone);
                if (revision.ObservedAt is { } observed)
                {
                    JsonDocumentWriter.WriteTime(json, "observedAt", observed, zone);
                }

                json.WriteStartObject("changeWindow");
                JsonDocumentWriter.WriteTime(json, "start", timing.ChangeWindow.Start, zone);
                JsonDocumentWriter.WriteTime(json, "end", timing.ChangeWindow.End, zone);
                json.WriteBoolean("exact", timing.IsExact);
                json.WriteEndObject();
                JsonDocumentWriter.WriteSeconds(json, "sincePreviousSeconds", timing.SincePrevious);
                JsonDocumentWriter.WriteSeconds(json, "sinceFirstSeconds", timing.SinceFirst);
                JsonDocumentWriter.WriteSeconds(json, "currentForSeconds", timing.CurrentFor);
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
                if (revision.Editor is { } editor)
                {
                    json.WriteString("editor", editor);
                }

                if (revision.Note is { } note)
                {
                    json.WriteString("note", note);
                }

                json.WriteString("sha256", revision.Hash);
                json.WriteEndObject();
                JsonDocumentWriter.FlushIfFull(json);
            }

            json.WriteEndArray();
            EventText.WriteJson(json, model.Events, zone);
        });
    }
}
