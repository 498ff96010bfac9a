namespace ArticleRevisions.Diffing;

/// <summary>How much changed between two versions, counted in words, sentences and paragraphs.</summary>
/// <remarks>
/// A paragraph or sentence is "changed" when it is paired with a similar one in the other version and edited
/// inside; "added" and "removed" ones have no counterpart; "moved" ones were found elsewhere. Words are counted in
/// inserted and deleted text, including inside changed moves. This type is immutable and thread-safe.
/// </remarks>
public sealed record DiffStatistics
{
    /// <summary>Gets the number of words in inserted text.</summary>
    public int WordsAdded { get; init; }

    /// <summary>Gets the number of words in deleted text.</summary>
    public int WordsRemoved { get; init; }

    /// <summary>Gets the number of sentences with no counterpart in the old version.</summary>
    public int SentencesAdded { get; init; }

    /// <summary>Gets the number of sentences with no counterpart in the new version.</summary>
    public int SentencesRemoved { get; init; }

    /// <summary>Gets the number of sentences edited inside.</summary>
    public int SentencesChanged { get; init; }

    /// <summary>Gets the number of sentences moved to another place.</summary>
    public int SentencesMoved { get; init; }

    /// <summary>Gets the number of paragraphs with no counterpart in the old version.</summary>
    public int ParagraphsAdded { get; init; }

    /// <summary>Gets the number of paragraphs with no counterpart in the new version.</summary>
    public int ParagraphsRemoved { get; init; }

    /// <summary>Gets the number of paragraphs edited inside.</summary>
    public int ParagraphsChanged { get; init; }

    /// <summary>Gets the number of paragraphs moved to another place.</summary>
    public int ParagraphsMoved { get; init; }
}
