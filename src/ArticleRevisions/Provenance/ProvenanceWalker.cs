using System.Collections.Immutable;
using ArticleRevisions.Diffing;
using ArticleRevisions.Model;
using ArticleRevisions.Text;

namespace ArticleRevisions.Provenance;

/// <summary>
/// Walks a history from its first revision, carrying the origin of every character, and of every sentence, across
/// one diff per revision. One instance serves one walk.
/// </summary>
/// <remarks>
/// Each step reads the comparison's alignment (<see cref="CharacterMap"/>): carried text keeps its origins, other
/// text belongs to the new revision, unless it puts back words removed earlier (<see cref="WordReverts"/>) or
/// sentences found again (<see cref="SentenceLedger"/>, <see cref="SentenceReuseApplier"/>). What the step deleted
/// is recorded in runs of one origin (<see cref="RemovalRuns"/>).
/// </remarks>
internal sealed class ProvenanceWalker
{
    private readonly ArticleHistory history;
    private readonly DiffOptions options;
    private readonly WordReverts reverts;
    private readonly SentenceLedger sentences;
    private ImmutableList<RemovedText> removed = [];
    private CharacterOrigins current;

    public ProvenanceWalker(ArticleHistory history, DiffOptions options)
    {
        this.history = history;
        this.options = options;
        Revision = history.GetRevision(1);
        current = CharacterOrigins.First(Revision.Text);
        reverts = new WordReverts(options.Keys);
        sentences = new SentenceLedger(options.Keys, Revision.Text);
    }

    /// <summary>Gets the revision the walk has reached.</summary>
    public Revision Revision { get; private set; }

    /// <summary>Moves on to the next revision, comparing it with the current one.</summary>
    public void Advance()
    {
        var next = history.GetRevision(Revision.Number + 1);
        var alignment = TextDiffer.Compare(Revision.Text, next.Text, options).Alignment;
        var map = CharacterMap.From(alignment, next.Text.Length);
        var carried = current.Next(next.Text, map, next.Number);

        var lost = reverts.Remember(current, alignment.Deleted, next.Number);
        reverts.PutBack(carried, alignment.Inserted, next.Number);
        var reused = sentences.Advance(next.Text, map, next.Number, current.Origins, current.RestoredIn);
        var movedAway = SentenceReuseApplier.Apply(reused, lost, current, carried, next.Number);
        removed = removed.AddRange(RemovalRuns.Cut(history, current, alignment.Deleted, lost, movedAway, next));

        Revision = next;
        current = carried;
    }

    /// <summary>Reports the origins in the revision the walk has reached.</summary>
    public ProvenanceReport Report()
    {
        var text = Revision.Text;
        var sentenceList = sentences.Sentences
            .Select(s => Attribute(text, s.Segment, s.Origin, s.RestoredIn))
            .ToImmutableArray();
        // Every word and mark: punctuation and Markdown markup have an origin too, so blame covers every character
        // that is not white space.
        var words = current.Tokens.Segments
            .Where(s => s.Kind != SegmentKind.Whitespace)
            .Select(s => Attribute(text, s, current.Origins[s.Start], current.RestoredIn[s.Start]))
            .ToImmutableArray();
        return new ProvenanceReport(Revision, sentenceList, words, removed);
    }

    private AttributedSegment Attribute(string text, Segment segment, int origin, int restored) =>
        new(segment, segment.GetText(text), history.GetRevision(origin), restored == 0 ? null : history.GetRevision(restored));
}
