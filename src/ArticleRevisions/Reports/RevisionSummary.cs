using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Reports;

/// <summary>A revision as a log lists it: its number, times, who and why, and its chain hash, without its text.</summary>
/// <remarks>This type is immutable and thread-safe, and compares by value.</remarks>
/// <param name="Number">The 1-based revision number.</param>
/// <param name="At">When the revision became current.</param>
/// <param name="ObservedAt">When it was captured, if later than <paramref name="At"/>.</param>
/// <param name="Title">The article's title as this revision showed it, if recorded.</param>
/// <param name="Editor">Who made it, if recorded.</param>
/// <param name="Note">Its edit summary or correction notice, if any.</param>
/// <param name="Hash">Its SHA-256 chain hash, 64 lowercase hexadecimal digits.</param>
public sealed record RevisionSummary(int Number, Instant At, Instant? ObservedAt, string? Title, string? Editor, string? Note, string Hash)
{
    /// <summary>Describes <paramref name="revision"/> without its text.</summary>
    /// <param name="revision">The revision.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="revision"/> is null.</exception>
    public static RevisionSummary Of(Revision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return new RevisionSummary(revision.Number, revision.At, revision.ObservedAt, revision.Title, revision.Editor, revision.Note, revision.Hash);
    }
}
