using System.Globalization;
using System.Text;
using ArticleRevisions.Text;

namespace ArticleRevisions.Tests.Text;

/// <summary>
/// Our NFC and NFD against the platform's, which is ICU: this test project runs with ICU on purpose
/// (<c>InvariantGlobalization=false</c> in its project file) while the shipped CLI runs without it.
/// </summary>
/// <remarks>
/// Our data is Unicode 14 (Python's unicodedata); ICU may know a later version. Code points unassigned in Unicode 14
/// are left out (see <see cref="Unicode14Assigned"/>), and so are surrogates (ICU refuses a lone one) and private use
/// characters (assigned, but with no normalisation data in any version).
/// </remarks>
public class CanonicalNormalizerOracleTests
{
    /// <summary>Marks to put around each character: classes 240 and 1 find any class that is not 0, the rest test composition.</summary>
    private static readonly (string Before, string After)[] Contexts =
    [
        ("", ""),
        ("\u0345", ""),
        ("", "\u0334"),
        ("a", "\u0301\u0316"),
        ("\u1100", "\u1161"),
        ("\uAC00", "\u11A8"),
        ("\u0B47", "\u0B3E"),
    ];

    public CanonicalNormalizerOracleTests()
    {
        // Without ICU, string.Normalize returns its input unchanged and every comparison below would pass.
        Assert.Equal("\u00E9", "e\u0301".Normalize(NormalizationForm.FormC));
    }

    [Fact]
    public void Every_assigned_code_point_alone_and_among_marks_normalises_as_icu_does()
    {
        var failures = new List<string>();
        var checkedCount = 0;
        foreach (var cp in AssignedCodePoints())
        {
            var c = char.ConvertFromUtf32(cp);
            foreach (var (before, after) in Contexts)
            {
                Check(before + c + after, failures);
                checkedCount++;
            }
        }

        Assert.True(checkedCount > 7 * 140_000, $"only {checkedCount} strings checked");
        Assert.True(failures.Count == 0, $"{failures.Count} differences, the first: {string.Join("; ", failures.Take(20))}");
    }

    [Fact]
    public void Random_strings_of_marks_jamo_and_letters_of_many_scripts_normalise_as_icu_does()
    {
        var random = new Random(20261202);
        var pool = Pool();
        var failures = new List<string>();
        var text = new StringBuilder();
        for (var n = 0; n < 30_000; n++)
        {
            text.Clear();
            var length = random.Next(1, 17);
            for (var i = 0; i < length; i++)
            {
                text.Append(char.ConvertFromUtf32(pool[random.Next(pool.Length)]));
            }

            Check(text.ToString(), failures);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} differences, the first: {string.Join("; ", failures.Take(20))}");
    }

