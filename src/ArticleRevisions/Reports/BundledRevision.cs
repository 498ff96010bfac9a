using ArticleRevisions.Model;

namespace ArticleRevisions.Reports;

/// <summary>One side of an <see cref="EvidenceBundle"/>: the revision, the hash its chain hash follows, and its raw source when it has one.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Revision">The revision.</param>
/// <param name="PreviousHash">
/// The hash of the line before it in the history's chain (the revision or event before it, or the sealed header),
/// or null for the first revision of an unsealed history: with it, the revision's own hash can be recomputed from
/// the bundle alone.
/// </param>
/// <param name="RawSource">The raw source it was extracted from, or null when the revision names none.</param>
public sealed record BundledRevision(Revision Revision, string? PreviousHash, RawSourceCopy? RawSource);
