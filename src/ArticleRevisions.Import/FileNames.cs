using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ArticleRevisions.Text;

namespace ArticleRevisions.Import;

/// <summary>Makes safe file names and article slugs from titles and names people wrote.</summary>
/// <remarks>
/// A name made here is one path segment on every common file system: no separators, no <c>..</c>, no control or
/// reserved characters, not a Windows device name (CON, NUL, COM1 …), at most <see cref="MaxStemLength"/> characters
/// and never empty. Letters and digits of every script are kept (lower-cased, so names differing only in case do not
/// collide on a case-insensitive disk).
/// </remarks>
internal static class FileNames
{
    public const int MaxStemLength = 96;

    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "con", "prn", "aux", "nul", "conin$", "conout$",
        "com0", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "com¹", "com²", "com³",
        "lpt0", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9", "lpt¹", "lpt²", "lpt³",
    };

    /// <summary>A file name stem for <paramref name="title"/>: letters and digits kept, every other run replaced by one '-'.</summary>
    public static string Stem(string title)
    {
        var builder = new StringBuilder(Math.Min(title.Length, MaxStemLength));
        var pendingDash = false;
        foreach (var rune in CanonicalNormalizer.ToNfc(title).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var keep = Rune.IsLetterOrDigit(rune)
                || (builder.Length > 0 && category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark);
            if (!keep)
            {
                pendingDash = builder.Length > 0;
                continue;
            }

            var lower = Rune.ToLowerInvariant(rune);
            if (builder.Length + (pendingDash ? 1 : 0) + lower.Utf16SequenceLength > MaxStemLength)
            {
                break;
            }

            if (pendingDash)
            {
                builder.Append('-');
                pendingDash = false;
            }

            builder.Append(lower.ToString());
        }

        var stem = builder.Length == 0 ? "page" : builder.ToString();
        return DeviceNames.Contains(stem) ? stem + "-page" : stem;
    }

    /// <summary>An article slug (ASCII letters and digits joined by '-') for <paramref name="name"/>; "article" when nothing is left.</summary>
    public static string Slug(string name)
    {
        var builder = new StringBuilder();
        var pendingDash = false;
        foreach (var c in CanonicalNormalizer.ToNfd(name))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingDash)
                {
                    builder.Append('-');
                }

                builder.Append(lower);
                pendingDash = false;
                if (builder.Length >= 120)
                {
                    break;
                }
            }
            else
            {
                pendingDash = builder.Length > 0;
            }
        }

        return builder.Length == 0 ? "article" : builder.ToString();
    }

    /// <summary>A short, stable suffix that tells apart titles whose stems are equal.</summary>
    public static string ShortHash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..8];
}
