using System.Collections.Immutable;
using ArticleRevisions.Diffing;
using ArticleRevisions.Model;
using ArticleRevisions.Text;

namespace ArticleRevisions.Provenance;

/// <summary>
/// Walks a history from its first revision (or from a checkpoint), carrying the origin of every character, and of
/// every sentence, across one diff per revision. One instance serves one walk; it is given each revision in turn,
/// so the history need not be in memory.
/// </summary>
/// <remarks>
/// Each step reads the comparison's alignment (<see cref="CharacterMap"/>): carried text keeps its origins, other
/// text belongs to the new revision, unless it puts back words removed earlier (<see cref="WordReverts"/>) or
/// sentences found again (<see cref="SentenceLedger"/>, <see cref="SentenceReuseApplier"/>). What the step deleted
/// is recorded in runs of one origin (<see cref="RemovalRuns"/>). Revisions are kept only as marks (number, time,
/// editor); the walk holds one revision's text.
/// </remarks>
internal sealed class ProvenanceWalker
{
    /// <summary>The version of what the walk answers and of the state a checkpoint keeps; raise it when either changes.</summary>
    /// <remarks>3: checkpoints extended by appended blocks.</remarks>
    public const int Version = 3;

    private readonly List<RevisionMark> marks;
    private readonly List<RemovalRecord> removed;

    public ProvenanceWalker(Revision first, DiffOptions options)
        : this(first, options, TextLayout.Of(first.Text, options.Keys))
    {
    }

    private ProvenanceWalker(Revision first, DiffOptions options, TextLayout layout)
        : this(first, options, layout, CharacterOrigins.First(first.Text, layout.Tokens), new WordReverts(options.Keys), new SentenceLedger(layout), [RevisionMark.Of(first)], [])
    {
        if (first.Number != 1)
        {
            throw new ArgumentException($"A walk starts at revision 1, not {first.Number}.", nameof(first));
        }
    }

    /// <summary>Resumes a walk from a checkpoint's state at <paramref name="revision"/>.</summary>
    internal ProvenanceWalker(
        Revision revision,
        DiffOptions options,
        TextLayout layout,
        CharacterOrigins current,
        WordReverts reverts,
        SentenceLedger sentences,
        List<RevisionMark> marks,
        List<RemovalRecord> removed)
    {
        Revision = revision;
        Options = options;
        Layout = layout;
        Current = current;
        Reverts = reverts;
        Sentences = sentences;
        this.marks = marks;
        this.removed = removed;
    }

    /// <summary>Gets the revision the walk has reached.</summary>
    public Revision Revision { get; private set; }

    /// <summary>Gets whether the walk can go on: false for one resumed only to report (its removed words and sentences were not read).</summary>
    internal bool CanAdvance { get; init; } = true;

    /// <summary>Gets where the checkpoint this walk resumed from left it, so an extension writes only what came after; null for a walk from the first revision.</summary>
    internal ProvenanceCheckpoint.Resumed? ResumedFrom { get; init; }

    internal DiffOptions Options { get; }

    /// <summary>Gets the words and sentences of the revision reached, from which the next one's are made.</summary>
    internal TextLayout Layout { get; private set; }

    internal CharacterOrigins Current { get; private set; }

    internal WordReverts Reverts { get; }

    internal SentenceLedger Sentences { get; }

    /// <summary>Gets the mark of every revision up to the one reached, by number - 1.</summary>
    internal IReadOnlyList<RevisionMark> Marks => marks;

    /// <summary>Gets every removal so far, in order of removal and then position.</summary>
    internal IReadOnlyList<RemovalRecord> Removed => removed;

    /// <summary>Moves on to <paramref name="next"/>, comparing it with the current revision.</summary>
    /// <exception cref="ArgumentException"><paramref name="next"/> is not the revision after the current one.</exception>
    /// <exception cref="InvalidOperationException">The walk was resumed only to report.</exception>
    public void Advance(Revision next)
    {
        if (!CanAdvance)
        {
            throw new InvalidOperationException("This walk was resumed only to report; it cannot go on.");
        }

        if (next.Number != Revision.Number + 1)
        {
            throw new ArgumentException($"The walk is at revision {Revision.Number}; revision {next.Number} cannot follow it.", nameof(next));
        }

        var alignment = TextDiffer.Compare(Revision.Text, next.Text, Options).Alignment;
        var map = CharacterMap.From(alignment, next.Text.Length);
        var old = Current;
        var layout = Layout.Next(next.Text, map, Options.Keys);
        var carried = old.Next(next.Text, layout.Tokens, map, next.Number);

        var lost = Reverts.Remember(old, alignment.Deleted, next.Number);
        Reverts.PutBack(carried, alignment.Inserted, next.Number);
        var reused = Sentences.Advance(layout, map, next.Number, old.Origins, old.RestoredIn);
        var movedAway = SentenceReuseApplier.Apply(reused, lost, old, carried, next.Number);
        removed.AddRange(RemovalRuns.Cut(old, alignment.Deleted, lost, movedAway, next.Number));

        marks.Add(RevisionMark.Of(next));
        Revision = next;
        Layout = layout;
        Current = carried;
    }

    /// <summary>Reports the origins in the revision the walk has reached.</summary>
    public ProvenanceReport Report()
    {
        var text = Revision.Text;
        var current = Current;
        var sentenceList = Sentences.Sentences
            .Select(s => Attribute(text, s.Segment, s.Origin, s.RestoredIn))
            .ToImmutableArray();
        // Every word and mark: punctuation and Markdown markup have an origin too, so blame covers every character
        // that is not white space.
        var words = current.Tokens.Segments
            .Where(s => s.Kind != SegmentKind.Whitespace)
            .Select(s => Attribute(text, s, current.Origins[s.Start], current.RestoredIn[s.Start]))
            .ToImmutableArray();
        var absent = RemovalsPresentAgain.LeaveOut(removed, current, Options.Keys)
            .Select(r => new RemovedText(r.Text, r.Start, marks[r.Origin - 1], marks[r.RemovedIn - 1]))
            .ToImmutableArray();
        return new ProvenanceReport(Revision, sentenceList, words, absent);
    }

    private AttributedSegment Attribute(string text, Segment segment, int origin, int restored) =>
        new(segment, segment.GetText(text), marks[origin - 1], restored == 0 ? null : marks[restored - 1]);
}
