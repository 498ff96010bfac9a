using ArticleRevisions.Text;

namespace ArticleRevisions.Provenance;

/// <summary>A sentence or word of a revision's text, with the revision that introduced it.</summary>
/// <remarks>This type is immutable and thread-safe, and compares by value.</remarks>
public sealed record AttributedSegment
{
    internal AttributedSegment(Segment segment, string text, RevisionMark origin, RevisionMark? restoredIn)
    {
        Segment = segment;
        Text = text;
        Origin = origin;
        RestoredIn = restoredIn;
    }

    /// <summary>Gets where the segment lies in the text of the revision the report is about.</summary>
    public Segment Segment { get; }

    /// <summary>Gets the segment's text, exactly as it stands in that revision.</summary>
    public string Text { get; }

    /// <summary>Gets the revision that introduced the text: its number, time and editor.</summary>
    /// <remarks>
    /// Text put back by a revert keeps the revision that first introduced it, not the one that put it back; that
    /// one is <see cref="RestoredIn"/>.
    /// </remarks>
    public RevisionMark Origin { get; }

    /// <summary>Gets the latest revision that put the text back after it had been removed, or null when it has stood since its origin.</summary>
    public RevisionMark? RestoredIn { get; }
}
