using ArticleRevisions.Model;

namespace ArticleRevisions.Provenance;

/// <summary>
/// Who wrote what in one revision: every sentence and word of its text with the revision that introduced it,
/// and all text removed up to and including it.
/// </summary>
/// <remarks>This type is immutable and thread-safe. It knows nothing of how it will be shown.</remarks>
public sealed class ProvenanceReport
{
    internal ProvenanceReport(
        Revision revision,
        IReadOnlyList<AttributedSegment> sentences,
        IReadOnlyList<AttributedSegment> words,
        IReadOnlyList<RemovedText> removed)
    {
        Revision = revision;
        Sentences = sentences;
        Words = words;
        Removed = removed;
    }

    /// <summary>Gets the revision the report is about.</summary>
    public Revision Revision { get; }

    /// <summary>Gets the revision's sentences in text order, each with the revision that introduced it.</summary>
    /// <remarks>
    /// These are the <see cref="Text.SegmentKind.Sentence"/> segments of
    /// <see cref="Text.TextSegmenter.SplitSentences(string)"/>; only white space lies between them. A sentence
    /// keeps its origin while its normalised text stands, wherever it moves; a changed sentence belongs to the
    /// revision that last changed it; a sentence whose text a revert puts back gets its first origin again.
    /// </remarks>
    public IReadOnlyList<AttributedSegment> Sentences { get; }

    /// <summary>Gets the revision's words and marks in text order, each with the revision that introduced its first character.</summary>
    /// <remarks>
    /// These are the <see cref="Text.SegmentKind.Word"/> and <see cref="Text.SegmentKind.Punctuation"/> segments of
    /// <see cref="Text.TextSegmenter.SplitWords(string)"/>, so every character that is not white space is covered
    /// (punctuation and markup included); only white space lies between them.
    /// </remarks>
    public IReadOnlyList<AttributedSegment> Words { get; }

    /// <summary>Gets the text removed by this revision and every one before it, in order of removal and then position.</summary>
    /// <remarks>
    /// Each entry is a run of words with one origin, removed by one revision. Words that stand in the revision again,
    /// put back by a later revision (a revert), are left out, so the list holds only text that is absent; they are
    /// among <see cref="Words"/> with their <see cref="AttributedSegment.RestoredIn"/>. White space alone is not listed.
    /// </remarks>
    public IReadOnlyList<RemovedText> Removed { get; }
}
