using System.Text.Json;
using ArticleRevisions.Provenance;
using ArticleRevisions.Reports;
using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a <see cref="BlameReport"/> as JSON following the <c>artrev-blame</c> schema, version 2.</summary>
/// <remarks>
/// The <c>segments</c> are the report's <see cref="BlameReport.Runs"/>: sentences, or at word granularity runs of
/// consecutive words and marks that share an origin and a restoring revision, each from its first word or mark to
/// its last (version 1 wrote one segment per word and left punctuation out). See the README for the schema. This
/// type is immutable and thread-safe.
/// </remarks>
public sealed class JsonBlameRenderer : IRenderer<BlameReport>
{
    /// <summary>The schema name written in every document.</summary>
    public const string SchemaName = "artrev-blame";

    /// <summary>The schema version; raised whenever a field changes meaning or disappears.</summary>
    public const int SchemaVersion = 2;

    private readonly ReportOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The zone local times are given in; <see cref="ReportOptions.Default"/> when null.</param>
    public JsonBlameRenderer(ReportOptions? options = null)
    {
        this.options = options ?? ReportOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(BlameReport model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var zone = options.Zone ?? model.Article.Zone;
        JsonDocumentWriter.Write(writer, SchemaName, SchemaVersion, json =>
        {
            JsonDocumentWriter.WriteArticle(json, model.Article);
            JsonDocumentWriter.WriteRevisionRef(json, "revision", model.Revision, zone);
            json.WriteString("granularity", model.Granularity == BlameGranularity.Word ? "word" : "sentence");
            json.WriteStartArray("segments");
            foreach (var segment in model.Runs)
            {
                json.WriteStartObject();
                json.WriteNumber("start", segment.Segment.Start);
                json.WriteNumber("length", segment.Segment.Length);
                json.WriteString("text", segment.Text);
                JsonDocumentWriter.WriteRevisionRef(json, "origin", segment.Origin, zone);
                JsonDocumentWriter.WriteRevisionRef(json, "restoredIn", segment.RestoredIn, zone);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("removed");
            foreach (var removed in model.Provenance.Removed)
            {
                json.WriteStartObject();
                json.WriteString("text", removed.Text);
                JsonDocumentWriter.WriteRevisionRef(json, "origin", removed.Origin, zone);
                JsonDocumentWriter.WriteRevisionRef(json, "removedIn", removed.RemovedIn, zone);
                JsonDocumentWriter.WriteSeconds(json, "survivedSeconds", removed.Survived);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }
}
