using System.Collections.Immutable;

namespace ArticleRevisions.Diffing;

/// <summary>
/// Turns the engine's atoms into the spans of a result: white space ignored where asked, white space between two
/// edits folded into them, deletions before insertions at each change, and neighbours of one kind merged.
/// </summary>
internal static class SpanFinisher
{
    public static ImmutableArray<DiffSpan> Finish(List<Atom> atoms, string oldText, string newText, DiffOptions options)
    {
        if (options.IgnoreWhitespace)
        {
            foreach (var atom in atoms)
            {
                if (atom is { MoveId: 0, Kind: DiffSpanKind.Deleted or DiffSpanKind.Inserted } && IsWhitespace(oldText, newText, atom))
                {
                    atom.Kind = DiffSpanKind.Unchanged;
                }
            }
        }

        var absorbed = AbsorbWhitespaceBetweenEdits(atoms, oldText, newText);
        var ordered = DeletionsFirst(absorbed);
        return ToSpans(Merge(ordered));
    }

    private static bool IsWhitespace(string oldText, string newText, Atom atom) =>
        oldText.AsSpan(atom.OldStart, atom.OldLength).IsWhiteSpace() && newText.AsSpan(atom.NewStart, atom.NewLength).IsWhiteSpace();

    private static bool IsPlainEdit(Atom atom) => atom.MoveId == 0 && atom.Kind is DiffSpanKind.Deleted or DiffSpanKind.Inserted;

    /// <summary>
    /// "[-new-] [-offensive-]" reads worse than "[-new offensive-]": a stretch of unchanged white space between
    /// edits that both delete and insert joins them.
    /// </summary>
    private static List<Atom> AbsorbWhitespaceBetweenEdits(List<Atom> atoms, string oldText, string newText)
    {
        var result = new List<Atom>(atoms.Count);
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

        return result;
    }

    private static bool RegionHasBoth(List<Atom> atoms, int at)
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

    private static List<Atom> DeletionsFirst(List<Atom> atoms)
    {
        var result = new List<Atom>(atoms.Count);
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
        return result;

        void Flush()
        {
            result.AddRange(region.Where(a => a.IsOldSide));
            result.AddRange(region.Where(a => a.IsNewSide));
            region.Clear();
        }
    }

    private static List<Atom> Merge(List<Atom> atoms)
    {
        var result = new List<Atom>(atoms.Count);
        foreach (var atom in atoms)
        {
            if (result.Count > 0 && CanMerge(result[^1], atom))
            {
                result[^1].OldLength += atom.OldLength;
                result[^1].NewLength += atom.NewLength;
                continue;
            }

            result.Add(atom);
        }

        return result;
    }

    private static bool CanMerge(Atom last, Atom next)
    {
        if (last.Kind != next.Kind || last.MoveId != 0 || next.MoveId != 0)
        {
            return false;
        }

        var oldTouches = last.OldStart + last.OldLength == next.OldStart;
        var newTouches = last.NewStart + last.NewLength == next.NewStart;
        return next.Kind switch
        {
            DiffSpanKind.Deleted => oldTouches,
            DiffSpanKind.Inserted => newTouches,
            _ => oldTouches && newTouches,
        };
    }

    private static ImmutableArray<DiffSpan> ToSpans(List<Atom> atoms)
    {
        var builder = ImmutableArray.CreateBuilder<DiffSpan>(atoms.Count);
        var oldCursor = atoms.Where(a => !a.IsNewSide).Select(a => a.OldStart).DefaultIfEmpty(0).First();
        var newCursor = atoms.Where(a => !a.IsOldSide).Select(a => a.NewStart).DefaultIfEmpty(0).First();
        foreach (var atom in atoms)
        {
            var inner = atom.Inner.ToImmutableArray();
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
