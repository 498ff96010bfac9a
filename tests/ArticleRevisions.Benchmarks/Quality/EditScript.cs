using System.Text;
using ArticleRevisions.Text;

namespace ArticleRevisions.Benchmarks.Quality;

/// <summary>
/// A text being edited with every edit recorded: a list of pieces (words, punctuation marks, runs of white space),
/// each with its old and its new text, written out at the end in the annotated notation of
/// <see cref="AnnotatedText"/>.
/// </summary>
/// <remarks>A piece whose old and new text differ is written as a deletion followed by an insertion. This type is mutable and not thread-safe.</remarks>
internal sealed class EditScript
{
    private readonly List<Piece> pieces;

    /// <summary>Initializes a new instance of the <see cref="EditScript"/> class over an unedited text.</summary>
    public EditScript(string text)
    {
        pieces = [.. TextSegmenter.SplitWords(text).Select(s => new Piece(s.Kind, s.GetText(text), s.GetText(text)))];
    }

    /// <summary>Gets the number of pieces.</summary>
    public int Count => pieces.Count;

    /// <summary>Gets a piece.</summary>
    public Piece this[int index] => pieces[index];

    /// <summary>Gets the new text as it stands.</summary>
    public string NewText => string.Concat(pieces.Select(p => p.New));

    /// <summary>Gets the old text.</summary>
    public string OldText => string.Concat(pieces.Select(p => p.Old));

    /// <summary>Gets whether any piece changed.</summary>
    public bool Changed => pieces.Any(p => p.Old != p.New);

    /// <summary>Gives a piece new text (an empty string deletes it).</summary>
    public void Replace(int index, string newText) => pieces[index] = pieces[index] with { New = newText, Touched = true };

    /// <summary>Gives a piece its text in each version at once (white space laid out by a re-wrap, say).</summary>
    public void Lay(int index, string oldText, string newText) =>
        pieces[index] = pieces[index] with { Old = oldText, New = newText, Touched = pieces[index].Touched || oldText != newText };

    /// <summary>Swaps the two versions, so every edit runs the other way.</summary>
    public void Reverse()
    {
        for (var k = 0; k < pieces.Count; k++)
        {
            pieces[k] = pieces[k] with { Old = pieces[k].New, New = pieces[k].Old };
        }
    }

    /// <summary>Inserts a piece that only the new version has, before <paramref name="index"/>.</summary>
    public void Insert(int index, SegmentKind kind, string newText) => pieces.Insert(index, new Piece(kind, string.Empty, newText) { Touched = true });

    /// <summary>Deletes the word or mark at <paramref name="index"/> with the space after it (or else before it), so no double space is left.</summary>
    public void DeleteWithSpace(int index)
    {
        Replace(index, string.Empty);
        if (index + 1 < pieces.Count && IsSpace(index + 1))
        {
            Replace(index + 1, string.Empty);
        }
        else if (index > 0 && IsSpace(index - 1))
        {
            Replace(index - 1, string.Empty);
        }
    }

    /// <summary>Gets whether the piece is a single space in both versions, untouched.</summary>
    public bool IsSpace(int index) => pieces[index] is { Kind: SegmentKind.Whitespace, Old: " ", New: " ", Touched: false };

    /// <summary>Gets whether the piece at <paramref name="index"/> and its neighbours are untouched, so an edit there stays apart from others.</summary>
    public bool IsFree(int index) =>
        !pieces[index].Touched && (index == 0 || !pieces[index - 1].Touched) && (index + 1 == pieces.Count || !pieces[index + 1].Touched);

    /// <summary>Gets the indexes of untouched words, optionally only those matching <paramref name="filter"/>.</summary>
    public List<int> FreeWords(Func<int, bool>? filter = null) =>
        [.. Enumerable.Range(0, pieces.Count).Where(i => pieces[i].Kind == SegmentKind.Word && IsFree(i) && (filter is null || filter(i)))];

    /// <summary>Writes the script as one annotated line.</summary>
    public string ToAnnotated()
    {
        var builder = new StringBuilder();
        var deleted = new StringBuilder();
        var inserted = new StringBuilder();
        foreach (var piece in pieces)
        {
            if (piece.Old == piece.New)
            {
                Flush();
                builder.Append(AnnotatedText.Escape(piece.Old));
                continue;
            }

            deleted.Append(piece.Old);
            inserted.Append(piece.New);
        }

        Flush();
        return builder.ToString();

        void Flush()
        {
            if (deleted.Length > 0)
            {
                builder.Append("[-").Append(AnnotatedText.Escape(deleted.ToString())).Append("-]");
            }

            if (inserted.Length > 0)
            {
                builder.Append("{+").Append(AnnotatedText.Escape(inserted.ToString())).Append("+}");
            }

            deleted.Clear();
            inserted.Clear();
        }
    }

    /// <summary>One word, mark or run of white space, with its text in each version.</summary>
    public sealed record Piece(SegmentKind Kind, string Old, string New)
    {
        /// <summary>Gets whether an edit has been made here, so no other edit is placed right beside it.</summary>
        public bool Touched { get; init; }
    }
}
