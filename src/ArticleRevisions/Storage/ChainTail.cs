using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Storage;

/// <summary>What the next line of a history chains to: the state of its last lines.</summary>
/// <param name="Article">The article as it stands (the header's, or the latest metadata change's).</param>
/// <param name="Latest">The latest revision, or null when there is none.</param>
/// <param name="LatestBase">The number of the revision whose full text the latest revision's deltas start from (0 when none).</param>
/// <param name="LastHash">The hash the next line chains to: the last line's, or the header's seal.</param>
/// <param name="LastTime">The last line's time, or null when only the header is there.</param>
/// <param name="LastEventAfter">How many revisions came before the last event (0 when there is none).</param>
/// <param name="Offset">Where in the file the next line starts.</param>
internal readonly record struct ChainTail(Article Article, Revision? Latest, int LatestBase, string LastHash, Instant? LastTime, int LastEventAfter, long Offset);
