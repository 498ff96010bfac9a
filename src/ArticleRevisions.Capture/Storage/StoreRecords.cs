using System.Text.Json.Serialization;

namespace ArticleRevisions.Capture.Storage;

/// <summary>The state file's JSON shape; times as ISO-8601 UTC strings.</summary>
internal sealed record StateRecord(
    string? FetchedUri,
    string? ETag,
    string? LastModified,
    string? LastCheck,
    string? LastSeenUnchanged,
    int? LastStatus,
    bool Broken,
    bool TooLarge,
    RawRecord? Raw,
    string? Extractor,
    int UnchangedStreak,
    string? NextDue);

/// <summary>A raw-source reference as JSON holds it.</summary>
internal sealed record RawRecord(string Sha256, string MediaType, long Length);

/// <summary>Source-generated JSON for capture's own files (reflection-free, so Native AOT works).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(StateRecord))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;

/// <summary>What the watcher remembers about a feed: validators, the schedule and every entry it has already taken.</summary>
internal sealed record FeedStateRecord(string? ETag, string? LastModified, string? NextDue, int UnchangedStreak, string[]? Seen);

/// <summary>Source-generated JSON for feed state.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(FeedStateRecord))]
internal sealed partial class FeedJsonContext : JsonSerializerContext;
