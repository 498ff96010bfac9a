using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Provenance;

/// <summary>A revision as blame names it: its number, when it became current and who made it, without its text.</summary>
/// <remarks>
/// Provenance refers to revisions by these marks rather than by <see cref="Model.Revision"/>, so a report of a long
/// history, or one resumed from a kept checkpoint, does not hold every revision's text. This type is immutable and
/// thread-safe, and compares by value.
/// </remarks>
/// <param name="Number">The 1-based revision number.</param>
/// <param name="At">When the revision became current.</param>
/// <param name="Editor">Who made it, if recorded.</param>
public sealed record RevisionMark(int Number, Instant At, string? Editor)
{
    /// <summary>Names <paramref name="revision"/> by its number, time and editor.</summary>
    /// <param name="revision">The revision.</param>
    /// <returns>The mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="revision"/> is null.</exception>
    public static RevisionMark Of(Revision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        return new RevisionMark(revision.Number, revision.At, revision.Editor);
    }
}
