namespace ArticleRevisions.Diffing;

/// <summary>
/// A run of words the engine refined into characters (at <see cref="DiffGranularity.Character"/>), with the word
/// edits it replaced, so the word-level view of the same comparison needs no second diff.
/// </summary>
/// <param name="FirstAtom">The index of the first character atom of the run.</param>
/// <param name="AtomCount">How many character atoms the run holds.</param>
/// <param name="Deleted">The deleted words, as the word level would have shown them (possibly empty).</param>
/// <param name="Inserted">The inserted words, as the word level would have shown them (possibly empty).</param>
internal readonly record struct CoarseEdit(int FirstAtom, int AtomCount, Atom Deleted, Atom Inserted);
