using System.Collections.Immutable;
using ArticleRevisions.Model;

namespace ArticleRevisions.Import;

/// <summary>A draft read from a source, with the source's facts that the draft itself has no field for.</summary>
/// <param name="Draft">The draft, its time final.</param>
/// <param name="Attributes">Source facts by dotted lowercase key (<c>mediawiki.revid</c>, <c>git.commit</c>, <c>suppressed</c>).</param>
/// <param name="TimeAdjusted">Whether the draft's time was moved forward past the revision before it.</param>
/// <param name="RawFile">A file holding the raw bytes the text was extracted from, and their media type, to keep in the history's raw-source store.</param>
internal sealed record ImportedRevision(RevisionDraft Draft, ImmutableSortedDictionary<string, string> Attributes, bool TimeAdjusted = false, (string Path, string MediaType)? RawFile = null)
{
    public static readonly ImmutableSortedDictionary<string, string> NoAttributes = ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal);

    public bool IsSuppressed => Attributes.ContainsKey(AttributeNames.Suppressed);
}
