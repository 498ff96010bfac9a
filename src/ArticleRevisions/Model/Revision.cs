using NodaTime;

namespace ArticleRevisions.Model;

/// <summary>
/// One dated version of an article in its history: the text exactly as captured, what is known about it, and a
/// hash that chains it to the revision before it.
/// </summary>
/// <remarks>
/// This type is immutable and thread-safe. Constructing a revision checks each value on its own; whether its
/// <see cref="Hash"/> matches its content and predecessor is checked by <see cref="ArticleHistory.Verify"/>.
/// </remarks>
public sealed record Revision
{
    /// <summary>Creates a revision from stored values.</summary>
    /// <param name="number">The 1-based position of the revision in its history.</param>
    /// <param name="at">When this version became current.</param>
    /// <param name="text">The full text, exactly as captured.</param>
    /// <param name="hash">The SHA-256 chain hash, as 64 lowercase hexadecimal digits.</param>
    /// <param name="observedAt">When this version was captured, where that differs from <paramref name="at"/>; never earlier.</param>
    /// <param name="title">The title this version showed, if kept.</param>
    /// <param name="editor">Who made this version, if known.</param>
    /// <param name="note">The edit summary or correction notice, if any.</param>
    /// <param name="source">Where this version was captured from, if known; absolute.</param>
    /// <param name="attributes">Facts without a field of their own; <see cref="RevisionAttributes.Empty"/> when null.</param>
    /// <param name="rawSource">The raw bytes the text was extracted from, if kept.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="hash"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1, or <paramref name="observedAt"/> is before <paramref name="at"/>.</exception>
    /// <exception cref="ArgumentException">The hash is not 64 lowercase hex digits, the text or metadata holds an unpaired surrogate, or the source is not an absolute URI with a scheme.</exception>
    public Revision(
        int number,
        Instant at,
        string text,
        string hash,
        Instant? observedAt = null,
        string? title = null,
        string? editor = null,
        string? note = null,
        Uri? source = null,
        RevisionAttributes? attributes = null,
        RawSourceReference? rawSource = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(hash);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        if (observedAt < at)
        {
            throw new ArgumentOutOfRangeException(
                nameof(observedAt),
                observedAt,
                $"Revision {number} was observed at {RevisionHasher.EncodeInstant(observedAt.Value)}, before it became current at {RevisionHasher.EncodeInstant(at)}.");
        }

        RevisionHasher.CheckText(text, nameof(text));
        RevisionHasher.CheckText(title ?? string.Empty, nameof(title));
        RevisionHasher.CheckText(editor ?? string.Empty, nameof(editor));
        RevisionHasher.CheckText(note ?? string.Empty, nameof(note));
        if (!RevisionHasher.IsWellFormed(hash))
        {
            throw new ArgumentException($"Hash '{hash}' is not 64 lowercase hexadecimal digits.", nameof(hash));
        }

        if (source is not null && !Article.IsValidSource(source))
        {
            throw new ArgumentException($"Source '{source.OriginalString}' is not an absolute URI with a scheme, such as https://….", nameof(source));
        }

        Number = number;
        At = at;
        Text = text;
        Hash = hash;
        ObservedAt = observedAt;
        Title = title;
        Editor = editor;
        Note = note;
        Source = source;
        Attributes = attributes ?? RevisionAttributes.Empty;
        RawSource = rawSource;
    }

    /// <summary>Gets the 1-based position of this revision in its history.</summary>
    public int Number { get; }

    /// <summary>Gets when this version became current.</summary>
    public Instant At { get; }

    /// <summary>Gets when this version was captured, where that is known apart from <see cref="At"/>.</summary>
    /// <remarks>
    /// Later than <see cref="At"/>: the change happened exactly at <see cref="At"/> and was captured later. Equal to
    /// <see cref="At"/>: the version was first seen then, and the change happened some time after the previous
    /// capture. Null: it was captured when it changed.
    /// </remarks>
    public Instant? ObservedAt { get; }

    /// <summary>Gets the full text, exactly as captured.</summary>
    public string Text { get; }

    /// <summary>Gets the title this version showed, if kept.</summary>
    public string? Title { get; }

    /// <summary>Gets who made this version, if known.</summary>
    public string? Editor { get; }

    /// <summary>Gets the edit summary or correction notice, if any.</summary>
    public string? Note { get; }

    /// <summary>Gets where this version was captured from, if known.</summary>
    public Uri? Source { get; }

    /// <summary>Gets the facts about this version that have no field of their own (never null; often empty).</summary>
    public RevisionAttributes Attributes { get; }

    /// <summary>Gets the reference to the raw bytes this version's text was extracted from, if they were kept.</summary>
    public RawSourceReference? RawSource { get; }

    /// <summary>
    /// Gets the SHA-256 chain hash (64 lowercase hexadecimal digits) over this revision's number, times, metadata,
    /// text, attributes, raw-source reference and the hash of the line before it in the chain.
    /// </summary>
    public string Hash { get; }

    /// <summary>Computes the hash this revision should carry when it follows a revision whose hash is <paramref name="previousHash"/>.</summary>
    /// <param name="previousHash">
    /// The hash of the line before this one in the chain: the previous revision or event, or the sealed header for the
    /// first line of a version 2 history; null for the first revision of an unsealed (version 1) history.
    /// </param>
    /// <returns>The expected hash; equal to <see cref="Hash"/> for an untampered revision.</returns>
    public string ComputeHash(string? previousHash) =>
        RevisionHasher.Compute(previousHash, Number, At, ObservedAt, Title, Editor, Note, Source, Text, Attributes, RawSource);
}
