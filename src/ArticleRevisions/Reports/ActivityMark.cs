using ArticleRevisions.Classification;
using NodaTime;

namespace ArticleRevisions.Reports;

/// <summary>One revision reduced to what a sparkline shows: when, how it was judged, and how many words it changed.</summary>
/// <remarks>This type is immutable and thread-safe, and compares by value.</remarks>
/// <param name="At">When the revision became current.</param>
/// <param name="Verdict">Its verdict against the revision before it.</param>
/// <param name="WordsChanged">Words added plus words removed.</param>
/// <param name="IsStealthEdit">Whether it is a stealth edit.</param>
/// <param name="IsReextraction">Whether it is a re-extraction rather than an edit.</param>
public readonly record struct ActivityMark(Instant At, EditVerdict Verdict, int WordsChanged, bool IsStealthEdit, bool IsReextraction)
{
    /// <summary>Reduces a reported revision to its mark.</summary>
    /// <param name="revision">The revision.</param>
    /// <returns>The mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="revision"/> is null.</exception>
    public static ActivityMark From(ReportedRevision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        var statistics = revision.Entry.Classification.Statistics;
        return new ActivityMark(revision.Revision.At, revision.Entry.Classification.Verdict, statistics.WordsAdded + statistics.WordsRemoved, revision.IsStealthEdit, revision.IsReextraction);
    }
}
