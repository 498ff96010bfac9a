namespace ArticleRevisions.Text;

/// <summary>What the first character of a word says about whether it can start a sentence.</summary>
internal enum LetterCase : byte
{
    /// <summary>Not a letter or digit (a symbol, or nothing at all).</summary>
    None,

    /// <summary>An uppercase or titlecase letter.</summary>
    Upper,

    /// <summary>A lowercase letter.</summary>
    Lower,

    /// <summary>A letter of a script without case, such as Han or Arabic.</summary>
    Caseless,

    /// <summary>A decimal digit.</summary>
    Digit,
}
