using System.Collections.Immutable;

namespace ArticleRevisions.Storage;

/// <summary>One revision's derived facts as the facts sidecar keeps them: plain values, whose meaning the reports layer owns.</summary>
/// <param name="Hash">The revision's chain hash, the key.</param>
/// <param name="Title">The revision's title, if any (copied so a log needs no line of the history).</param>
/// <param name="Editor">The revision's editor, if any.</param>
/// <param name="Note">The revision's note, if any.</param>
/// <param name="Counts">The comparison's counts, in the order the reports layer writes them.</param>
/// <param name="Verdict">The verdict's name.</param>
/// <param name="Labels">The labels' names.</param>
/// <param name="Keys">Fingerprints the reports layer compares across revisions (to tell reverts), in its own notation.</param>
internal sealed record StoredFacts(string Hash, string? Title, string? Editor, string? Note, ImmutableArray<int> Counts, string Verdict, ImmutableArray<string> Labels, ImmutableArray<string> Keys);
