using System.Text.Json.Serialization;

namespace ArticleRevisions.Capture.Watching;

/// <summary>The watch list file's JSON shape (see <c>schemas/artrev-watch.schema.json</c>).</summary>
internal sealed record WatchListRecord(
    [property: JsonPropertyName("$schema")] string? Schema,
    string? Format,
    int? Version,
    SourceRecord[]? Sources,
    AlertsRecord? Alerts);

/// <summary>One source as the watch list file holds it.</summary>
internal sealed record SourceRecord(
    string? Id,
    string? Url,
    string? Kind,
    string? Interval,
    string? Zone,
    string? Language,
    string? Declaration,
    string? Title,
    string? Feed);

/// <summary>The alert settings as the watch list file holds them.</summary>
internal sealed record AlertsRecord(string? On, string[]? Phrases, string? Webhook);

/// <summary>Source-generated JSON for the watch list (reflection-free, so Native AOT works).</summary>
// Unknown fields are refused, as the schema refuses them: a misspelt "intreval" must not be silently ignored.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = true, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true, UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(WatchListRecord))]
internal sealed partial class WatchJsonContext : JsonSerializerContext;
