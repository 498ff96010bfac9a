using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>How two versions are compared: the granularity, what counts as noise, and whether moves are found.</summary>
/// <remarks>
/// The noise options change only which pieces of text are taken as equal; results always show and keep the real
/// text, and say how many differences were not shown. This type is immutable and thread-safe.
/// </remarks>
public sealed record DiffOptions
{
    /// <summary>Gets the default options: word granularity, NFC normalisation and move detection on, nothing else ignored.</summary>
    public static DiffOptions Default { get; } = new();

    /// <summary>Gets the smallest unit reported as changed. Default: <see cref="DiffGranularity.Word"/>.</summary>
    public DiffGranularity Granularity { get; init; } = DiffGranularity.Word;

    /// <summary>Gets whether runs of white space, re-wrapped lines and trailing white space count as equal.</summary>
    public bool IgnoreWhitespace { get; init; }

    /// <summary>Gets whether letters that differ only in case count as equal.</summary>
    public bool IgnoreCase { get; init; }

    /// <summary>
    /// Gets whether typographic variants count as equal: curly and straight quotes, « » and ", dashes and hyphens,
    /// the ellipsis and three full stops, and non-breaking and ordinary spaces.
    /// </summary>
    public bool NormalizePunctuation { get; init; }

    /// <summary>Gets whether canonically equivalent Unicode sequences (NFC) count as equal. Default: on.</summary>
    public bool NormalizeUnicode { get; init; } = true;

    /// <summary>Gets whether a sentence or paragraph deleted in one place and inserted in another is reported as a move. Default: on.</summary>
    public bool DetectMoves { get; init; } = true;

    /// <summary>Gets the key normaliser that applies these options' notion of equal text.</summary>
    internal KeyNormalizer Keys => new(NormalizeUnicode, NormalizePunctuation, IgnoreCase, IgnoreWhitespace);
}
