using System.Text.Json.Serialization;

namespace ArticleRevisions.Capture.Extraction;

/// <summary>Source-generated JSON for declarations (reflection-free, so Native AOT works).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true, UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(DeclarationRecord))]
internal sealed partial class DeclarationJsonContext : JsonSerializerContext;
