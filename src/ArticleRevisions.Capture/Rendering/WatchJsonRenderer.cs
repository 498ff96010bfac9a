using ArticleRevisions.Capture.Watching;
using ArticleRevisions.Rendering;
using ArticleRevisions.Text;

namespace ArticleRevisions.Capture.Rendering;

/// <summary>
/// Writes what a watch does as JSON Lines following the <c>artrev-watch-log</c> schema, version 1 (see the README):
/// one compact object per event (<c>type</c> <c>captured</c>, <c>newArticle</c>, <c>feedUnchanged</c>,
/// <c>feedFailed</c>, <c>alert</c>, <c>webhookFailed</c>) and one per finished round (<c>type</c> <c>round</c>), each
/// on its own line, so a consumer can read the stream line by line while the watch runs.
/// </summary>
/// <remarks>A captured event carries the capture as <see cref="CaptureJsonRenderer"/> writes it. This type is immutable and thread-safe.</remarks>
public sealed class WatchJsonRenderer : IRenderer<WatchEvent>, IRenderer<WatchRound>
{
    /// <summary>The schema name written in every line.</summary>
    public const string SchemaName = "artrev-watch-log";

    /// <inheritdoc/>
    public void Render(WatchEvent model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        CaptureJson.Write(writer, indented: false, json =>
        {
            Start(json, CaptureJson.Name(model.Kind));
            json.WriteString("at", TimeFormat.Utc(model.At));
            json.WriteString("source", model.SourceId);
            json.WriteString("message", model.Message);
            if (model.Capture is { } capture)
            {
                json.WriteStartObject("capture");
                CaptureJson.WriteCapture(json, capture, null);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("capture");
            }
        });
    }

    /// <inheritdoc/>
    public void Render(WatchRound model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        CaptureJson.Write(writer, indented: false, json =>
        {
            Start(json, "round");
            json.WriteString("started", TimeFormat.Utc(model.Started));
            json.WriteNumber("checked", model.Checked);
            json.WriteNumber("changed", model.Changed);
            json.WriteNumber("gone", model.Gone);
            json.WriteNumber("failed", model.Failed);
            json.WriteNumber("newArticles", model.NewArticles);
            json.WriteNumber("alerts", model.Alerts);
            CaptureJson.WriteString(json, "nextDue", model.NextDue is { } due ? TimeFormat.Utc(due) : null);
        });
    }

    private static void Start(System.Text.Json.Utf8JsonWriter json, string type)
    {
        json.WriteString("schema", SchemaName);
        json.WriteNumber("schemaVersion", CaptureJson.SchemaVersion);
        json.WriteString("type", type);
    }
}
