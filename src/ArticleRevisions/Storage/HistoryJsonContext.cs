using System.Text.Json.Serialization;

namespace ArticleRevisions.Storage;

/// <summary>Source-generated serialisation metadata, so reading and writing need no reflection (Native AOT).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(HeaderRecord))]
[JsonSerializable(typeof(RevisionRecord))]
[JsonSerializable(typeof(EventRecord))]
internal sealed partial class HistoryJsonContext : JsonSerializerContext
{
}
