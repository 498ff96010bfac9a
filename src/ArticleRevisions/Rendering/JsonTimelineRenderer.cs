using ArticleRevisions.Reports;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a <see cref="TimelineChart"/> as JSON following the <c>artrev-timeline</c> schema, version 1.</summary>
/// <remarks>
/// The document gives each revision's validity and verdict, not the drawn bars, which belong to the text. See the
/// README for the schema. This type is immutable and thread-safe.
/// </remarks>
public sealed class JsonTimelineRenderer : IRenderer<TimelineChart>
{
    /// <summary>The schema name written in every document.</summary>
    public const string SchemaName = "artrev-timeline";

    /// <summary>The schema version; raised whenever a field changes meaning or disappears.</summary>
    public const int SchemaVersion = 1;

    private readonly ReportOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The zone local times are given in; <see cref="ReportOptions.Default"/> when null.</param>
    public JsonTimelineRenderer(ReportOptions? options = null)
    {
        this.options = options ?? ReportOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(TimelineChart model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var zone = options.Zone ?? model.Article.Zone;
        JsonDocumentWriter.Write(writer, SchemaName, SchemaVersion, json =>
        {
            JsonDocumentWriter.WriteArticle(json, model.Article);
            json.WriteString("zone", zone.Id);
            json.WriteStartArray("revisions");
            foreach (var bar in model.EnumerateBars())
            {
                var (timing, classification) = (bar.Entry.Timing, bar.Entry.Classification);
                json.WriteStartObject();
                json.WriteNumber("number", bar.Entry.Revision.Number);
                JsonDocumentWriter.WriteTime(json, "from", timing.Validity.Start, zone);
                if (timing.Validity.HasEnd)
                {
                    JsonDocumentWriter.WriteTime(json, "to", timing.Validity.End, zone);
                }
                else
                {
                    json.WriteNull("to");
                }

                JsonDocumentWriter.WriteSeconds(json, "currentForSeconds", timing.CurrentFor);
                json.WriteString("verdict", ReportText.Verdict(classification.Verdict));
                json.WriteBoolean("stealth", classification.IsStealthEdit);
                json.WriteEndObject();
                JsonDocumentWriter.FlushIfFull(json);
            }

            json.WriteEndArray();
            EventText.WriteJson(json, model.Events, zone);
        });
    }
}
