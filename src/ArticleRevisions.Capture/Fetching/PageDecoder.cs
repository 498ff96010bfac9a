using System.Text;
using System.Text.RegularExpressions;

namespace ArticleRevisions.Capture.Fetching;

/// <summary>Turns a page's bytes into text with the charset it declares: byte-order mark, then the header, then the document's own meta tag.</summary>
/// <remarks>
/// Thread-safe. Servers often lie: when the charset chosen is UTF-8 and the bytes are not valid UTF-8, the
/// document's meta charset is tried next, then windows-1252 (which decodes any byte), and the result says so.
/// </remarks>
public static partial class PageDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="body"/>.</summary>
    /// <param name="body">The bytes as received.</param>
    /// <param name="headerCharset">The charset the Content-Type header named, if any.</param>
    /// <returns>The text and the charset used.</returns>
    public static DecodedText Decode(ReadOnlySpan<byte> body, string? headerCharset)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new DecodedText(Encoding.UTF8.GetString(body[3..]), "utf-8", "bom");
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(body[2..]), "utf-16le", "bom");
        }

        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(body[2..]), "utf-16be", "bom");
        }

        var meta = MetaCharset(body);
        var candidates = new List<(Encoding Encoding, string From)>();
        if (Find(headerCharset) is { } fromHeader)
        {
            candidates.Add((fromHeader, "header"));
        }

        if (Find(meta) is { } fromMeta)
        {
            candidates.Add((fromMeta, "meta"));
        }

        candidates.Add((StrictUtf8, "default"));
        foreach (var (encoding, from) in candidates)
        {
            if (encoding.CodePage != Encoding.UTF8.CodePage)
            {
                return new DecodedText(encoding.GetString(body), encoding.WebName, from);
            }

            if (TryStrictUtf8(body, out var text))
            {
                return new DecodedText(text, "utf-8", from);
            }
        }

        var latin = Find("windows-1252")!;
        return new DecodedText(latin.GetString(body), latin.WebName, "fallback");
    }

    private static bool TryStrictUtf8(ReadOnlySpan<byte> body, out string text)
    {
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            text = string.Empty;
            return false;
        }

        text = StrictUtf8.GetString(body);
        return true;
    }

    /// <summary>Finds an encoding by its label, including the legacy code pages (windows-1251, koi8-r, …) .NET does not register by default.</summary>
    internal static Encoding? Find(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        label = label.Trim().Trim('"', '\'').ToLowerInvariant();
        // The web treats these labels as windows-1252 (WHATWG Encoding), and so do we.
        if (label is "iso-8859-1" or "latin1" or "us-ascii" or "ascii")
        {
            label = "windows-1252";
        }

        if (label is "utf-8" or "utf8")
        {
            return StrictUtf8;
        }

        try
        {
            return System.Text.CodePagesEncodingProvider.Instance.GetEncoding(label) ?? Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            // An unknown label is the page's mistake, not ours: the next source of a charset is tried.
            return null;
        }
    }

    private static string? MetaCharset(ReadOnlySpan<byte> body)
    {
        // The HTML prescan looks at the first 1024 bytes; ASCII-compatible charsets keep the tag readable as Latin-1.
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 1024)]);
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups["charset"].Value : null;
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<charset>[A-Za-z0-9_:.\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharsetPattern();
}
