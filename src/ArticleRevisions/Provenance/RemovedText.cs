using NodaTime;

namespace ArticleRevisions.Provenance;

/// <summary>A stretch of text that a revision removed: who wrote it, who removed it, and how long it stood.</summary>
/// <remarks>This type is immutable and thread-safe, and compares by value.</remarks>
public sealed record RemovedText
{
    internal RemovedText(string text, int start, RevisionMark origin, RevisionMark removedIn)
    {
        Text = text;
        Start = start;
        Origin = origin;
        RemovedIn = removedIn;
    }

    /// <summary>Gets the removed text: one or more words and the punctuation and white space between them.</summary>
    public string Text { get; }

    /// <summary>Gets where the text started in the revision before <see cref="RemovedIn"/>, in UTF-16 code units.</summary>
    public int Start { get; }

    /// <summary>Gets the revision that introduced the text.</summary>
    public RevisionMark Origin { get; }

    /// <summary>Gets the revision that removed the text.</summary>
    public RevisionMark RemovedIn { get; }

    /// <summary>Gets how long the text stood: from its origin's instant to its removal's.</summary>
    /// <remarks>
    /// Text that a revert once put back keeps its first origin, so for it this span includes the time it was
    /// absent before the revert.
    /// </remarks>
    public Duration Survived => RemovedIn.At - Origin.At;
}
