using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Timeline;

/// <summary>One stretch of time during which a phrase was in the article.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="IntroducedIn">The revision in which the phrase appeared.</param>
/// <param name="RemovedIn">The revision in which it disappeared, or null when it is still there.</param>
/// <param name="Occurrences">How many times it occurs in <paramref name="IntroducedIn"/>.</param>
public sealed record PhrasePresence(Revision IntroducedIn, Revision? RemovedIn, int Occurrences)
{
    /// <summary>Gets when the phrase was present: from its introduction until its removal (open-ended while present).</summary>
    public Interval Interval => new(IntroducedIn.At, RemovedIn?.At);
}
