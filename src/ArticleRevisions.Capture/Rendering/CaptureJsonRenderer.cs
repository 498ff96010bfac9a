using ArticleRevisions.Capture.Capturing;
using ArticleRevisions.Rendering;
using NodaTime;

namespace ArticleRevisions.Capture.Rendering;

/// <summary>Writes a capture's outcome as one JSON document following the <c>artrev-capture</c> schema, version 1 (see the README).</summary>
/// <remarks>
/// Indented with two spaces and <c>\n</c> line breaks; times as ISO-8601 UTC (<c>at</c>) and local RFC 3339 with
/// offset (<c>atLocal</c>); fields with no value are <c>null</c>, never left out. Native AOT safe. This type is
/// immutable and thread-safe.
/// </remarks>
public sealed class CaptureJsonRenderer : IRenderer<CaptureResult>
{
    /// <summary>The schema name written in every document.</summary>
    public const string SchemaName = "artrev-capture";

    private readonly DateTimeZone? zone;

    /// <summary>Creates the renderer.</summary>
    /// <param name="zone">The zone local times are given in; each article's own when null.</param>
    public CaptureJsonRenderer(DateTimeZone? zone = null) => this.zone = zone;

    /// <inheritdoc/>
    public void Render(CaptureResult model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        CaptureJson.Write(writer, indented: true, json =>
        {
            json.WriteString("schema", SchemaName);
            json.WriteNumber("schemaVersion", CaptureJson.SchemaVersion);
            CaptureJson.WriteCapture(json, model, zone);
        });
    }
}
