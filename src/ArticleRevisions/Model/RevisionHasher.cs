using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.Unicode;
using NodaTime;
using NodaTime.Text;

namespace ArticleRevisions.Model;

/// <summary>
/// The canonical encodings behind the chain hashes. Every field is tagged and length-prefixed, so no two different
/// values can encode to the same bytes, and null is distinguished from empty.
/// </summary>
/// <remarks>
/// The encodings are stored data: they never use the display formats of <c>Timeline</c> or <c>Text</c>, and a
/// change to any of them breaks every existing history. Each is documented in the README's file-format section.
/// </remarks>
internal static class RevisionHasher
{
    private const string Domain = "artrev-revision/1";
    private const string HeaderDomain = "artrev-header/2";
    private const string EventDomain = "artrev-event/2";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// The instant encoding of every hash: ISO-8601 in UTC, <c>uuuu-MM-ddTHH:mm:ss</c>, then a dot and 1–9 digits
    /// only when there is a fraction of a second (trailing zeros dropped), then <c>Z</c>; invariant culture. Fixed
    /// here, independent of how times are shown, and equal byte for byte to what version 1 histories were hashed with.
    /// </summary>
    private static readonly InstantPattern InstantEncoding = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'ss;FFFFFFFFF'Z'");

    public static string EncodeInstant(Instant instant) => InstantEncoding.Format(instant);

    public static string Compute(
        string? previousHash,
        int number,
        Instant at,
        Instant? observedAt,
        string? title,
        string? editor,
        string? note,
        Uri? source,
        ReadOnlySpan<char> text,
        RevisionAttributes attributes,
        RawSourceReference? rawSource)
    {
        using var hash = ChainDigest.Create();
        Append(hash, Domain);
        Append(hash, previousHash);
        Append(hash, Number(number));
        Append(hash, EncodeInstant(at));
        Append(hash, observedAt is { } observed ? EncodeInstant(observed) : null);
        Append(hash, title);
        Append(hash, editor);
        Append(hash, note);
        Append(hash, source?.OriginalString);
        AppendPresent(hash, text);

        // Only when there is something to add, so a revision without either hashes exactly as in version 1.
        if (!attributes.IsEmpty || rawSource is not null)
        {
            Append(hash, Number(attributes.Count));
            foreach (var (key, value) in attributes)
            {
                Append(hash, key);
                Append(hash, value);
            }

            Append(hash, rawSource?.Sha256);
            if (rawSource is not null)
            {
                Append(hash, rawSource.MediaType);
                Append(hash, rawSource.Length.ToString(CultureInfo.InvariantCulture));
            }
        }

        return Finish(hash);
    }

    /// <summary>The hash that seals a version 2 header: the article's metadata, with no predecessor.</summary>
    public static string ComputeHeader(Article article)
    {
        using var hash = ChainDigest.Create();
        Append(hash, HeaderDomain);
        AppendArticle(hash, article);
        return Finish(hash);
    }

    public static string ComputeEvent(string? previousHash, HistoryEvent e)
    {
        using var hash = ChainDigest.Create();
        Append(hash, EventDomain);
        Append(hash, previousHash);
        Append(hash, EventKindName(e.Kind));
        Append(hash, EncodeInstant(e.At));
        switch (e.Kind)
        {
            case HistoryEventKind.MetadataChanged:
                AppendArticle(hash, e.Article!);
                break;
            case HistoryEventKind.SourceGone or HistoryEventKind.SourceReturned:
                Append(hash, e.HttpStatus is { } status ? Number(status) : null);
                Append(hash, e.FinalUrl?.OriginalString);
                break;
            case HistoryEventKind.ExtractionRerun:
                Append(hash, Number(e.RevisionNumber!.Value));
                break;
        }

        Append(hash, e.Note);
        return Finish(hash);
    }

    /// <summary>The name of an event kind in files and hashes.</summary>
    public static string EventKindName(HistoryEventKind kind) => kind switch
    {
        HistoryEventKind.MetadataChanged => "metadata",
        HistoryEventKind.SourceGone => "source-gone",
        HistoryEventKind.SourceReturned => "source-returned",
        HistoryEventKind.ExtractionRerun => "extraction-rerun",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown event kind."),
    };

    public static bool IsWellFormed(string hash) =>
        hash.Length == 64 && hash.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    /// <summary>Rejects text that cannot be stored as UTF-8 without loss (an unpaired surrogate).</summary>
    public static void CheckText(string text, string parameterName)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                throw new ArgumentException($"Text holds an unpaired surrogate U+{(int)c:X4} at character {i}; it cannot be stored as UTF-8.", parameterName);
            }
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void AppendArticle(ChainDigest hash, Article article)
    {
        Append(hash, article.Id);
        Append(hash, article.Title);
        Append(hash, article.Source?.OriginalString);
        Append(hash, article.Language);
        Append(hash, article.Zone.Id);
    }

    private static string Finish(ChainDigest hash) => Convert.ToHexStringLower(hash.GetHashAndReset());

    private static void Append(ChainDigest hash, string? value)
    {
        Span<byte> header = stackalloc byte[5];
        if (value is null)
        {
            header[0] = 0;
            hash.AppendData(header[..1]);
            return;
        }

        AppendPresent(hash, value);
    }

    /// <summary>Adds a value that is there (not null), as <see cref="Append(ChainDigest, string?)"/> adds a string.</summary>
    private static void AppendPresent(ChainDigest hash, ReadOnlySpan<char> value)
    {
        // Counting first throws for an unpaired surrogate, as encoding does; the bytes then pass through a small
        // buffer, so hashing a revision allocates nothing the size of its text.
        Span<byte> header = stackalloc byte[5];
        header[0] = 1;
        BinaryPrimitives.WriteInt32BigEndian(header[1..], StrictUtf8.GetByteCount(value));
        hash.AppendData(header);
        Span<byte> chunk = stackalloc byte[1024];
        var rest = value;
        while (!rest.IsEmpty)
        {
            // A chunk ends before a character that does not fit whole, so no sequence is split.
            var status = Utf8.FromUtf16(rest, chunk, out var read, out var written, replaceInvalidSequences: false);
            hash.AppendData(chunk[..written]);
            rest = rest[read..];
            if (status is not (OperationStatus.Done or OperationStatus.DestinationTooSmall))
            {
                throw new InvalidOperationException("A text counted as valid UTF-16 did not encode.");
            }
        }
    }
}
