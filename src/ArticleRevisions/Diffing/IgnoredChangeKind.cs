namespace ArticleRevisions.Diffing;

/// <summary>A kind of difference that the comparison options told it to treat as equal.</summary>
public enum IgnoredChangeKind
{
    /// <summary>White space: runs, line wrapping, trailing spaces, non-breaking spaces.</summary>
    Whitespace,

    /// <summary>Letter case.</summary>
    Case,

    /// <summary>Curly against straight quotes and apostrophes, « » against ".</summary>
    Quotes,

    /// <summary>Dashes against hyphens.</summary>
    Dashes,

    /// <summary>The ellipsis character against three full stops.</summary>
    Ellipses,

    /// <summary>Canonically equivalent Unicode sequences (composed against decomposed accents).</summary>
    UnicodeNormalization,
}
