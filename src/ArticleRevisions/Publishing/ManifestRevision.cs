using ArticleRevisions.Model;

namespace ArticleRevisions.Publishing;

/// <summary>A revision as a manifest records it: its details (with an empty text, read from <paramref name="TextFile"/>), the hash before it in the chain and its files.</summary>
internal sealed record ManifestRevision(string Role, string TextFile, string? PreviousSha256, string? RawFile, Revision Details);
