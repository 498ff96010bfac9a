using System.Text;
using CsCheck;

namespace ArticleRevisions.Tests;

/// <summary>Random text for property tests: many scripts, every kind of line ending, empty strings.</summary>
internal static class TextGen
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "word", " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n", ".", ",", "!", "?", "\"", "'", "\\", "/",
        "“", "”", "«", "»", "—", "…", "\u00A0", "Київ", "п'ять", "Я", "中文", "ไทย", "😀", "🇺🇦", "e\u0301", "\u2028",
        "\u0000", "\u001F", "{\"json\":1}", "U.S.", "3.5", "Gen.",
    ];

    private static readonly Gen<string> Scalar =
        Gen.Int[0x20, 0x10FFFF].Where(c => c is < 0xD800 or > 0xDFFF).Select(char.ConvertFromUtf32);

    /// <summary>Strings of 0 to 60 pieces drawn from tricky fragments and random Unicode scalar values.</summary>
    public static readonly Gen<string> Text =
        Gen.Frequency((3, Gen.OneOf(Pieces)), (1, Scalar)).Array[0, 60].Select(parts => string.Concat(parts));

    /// <summary>Short optional metadata strings (null about a third of the time).</summary>
    public static readonly Gen<string?> OptionalText =
        Gen.Frequency((1, Gen.Const((string?)null)), (2, Text.Select(s => (string?)s)));

    public static string Describe(string text) => string.Concat(text.Select(c => c < 0x20 || c > 0x7E ? $"\\u{(int)c:X4}" : c.ToString()));
}
