using NodaTime;

namespace ArticleRevisions.Capture.Watching;

/// <summary>What one round over a collection did: how many sources were due and checked, and how many changed, went or failed.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Started">When the round began.</param>
/// <param name="Checked">How many sources were checked.</param>
/// <param name="Changed">How many revisions were added.</param>
/// <param name="Gone">How many pages were found gone (newly or still).</param>
/// <param name="Failed">How many checks failed (fetch errors, broken or too large sources, unreadable feeds).</param>
/// <param name="NewArticles">How many articles feeds added.</param>
/// <param name="Alerts">How many alerts were raised.</param>
/// <param name="NextDue">When the next source is due, if any.</param>
public sealed record WatchRound(Instant Started, int Checked, int Changed, int Gone, int Failed, int NewArticles, int Alerts, Instant? NextDue);
