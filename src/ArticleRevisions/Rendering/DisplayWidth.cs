using System.Globalization;
using System.Text;

namespace ArticleRevisions.Rendering;

/// <summary>
/// How many terminal columns text takes: East Asian wide and fullwidth characters and emoji take two, combining
/// marks and format characters none, everything else one.
/// </summary>
/// <remarks>
/// Widths are measured per grapheme cluster (a letter with its accents, an emoji with its modifiers) so a cluster
/// is never split. The table is a compact digest of Unicode's East Asian Width property (W and F) and emoji
/// presentation, close enough for the layout of a side-by-side diff.
/// </remarks>
internal static class DisplayWidth
{
    /// <summary>The distance between tab stops.</summary>
    public const int TabSize = 8;

    private const int VariationSelector16 = 0xFE0F;

    // Inclusive ranges, sorted by start, of code points two columns wide.
    private static readonly (int First, int Last)[] Wide =
    [
        (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC), (0x23F0, 0x23F0), (0x23F3, 0x23F3),
        (0x25FD, 0x25FE), (0x2614, 0x2615), (0x2648, 0x2653), (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1),
        (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26CE, 0x26CE), (0x26D4, 0x26D4), (0x26EA, 0x26EA),
        (0x26F2, 0x26F3), (0x26F5, 0x26F5), (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B),
        (0x2728, 0x2728), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755), (0x2757, 0x2757), (0x2795, 0x2797),
        (0x27B0, 0x27B0), (0x27BF, 0x27BF), (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x2E80, 0x303E),
        (0x3041, 0x33FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xA000, 0xA4CF), (0xA960, 0xA97F), (0xAC00, 0xD7A3),
        (0xF900, 0xFAFF), (0xFE10, 0xFE19), (0xFE30, 0xFE6F), (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x16FE0, 0x16FE4),
        (0x16FF0, 0x16FF1), (0x17000, 0x18CFF), (0x18D00, 0x18D08), (0x1AFF0, 0x1AFFE), (0x1B000, 0x1B2FF),
        (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A), (0x1F1E6, 0x1F202),
        (0x1F210, 0x1F23B), (0x1F240, 0x1F248), (0x1F250, 0x1F251), (0x1F260, 0x1F265), (0x1F300, 0x1F320),
        (0x1F32D, 0x1F335), (0x1F337, 0x1F37C), (0x1F37E, 0x1F393), (0x1F3A0, 0x1F3CA), (0x1F3CF, 0x1F3D3),
        (0x1F3E0, 0x1F3F0), (0x1F3F4, 0x1F3F4), (0x1F3F8, 0x1F43E), (0x1F440, 0x1F440), (0x1F442, 0x1F4FC),
        (0x1F4FF, 0x1F53D), (0x1F54B, 0x1F54E), (0x1F550, 0x1F567), (0x1F57A, 0x1F57A), (0x1F595, 0x1F596),
        (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F), (0x1F680, 0x1F6C5), (0x1F6CC, 0x1F6CC), (0x1F6D0, 0x1F6D2),
        (0x1F6D5, 0x1F6D7), (0x1F6DC, 0x1F6DF), (0x1F6EB, 0x1F6EC), (0x1F6F4, 0x1F6FC), (0x1F7E0, 0x1F7EB),
        (0x1F7F0, 0x1F7F0), (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF), (0x1FA70, 0x1FAFF),
        (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
    ];

    /// <summary>Gets the columns a whole text takes, tabs counted as one column (expand them first).</summary>
    public static int Of(ReadOnlySpan<char> text)
    {
        var width = 0;
        for (var index = 0; index < text.Length;)
        {
            var length = ClusterLength(text, index);
            width += OfCluster(text.Slice(index, length));
            index += length;
        }

        return width;
    }

    /// <summary>
    /// Gets the length of the grapheme cluster starting at <paramref name="index"/>, as
    /// <see cref="StringInfo.GetNextTextElementLength(ReadOnlySpan{char})"/> gives it for the rest of the text.
    /// </summary>
    /// <remarks>
    /// Two ASCII characters in a row are two clusters unless they are CR LF (no ASCII character extends, joins or
    /// prepends), so most of any text is measured without the cluster rules.
    /// </remarks>
    public static int ClusterLength(ReadOnlySpan<char> text, int index)
    {
        var c = text[index];
        return c < 0x80 && c != '\r' && (index + 1 == text.Length || text[index + 1] < 0x80)
            ? 1
            : StringInfo.GetNextTextElementLength(text[index..]);
    }

    /// <summary>Gets the columns one grapheme cluster takes: 0, 1 or 2.</summary>
    public static int OfCluster(string cluster) => OfCluster(cluster.AsSpan());

    /// <summary>Gets the columns one grapheme cluster takes: 0, 1 or 2.</summary>
    /// <exception cref="ArgumentException">The cluster starts with a lone surrogate.</exception>
    public static int OfCluster(ReadOnlySpan<char> cluster)
    {
        if (cluster.Length == 0)
        {
            return 0;
        }

        // ASCII, most of any text: a control character takes no column, any other one.
        if (cluster.Length == 1 && cluster[0] < 0x80)
        {
            return cluster[0] is < ' ' or '\x7F' ? 0 : 1;
        }

        if (Rune.DecodeFromUtf16(cluster, out var first, out var consumed) != System.Buffers.OperationStatus.Done)
        {
            throw new ArgumentException("The text does not start with a valid scalar value.", nameof(cluster));
        }

        var width = OfRune(first);

        // An emoji variation selector asks for the two-column emoji form of an otherwise narrow character (❤️, 1️⃣).
        if (width == 1 && cluster[consumed..].Contains((char)VariationSelector16))
        {
            width = 2;
        }

        return width;
    }

    private static int OfRune(Rune rune)
    {
        var value = rune.Value;
        if (value < 0x7F)
        {
            return value < 0x20 ? 0 : 1;
        }

        if (value is >= 0x1160 and <= 0x11FF)
        {
            return 0;
        }

        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Control:
                return 0;
            case UnicodeCategory.Format when value != 0xAD:
                return 0;
        }

        return IsWide(value) ? 2 : 1;
    }

    private static bool IsWide(int value)
    {
        int low = 0, high = Wide.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (value < Wide[middle].First)
            {
                high = middle - 1;
            }
            else if (value > Wide[middle].Last)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }
}
