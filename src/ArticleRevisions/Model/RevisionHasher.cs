using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Model;

/// <summary>
/// The canonical encoding behind a revision's chain hash. Every field is tagged and length-prefixed, so no two
/// different revisions can encode to the same bytes, and null is distinguished from empty.
/// </summary>
internal static class RevisionHasher
{
    private const string Domain = "artrev-revision/1";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Compute(
        string? previousHash,
        int number,
        Instant at,
        Instant? observedAt,
        string? title,
        string? editor,
        string? note,
        Uri? source,
        string text)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Append(hash, Domain);
        Append(hash, previousHash);
        Append(hash, number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Append(hash, TimeFormat.Utc(at));
        Append(hash, observedAt is { } observed ? TimeFormat.Utc(observed) : null);
        Append(hash, title);
        Append(hash, editor);
        Append(hash, note);
        Append(hash, source?.OriginalString);
        Append(hash, text);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

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

    private static void Append(IncrementalHash hash, string? value)
    {
        Span<byte> header = stackalloc byte[5];
        if (value is null)
        {
            header[0] = 0;
            hash.AppendData(header[..1]);
            return;
        }

        var bytes = StrictUtf8.GetBytes(value);
        header[0] = 1;
        BinaryPrimitives.WriteInt32BigEndian(header[1..], bytes.Length);
        hash.AppendData(header);
        hash.AppendData(bytes);
    }
}
