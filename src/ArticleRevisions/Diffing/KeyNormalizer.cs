using System.Text;

namespace ArticleRevisions.Diffing;

/// <summary>
/// Turns a piece of text into the key it is matched by, applying the noise options. Keys are only compared,
/// never shown.
/// </summary>
internal sealed class KeyNormalizer
{
    private readonly DiffOptions options;

    public KeyNormalizer(DiffOptions options)
    {
        this.options = options;
    }

    public string Key(string text, int start, int length)
    {
        var key = text.Substring(start, length);
        if (options.NormalizeUnicode && !key.IsNormalized(NormalizationForm.FormC))
        {
            key = key.Normalize(NormalizationForm.FormC);
        }

        if (options.NormalizePunctuation)
        {
            key = Typography(key);
        }

        if (options.IgnoreCase)
        {
            key = key.ToLowerInvariant();
        }

        if (options.IgnoreWhitespace)
        {
            key = CollapseWhitespace(key);
        }

        return key;
    }

    /// <summary>Maps typographic variants to one plain form each.</summary>
    internal static string Typography(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var plain = PlainForm(text[i]);
            if (plain is null)
            {
                builder?.Append(text[i]);
                continue;
            }

            builder ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
            builder.Append(plain);
        }

        return builder?.ToString() ?? text;
    }

    internal static string? PlainForm(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' => "'",
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' => "\"",
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => "-",
        '\u2026' => "...",
        '\u00A0' or '\u2007' or '\u202F' => " ",
        _ => null,
    };

    /// <summary>Runs of white space become one space; white space at the ends goes.</summary>
    internal static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
