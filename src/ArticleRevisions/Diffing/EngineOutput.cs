using System.Collections.Immutable;

namespace ArticleRevisions.Diffing;

/// <summary>What one run of the <see cref="DiffEngine"/> found: atoms in reading order, move candidates and counts.</summary>
/// <param name="Atoms">The atoms in reading order; none is empty.</param>
/// <param name="Candidates">The whole sentences and paragraphs deleted or inserted, in the order met.</param>
/// <param name="Counts">Sentences and paragraphs added, removed and changed; words are counted later, from the spans.</param>
/// <param name="CoarseEdits">The runs refined into characters, in atom order; empty unless the granularity is characters.</param>
/// <param name="MayCrossAnchors">Whether aligning the whole texts as one stretch may change fewer words (see <see cref="DiffEngine.Run(string, string, DiffOptions)"/>).</param>
internal sealed record EngineOutput(
    ImmutableArray<Atom> Atoms,
    ImmutableArray<MoveCandidate> Candidates,
    DiffStatistics Counts,
    ImmutableArray<CoarseEdit> CoarseEdits,
    bool MayCrossAnchors = false)
{
    /// <summary>Gets the atoms as the word level would have them: each character run replaced by its word edits.</summary>
    public ImmutableArray<Atom> WordAtoms()
    {
        if (CoarseEdits.IsEmpty)
        {
            return Atoms;
        }

        var atoms = ImmutableArray.CreateBuilder<Atom>(Atoms.Length);
        var next = 0;
        foreach (var edit in CoarseEdits)
        {
            for (; next < edit.FirstAtom; next++)
            {
                atoms.Add(Atoms[next]);
            }

            foreach (var atom in new[] { edit.Deleted, edit.Inserted })
            {
                if (!atom.IsEmpty)
                {
                    atoms.Add(atom);
                }
            }

            next = edit.FirstAtom + edit.AtomCount;
        }

        for (; next < Atoms.Length; next++)
        {
            atoms.Add(Atoms[next]);
        }

        return atoms.ToImmutable();
    }
}
