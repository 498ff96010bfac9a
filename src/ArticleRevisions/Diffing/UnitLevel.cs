namespace ArticleRevisions.Diffing;

/// <summary>The levels the hierarchical diff descends through, coarsest first.</summary>
internal enum UnitLevel
{
    Paragraph,
    Sentence,
    Word,
    Character,
}
