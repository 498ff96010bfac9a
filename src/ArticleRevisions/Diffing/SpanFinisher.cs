using System.Collections.Immutable;
using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>
/// Turns the engine's atoms into the spans of a result: white space ignored where asked, white space between two
/// edits folded into them, deletions before insertions at each change, and neighbours of one kind merged.
/// </summary>
internal static class SpanFinisher
{
    public static ImmutableArray<DiffSpan> Finish(IReadOnlyList<Atom> atoms, string oldText, string newText, DiffOptions options)
    {
        // Each pass reads one list and writes the other: two lists for the passes, not one each, and both in
        // chunks (a list of 37,000 atoms would lie in the large-object heap, where it stays until a full collection).
        // Neighbours are merged as the passes that reorder and trim atoms write them, not in passes of their own.
        var found = new ChunkedList<Atom>();
        foreach (var a in atoms)
        {
            found.Add(options.IgnoreWhitespace && IsPlainEdit(a) && IsWhitespace(oldText, newText, a) && !SplitsWords(oldText, newText, a) ? a with { Kind = DiffSpanKind.Unchanged } : a);
        }

        var other = new ChunkedList<Atom>();
        AbsorbWhitespaceBetweenEdits(found, other, oldText, newText);
        DeletionsFirst(other, new Merging(found));
        TrimSharedWhitespace(found, new Merging(other), oldText, newText);
        return ToSpans(other);
    }

    /// <summary>White space as the keys count it: a byte-order mark or zero-width space included (a leading BOM is no edit under -w).</summary>
    private static bool IsWhitespace(string oldText, string newText, Atom atom) =>
        IsSpaceLike(oldText.AsSpan(atom.OldStart, atom.OldLength)) && IsSpaceLike(newText.AsSpan(atom.NewStart, atom.NewLength));

    /// <summary>
    /// Tells whether a white-space edit separates two words in one text and not in the other (<c>abX</c> and
    /// <c>ab X</c>): under -w white space counts where it breaks two words apart, so such an edit is a change, not
    /// white space to ignore.
    /// </summary>
    private static bool SplitsWords(string oldText, string newText, Atom atom) => atom.Kind == DiffSpanKind.Deleted
        ? BreaksWords(oldText, atom.OldStart, atom.OldEnd) != BreaksWords(newText, atom.NewStart, atom.NewStart)
        : BreaksWords(oldText, atom.OldStart, atom.OldStart) != BreaksWords(newText, atom.NewStart, atom.NewEnd);

    /// <summary>
    /// Tells whether the white space around [<paramref name="start"/>, <paramref name="end"/>) of
    /// <paramref name="text"/> (none when there is none) stands between two letters or digits, as the keys count a
    /// word break under -w.
    /// </summary>
    private static bool BreaksWords(string text, int start, int end)
    {
        while (start > 0 && CharacterClassifier.IsSpaceLike(text[start - 1]))
        {
            start--;
        }

        while (end < text.Length && CharacterClassifier.IsSpaceLike(text[end]))
        {
            end++;
        }

        if (start == end || start == 0 || end == text.Length)
        {
            return false;
        }

        var before = start - 1;
        if (char.IsLowSurrogate(text[before]) && before > 0 && char.IsHighSurrogate(text[before - 1]))
        {
            before--;
        }

        return KeyNormalizer.IsSpacedWord(CharacterClassifier.Classify(text, before, text.Length))
            && KeyNormalizer.IsSpacedWord(CharacterClassifier.Classify(text, end, text.Length));
    }

