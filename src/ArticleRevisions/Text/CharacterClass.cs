namespace ArticleRevisions.Text;

/// <summary>How the word splitter treats a text element, judged by its first code point.</summary>
internal enum CharacterClass : byte
{
    /// <summary>Punctuation, symbols (emoji among them), controls and anything else.</summary>
    Symbol,

    /// <summary>A letter, mark or non-decimal number of a script that puts spaces between words.</summary>
    Letter,

    /// <summary>A decimal digit.</summary>
    Digit,

    /// <summary>A letter of a script written without spaces between words (Han, kana, Thai, Lao, Khmer, Myanmar).</summary>
    UnspacedLetter,

    /// <summary>White space, line breaks included.</summary>
    Space,
}
