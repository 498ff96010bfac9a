using ArticleRevisions.Timeline;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a <see cref="PhraseLifecycle"/> as JSON following the <c>artrev-search</c> schema, version 1.</summary>
/// <remarks>See the README for the schema. This type is immutable and thread-safe.</remarks>
public sealed class JsonSearchRenderer : IRenderer<PhraseLifecycle>
{
    /// <summary>The schema name written in every document.</summary>
    public const string SchemaName = "artrev-search";

    /// <summary>The schema version; raised whenever a field changes meaning or disappears.</summary>
    public const int SchemaVersion = 1;

    private readonly ReportOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The zone local times are given in; <see cref="ReportOptions.Default"/> when null.</param>
    public JsonSearchRenderer(ReportOptions? options = null)
    {
        this.options = options ?? ReportOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(PhraseLifecycle model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var zone = options.Zone ?? model.Article.Zone;
        JsonDocumentWriter.Write(writer, SchemaName, SchemaVersion, json =>
        {
            JsonDocumentWriter.WriteArticle(json, model.Article);
            json.WriteString("phrase", model.Phrase);
            json.WriteBoolean("ignoreCase", model.Options.IgnoreCase);
            json.WriteBoolean("normalizePunctuation", model.Options.Normalize);
            json.WriteBoolean("presentNow", model.PresentNow);
            json.WriteStartArray("presences");
            foreach (var presence in model.Presences)
            {
                json.WriteStartObject();
                JsonDocumentWriter.WriteRevisionRef(json, "introducedIn", presence.IntroducedIn, zone);
                JsonDocumentWriter.WriteRevisionRef(json, "removedIn", presence.RemovedIn, zone);
                JsonDocumentWriter.WriteSeconds(json, "presentForSeconds", presence.Interval.HasEnd ? presence.Interval.Duration : null);
                json.WriteNumber("occurrences", presence.Occurrences);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }
}