    private static bool IsSpaceLike(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!CharacterClassifier.IsSpaceLike(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPlainEdit(Atom atom) => atom.MoveId == 0 && atom.Kind is DiffSpanKind.Deleted or DiffSpanKind.Inserted;

    /// <summary>
    /// "[-new-] [-offensive-]" reads worse than "[-new offensive-]": a stretch of unchanged white space between
    /// edits that both delete and insert joins them.
    /// </summary>
    private static void AbsorbWhitespaceBetweenEdits(ChunkedList<Atom> atoms, ChunkedList<Atom> result, string oldText, string newText)
    {
        result.Clear();
        for (var i = 0; i < atoms.Count; i++)
        {
            var atom = atoms[i];
            if (atom.Kind == DiffSpanKind.Unchanged
                && i > 0 && i + 1 < atoms.Count
                && IsPlainEdit(atoms[i - 1]) && IsPlainEdit(atoms[i + 1])
                && IsWhitespace(oldText, newText, atom)
                && RegionHasBoth(atoms, i))
            {
                result.Add(new Atom(DiffSpanKind.Deleted, atom.OldStart, atom.OldLength, atom.NewStart, 0));
                result.Add(new Atom(DiffSpanKind.Inserted, atom.OldStart, 0, atom.NewStart, atom.NewLength));
                continue;
            }

            result.Add(atom);
        }
    }

    private static bool RegionHasBoth(ChunkedList<Atom> atoms, int at)
    {
        bool deleted = false, inserted = false;
        for (var k = at - 1; k >= 0 && IsPlainEdit(atoms[k]); k--)
        {
            deleted |= atoms[k].Kind == DiffSpanKind.Deleted;
            inserted |= atoms[k].Kind == DiffSpanKind.Inserted;
        }

        for (var k = at + 1; k < atoms.Count && IsPlainEdit(atoms[k]); k++)
        {
            deleted |= atoms[k].Kind == DiffSpanKind.Deleted;
            inserted |= atoms[k].Kind == DiffSpanKind.Inserted;
        }

        return deleted && inserted;
    }

    /// <summary>
    /// "[-new offensive -]{+combat +}" becomes "[-new offensive-]{+combat+} ": white space that a replacement's two
    /// sides share at their ends is unchanged text, not part of the edit.
    /// </summary>
    private static void TrimSharedWhitespace(ChunkedList<Atom> atoms, Merging result, string oldText, string newText)
    {
        for (var i = 0; i < atoms.Count; i++)
        {
            var atom = atoms[i];
            if (i + 1 >= atoms.Count || !IsPlainEdit(atom) || atom.Kind != DiffSpanKind.Deleted
                || !IsPlainEdit(atoms[i + 1]) || atoms[i + 1].Kind != DiffSpanKind.Inserted)
            {
                result.Add(atom);
                continue;
            }

            var deleted = atom;
            var inserted = atoms[++i];
            if (oldText.AsSpan(deleted.OldStart, deleted.OldLength).IsWhiteSpace() || newText.AsSpan(inserted.NewStart, inserted.NewLength).IsWhiteSpace())
            {
                // A change of white space itself (a line ending, say) stays whole.
                result.Add(deleted);
                result.Add(inserted);
                continue;
            }

            var prefix = 0;
            while (prefix < deleted.OldLength - 1 && prefix < inserted.NewLength - 1
                && char.IsWhiteSpace(oldText[deleted.OldStart + prefix]) && oldText[deleted.OldStart + prefix] == newText[inserted.NewStart + prefix])
            {
                prefix++;
            }

            var suffix = 0;
            while (suffix < deleted.OldLength - prefix - 1 && suffix < inserted.NewLength - prefix - 1
                && char.IsWhiteSpace(oldText[deleted.OldStart + deleted.OldLength - 1 - suffix])
                && oldText[deleted.OldStart + deleted.OldLength - 1 - suffix] == newText[inserted.NewStart + inserted.NewLength - 1 - suffix])
            {
                suffix++;
            }

            if (prefix > 0)
            {
                result.Add(new Atom(DiffSpanKind.Unchanged, deleted.OldStart, prefix, inserted.NewStart, prefix));
            }

            result.Add(new Atom(DiffSpanKind.Deleted, deleted.OldStart + prefix, deleted.OldLength - prefix - suffix, inserted.NewStart + prefix, 0));
            result.Add(new Atom(DiffSpanKind.Inserted, deleted.OldStart + deleted.OldLength - suffix, 0, inserted.NewStart + prefix, inserted.NewLength - prefix - suffix));
            if (suffix > 0)
            {
                result.Add(new Atom(DiffSpanKind.Unchanged, deleted.OldStart + deleted.OldLength - suffix, suffix, inserted.NewStart + inserted.NewLength - suffix, suffix));
            }
        }

        result.Flush();
    }

    private static void DeletionsFirst(ChunkedList<Atom> atoms, Merging result)
    {
        var region = new List<Atom>();
        foreach (var atom in atoms)
        {
            if (atom.Kind == DiffSpanKind.Unchanged)
            {
                Flush();
                result.Add(atom);
            }
            else
            {
                region.Add(atom);
            }
        }

        Flush();
        result.Flush();
        return;

        void Flush()
        {
            // Loops rather than Where: this runs once per unchanged atom, tens of thousands of times in a large text.
            foreach (var a in region)
            {
                if (a.IsOldSide)
                {
                    result.Add(a);
                }
            }

            foreach (var a in region)
            {
                if (a.IsNewSide)
                {
                    result.Add(a);
                }
            }

            region.Clear();
        }
    }

    /// <summary>
    /// Writes atoms to a list (cleared first), joining neighbours of one kind that touch: a run of them becomes one
    /// new atom, made once, when the next atom does not join it or at <see cref="Flush"/>.
    /// </summary>
    private sealed class Merging
    {
        private readonly ChunkedList<Atom> result;

        // The first atom of the run being joined, and where the run ends so far; null when there is none.
        private Atom? first;
        private int oldEnd;
        private int newEnd;
        private bool joined;

        public Merging(ChunkedList<Atom> result)
        {
            result.Clear();
            this.result = result;
        }

        public void Add(Atom atom)
        {
            if (first is not null && CanMerge(first, oldEnd, newEnd, atom))
            {
                (oldEnd, newEnd, joined) = (oldEnd + atom.OldLength, newEnd + atom.NewLength, true);
                return;
            }

            Flush();
            (first, oldEnd, newEnd, joined) = (atom, atom.OldEnd, atom.NewEnd, false);
        }

        /// <summary>Writes the run being joined, if any.</summary>
        public void Flush()
        {
            if (first is not null)
            {
                result.Add(joined ? first with { OldLength = oldEnd - first.OldStart, NewLength = newEnd - first.NewStart } : first);
                first = null;
            }
        }
    }

    private static bool CanMerge(Atom run, int oldEnd, int newEnd, Atom next)
    {
        if (run.Kind != next.Kind || run.MoveId != 0 || next.MoveId != 0)
        {
            return false;
        }

        var oldTouches = oldEnd == next.OldStart;
        var newTouches = newEnd == next.NewStart;
        return next.Kind switch
        {
            DiffSpanKind.Deleted => oldTouches,
            DiffSpanKind.Inserted => newTouches,
            _ => oldTouches && newTouches,
        };
    }

    private static ImmutableArray<DiffSpan> ToSpans(ChunkedList<Atom> atoms)
    {
        var builder = ImmutableArray.CreateBuilder<DiffSpan>(atoms.Count);
        // Each cursor starts where the first atom with that side starts (0 when none has it).
        int oldCursor = 0, newCursor = 0;
        bool oldFound = false, newFound = false;
        foreach (var atom in atoms)
        {
            if (!oldFound && !atom.IsNewSide)
            {
                (oldCursor, oldFound) = (atom.OldStart, true);
            }

            if (!newFound && !atom.IsOldSide)
            {
                (newCursor, newFound) = (atom.NewStart, true);
            }

            if (oldFound && newFound)
            {
                break;
            }
        }

        foreach (var atom in atoms)
        {
            var inner = atom.Inner;
            var span = atom.Kind switch
            {
                DiffSpanKind.Deleted or DiffSpanKind.MovedFrom => new DiffSpan(atom.Kind, atom.OldStart, atom.OldLength, newCursor, 0, atom.MoveId, inner),
                DiffSpanKind.Inserted or DiffSpanKind.MovedTo => new DiffSpan(atom.Kind, oldCursor, 0, atom.NewStart, atom.NewLength, atom.MoveId, inner),
                _ => new DiffSpan(atom.Kind, atom.OldStart, atom.OldLength, atom.NewStart, atom.NewLength),
            };
            oldCursor += span.OldLength;
            newCursor += span.NewLength;
            builder.Add(span);
        }

        return builder.MoveToImmutable();
    }
}
