namespace ArticleRevisions.Tests.Diffing;

/// <summary>Two texts and, for each word or mark of each (white space aside), whether the edit between them changed it.</summary>
/// <param name="Old">The old text.</param>
/// <param name="New">The new text.</param>
/// <param name="Deleted">For each token of the old text in order, whether it was deleted or replaced.</param>
/// <param name="Inserted">For each token of the new text in order, whether it was inserted or is a replacement.</param>
internal sealed record KnownEdit(string Old, string New, bool[] Deleted, bool[] Inserted)
{
    public override string ToString() => $"{TextGen.Describe(Old)} => {TextGen.Describe(New)}";
}