    [Fact]
    public void Around_lone_surrogates_and_U_FFFE_gives_what_icu_gives_for_the_stretches_between_them()
    {
        // ICU refuses such strings whole; the normaliser treats each such character as a starter that composes with
        // nothing, which is what normalising the stretches between them on their own gives.
        var random = new Random(7);
        var pool = Pool().Concat([0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xFFFE]).ToArray();
        var text = new StringBuilder();
        for (var n = 0; n < 5_000; n++)
        {
            text.Clear();
            for (var i = random.Next(1, 12); i > 0; i--)
            {
                var cp = pool[random.Next(pool.Length)];
                text.Append(cp is >= 0xD800 and <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp));
            }

            var s = text.ToString();

            Assert.Equal(ByStretches(s, NormalizationForm.FormC), CanonicalNormalizer.ToNfc(s));
            Assert.Equal(ByStretches(s, NormalizationForm.FormD), CanonicalNormalizer.ToNfd(s));
        }
    }

    [Fact]
    public void The_nfc_fast_path_takes_only_characters_that_are_their_own_nfc_with_class_0_and_never_compose()
    {
        var inert = Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(CanonicalNormalizer.IsInert).ToArray();

        Assert.Contains('\u2014', inert);
        Assert.Contains('\u0416', inert);
        Assert.Contains('\u00E9', inert);
        AssertEveryStringOverIsNfc(inert);
        foreach (var c in inert)
        {
            var first = char.ConvertFromUtf32(char.ConvertToUtf32(c.ToString().Normalize(NormalizationForm.FormD), 0));
            Assert.Equal("\u0345" + first, ("\u0345" + first).Normalize(NormalizationForm.FormD));
            Assert.Equal(first + "\u0334", (first + "\u0334").Normalize(NormalizationForm.FormD));
        }

        // A character that composes with one before it is the last of some canonical decomposition of two or more.
        foreach (var cp in AssignedCodePoints())
        {
            var nfd = char.ConvertFromUtf32(cp).Normalize(NormalizationForm.FormD);
            var runes = nfd.EnumerateRunes().ToArray();
            Assert.False(runes.Length > 1 && runes[^1].IsBmp && CanonicalNormalizer.IsInert((char)runes[^1].Value), $"U+{cp:X4} decomposes to …{runes[^1]}");
        }
    }

    [Fact]
    public void The_characters_KeyNormalizer_takes_as_their_own_keys_are_nfc_in_any_sequence()
    {
        // KeyNormalizer.IsOwnKey says yes, with nothing but Unicode normalisation on, for text of these only.
        var own = Enumerable.Range(0, 0x300).Concat(Enumerable.Range(0x400, 0x130)).Select(c => (char)c).ToArray();
        var keys = new KeyNormalizer(NormalizeUnicode: true, NormalizePunctuation: false, IgnoreCase: false, IgnoreWhitespace: false);

        Assert.All(own, c => Assert.True(keys.IsOwnKey([c])));
        AssertEveryStringOverIsNfc(own);
    }

    /// <summary>Every character alone and every pair is NFC, so every string over them is (nothing reorders, nothing composes).</summary>
    private static void AssertEveryStringOverIsNfc(char[] chars)
    {
        var pair = new char[2];
        foreach (var a in chars)
        {
            Assert.True(a.ToString().IsNormalized(NormalizationForm.FormC), $"U+{(int)a:X4}");
            pair[0] = a;
            foreach (var b in chars)
            {
                pair[1] = b;
                var s = new string(pair);
                if (!s.IsNormalized(NormalizationForm.FormC))
                {
                    Assert.Fail($"U+{(int)a:X4} U+{(int)b:X4} is not in NFC");
                }
            }
        }
    }

    private static void Check(string text, List<string> failures)
    {
        var nfc = text.Normalize(NormalizationForm.FormC);
        var nfd = text.Normalize(NormalizationForm.FormD);
        var ourNfc = CanonicalNormalizer.ToNfc(text);
        var ourNfd = CanonicalNormalizer.ToNfd(text);
        if (ourNfc != nfc)
        {
            failures.Add($"NFC {Hex(text)}: ICU {Hex(nfc)}, ours {Hex(ourNfc)}");
        }

        if (ourNfd != nfd)
        {
            failures.Add($"NFD {Hex(text)}: ICU {Hex(nfd)}, ours {Hex(ourNfd)}");
        }

        if (nfc == text && !ReferenceEquals(ourNfc, text))
        {
            failures.Add($"NFC {Hex(text)} is in NFC but came back as a new string");
        }

        if (nfd == text && !ReferenceEquals(ourNfd, text))
        {
            failures.Add($"NFD {Hex(text)} is in NFD but came back as a new string");
        }
    }

    private static string ByStretches(string text, NormalizationForm form)
    {
        var result = new StringBuilder();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var refused = i < text.Length && (text[i] == '\uFFFE' || (char.IsSurrogate(text[i]) && !IsPaired(text, i)));
            if (i == text.Length || refused)
            {
                result.Append(text[start..i].Normalize(form));
                if (refused)
                {
                    result.Append(text[i]);
                }

                start = i + 1;
            }
        }

        return result.ToString();
    }

    private static bool IsPaired(string text, int i) =>
        char.IsHighSurrogate(text[i])
            ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            : i > 0 && char.IsHighSurrogate(text[i - 1]);

    private static IEnumerable<int> AssignedCodePoints()
    {
        var ranges = Unicode14Assigned.Ranges.ToArray();
        for (var i = 0; i < ranges.Length; i += 2)
        {
            for (var cp = ranges[i]; cp <= ranges[i + 1]; cp++)
            {
                if (cp is < 0xD800 or > 0xDFFF && CharUnicodeInfo.GetUnicodeCategory(cp) != UnicodeCategory.PrivateUse)
                {
                    yield return cp;
                }
            }
        }
    }

    /// <summary>Code points drawn by the random test: marks of many classes, Hangul, and letters that compose with them.</summary>
    private static int[] Pool()
    {
        (int First, int Last)[] ranges =
        [
            (0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x17F), (0x300, 0x36F), (0x370, 0x3FF), (0x400, 0x4FF), (0x591, 0x5C7),
            (0x610, 0x65F), (0x900, 0x97F), (0xB00, 0xB7F), (0xBBE, 0xBD7), (0xCC0, 0xCD6), (0xD3E, 0xD57), (0xDCA, 0xDDF),
            (0xF71, 0xF84), (0x1100, 0x1112), (0x1161, 0x1175), (0x11A7, 0x11C2), (0x1B00, 0x1B44), (0x1DC0, 0x1DFF),
            (0x1E00, 0x1EFF), (0x1F00, 0x1FFE), (0x2000, 0x2070), (0x20D0, 0x20F0), (0x3099, 0x309A), (0x304B, 0x3094),
            (0x4E00, 0x4E10), (0xAC00, 0xAC40), (0xD788, 0xD7A3), (0xF900, 0xF910), (0xFE20, 0xFE2F),
            (0x11099, 0x110BA), (0x11127, 0x11134), (0x1D15E, 0x1D16D), (0x1D185, 0x1D1AD), (0x1F600, 0x1F604),
            (0x2F800, 0x2F810),
        ];
        return ranges.SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1))
            .Where(cp => cp is < 0xD800 or > 0xDFFF && IsAssignedIn14(cp))
            .ToArray();
    }

    private static bool IsAssignedIn14(int cp)
    {
        var ranges = Unicode14Assigned.Ranges;
        for (var i = 0; i < ranges.Length; i += 2)
        {
            if (cp >= ranges[i] && cp <= ranges[i + 1])
            {
                return true;
            }
        }

        return false;
    }

    private static string Hex(string text) => string.Join(' ', text.EnumerateRunes().Select(r => r.Value.ToString("X4", CultureInfo.InvariantCulture)));
}
