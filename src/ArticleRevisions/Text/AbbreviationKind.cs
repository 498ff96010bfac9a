namespace ArticleRevisions.Text;

/// <summary>How a known abbreviation ending in a period affects a sentence boundary after it.</summary>
internal enum AbbreviationKind : byte
{
    /// <summary>Not a known abbreviation: the period ends a sentence if a sentence can start after it.</summary>
    None,

    /// <summary>Stands before what it qualifies and never ends a sentence: <c>Mr.</c>, <c>Gen.</c>, <c>e.g.</c>, <c>вул.</c>, <c>ім.</c>.</summary>
    NeverFinal,

    /// <summary>Stands before a number, where it does not end a sentence: <c>No. 5</c>, <c>Jan. 7</c>, <c>п. 3</c>.</summary>
    BeforeNumber,

    /// <summary>
    /// Ends a sentence only after a number and before a word that commonly starts one (<c>2024 р. Наступного</c>);
    /// anywhere else it does not (<c>р. Дніпро</c>, <c>м. Київ</c>, <c>1941–1945 рр. Україна</c>).
    /// </summary>
    AfterNumber,
}
