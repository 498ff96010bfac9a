using System.Text.Json.Serialization;

namespace ArticleRevisions.Capture.Alerts;

/// <summary>An alert's JSON, as POSTed to a webhook and kept in the collection's alert log (schema <c>artrev-alert</c>).</summary>
internal sealed record AlertRecord(
    string Schema,
    int SchemaVersion,
    string Article,
    string Title,
    string Source,
    int Revision,
    string ObservedAt,
    string? PreviousSeenAt,
    string Verdict,
    bool Stealth,
    string[] Labels,
    string Summary,
    string Diff,
    string[] Phrases);

/// <summary>Source-generated JSON for alerts (reflection-free, so Native AOT works).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(AlertRecord))]
internal sealed partial class AlertJsonContext : JsonSerializerContext;
