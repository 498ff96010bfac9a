namespace ArticleRevisions.Provenance;

/// <summary>
/// A word a revision removed, remembered so that a later revision putting it back (a revert) can give it its
/// origin again. It is found by its normalised text and the words that stood either side of it.
/// </summary>
internal sealed class RemovedWord
{
    public RemovedWord(string key, string left, string right, int[] origins, int[] restoredIn, int removedIn)
    {
        Key = key;
        Left = left;
        Right = right;
        Origins = origins;
        RestoredIn = restoredIn;
        RemovedIn = removedIn;
    }

    public string Key { get; }

    /// <summary>Gets the key of the word before it when it was removed, or empty at the start of the text.</summary>
    public string Left { get; }

    /// <summary>Gets the key of the word after it when it was removed, or empty at the end of the text.</summary>
    public string Right { get; }

    /// <summary>Gets the origin of each of its characters.</summary>
    public int[] Origins { get; }

    /// <summary>Gets, for each of its characters, the revision that had last put it back before it was removed, or 0.</summary>
    /// <remarks>
    /// Per character, like <see cref="Origins"/>, because a character diff can join text of different revisions into
    /// one word: a restoring revision belongs with the origin of the character it was recorded for, and given to a
    /// character written later it would say that text was put back before it was written.
    /// </remarks>
    public int[] RestoredIn { get; }

    public int RemovedIn { get; }

    /// <summary>Gets or sets whether a later revision has put it back, so it cannot be put back twice.</summary>
    public bool Reclaimed { get; set; }
}
