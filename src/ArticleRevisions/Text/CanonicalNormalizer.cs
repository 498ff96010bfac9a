using System.Buffers;
using System.Runtime.CompilerServices;

namespace ArticleRevisions.Text;

/// <summary>
/// Unicode canonical normalisation (NFC and NFD) from our own data (<see cref="NormalizationData"/>), so results
/// are the same on every machine and no process needs the platform's ICU.
/// </summary>
/// <remarks>
/// Follows UAX #15: full canonical decomposition (Hangul by arithmetic), canonical ordering by combining class, then
/// for NFC canonical composition of primary composites (the table leaves out the composition exclusions). Any string
/// is accepted: a lone surrogate or a noncharacter is a starter that has no decomposition and composes with nothing.
/// Text already in the form asked for comes back as the same instance; for NFC, text of characters that need no
/// table at all (below U+0300, Cyrillic letters, general punctuation but U+2000 and U+2001) is recognised without
/// reading the tables.
/// Stateless and thread-safe.
/// </remarks>
internal static class CanonicalNormalizer
{
    private const int HangulBase = 0xAC00;
    private const int HangulCount = 11172;
    private const int LeadBase = 0x1100;
    private const int LeadCount = 19;
    private const int VowelBase = 0x1161;
    private const int VowelCount = 21;
    private const int TrailBase = 0x11A7;
    private const int TrailCount = 28;
    private const int VowelTrailCount = VowelCount * TrailCount;
    private const int CodePointMask = 0x1FFFFF;
    private const int ClassShift = 24;

    /// <summary>Gets the NFC form of <paramref name="text"/>: the same instance when it is already in NFC.</summary>
    public static string ToNfc(string text) => Normalize(text, compose: true);

    /// <summary>Gets the NFD form of <paramref name="text"/>: the same instance when it is already in NFD.</summary>
    public static string ToNfd(string text) => Normalize(text, compose: false);

    /// <summary>
    /// Tells whether <paramref name="c"/> lies in the ranges the NFC fast path takes without the tables: each such
    /// character has combining class 0, is its own NFC, composes with no character of these ranges, and never
    /// composes with a character before it (it ends no canonical decomposition of two or more characters).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsInert(char c) =>
        c < '\u0300'
        || (c >= '\u0400' && c < '\u0483')
        || (c >= '\u048A' && c < '\u0530')
        || (c >= '\u2002' && c < '\u2070');

    private static string Normalize(string text, bool compose)
    {
        ArgumentNullException.ThrowIfNull(text);

        // Below U+00C0 every character is its own NFD; the NFC fast path takes wider ranges (see IsInert).
        var first = compose ? FirstNotInert(text) : text.AsSpan().IndexOfAnyExceptInRange('\0', '\u00BF');
        if (first < 0 || IsInForm(text.AsSpan(first), compose))
        {
            return text;
        }

        // Everything before `first` is inert, so the character just before it is a starter nothing earlier can
        // reach past: normalising from there gives the same result as normalising the whole text.
        var start = Math.Max(0, first - 1);
        var buffer = new CodePointBuffer(text.Length - start + 16);
        try
        {
            Decompose(text.AsSpan(start), ref buffer);
            if (compose)
            {
                Compose(ref buffer);
            }

            var normalized = buffer.ToString(text.AsSpan(0, start));
            return normalized == text ? text : normalized;
        }
        finally
        {
            buffer.Dispose();
        }
    }

    /// <summary>Finds the first character of <paramref name="text"/> outside the fast path's ranges (<see cref="IsInert"/>), or -1.</summary>
    internal static int FirstNotInert(ReadOnlySpan<char> text)
    {
        var i = text.IndexOfAnyExceptInRange('\0', '\u02FF');
        if (i < 0)
        {
            return -1;
        }

        for (; i < text.Length; i++)
        {
            if (!IsInert(text[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The quick check of UAX #15: true only where the text is certainly in the form already.</summary>
    private static bool IsInForm(ReadOnlySpan<char> text, bool compose)
    {
        var lastClass = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (compose ? IsInert(c) : c < '\u00C0')
            {
                lastClass = 0;
                continue;
            }

            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(c, text[++i]);
            }

            if ((uint)(cp - HangulBase) < HangulCount)
            {
                if (!compose)
                {
                    return false;
                }

                lastClass = 0;
                continue;
            }

            if (compose && ((uint)(cp - VowelBase) < VowelCount || (uint)(cp - TrailBase - 1) < TrailCount - 1))
            {
                return false;
            }

            var record = Record(cp);
            if (record == 0)
            {
                lastClass = 0;
                continue;
            }

            var combiningClass = NormalizationData.CombiningClass[record];
            if (combiningClass != 0 && lastClass > combiningClass)
            {
                return false;
            }

            var flags = NormalizationData.Flags[record];
            if (compose ? flags != 0 : NormalizationData.DecompositionLength[record] != 0)
            {
                return false;
            }

            lastClass = combiningClass;
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Record(int cp) =>
        cp >= NormalizationData.TableLimit
            ? 0
            : NormalizationData.Records[(NormalizationData.Blocks[cp >> NormalizationData.BlockShift] << NormalizationData.BlockShift) | (cp & ((1 << NormalizationData.BlockShift) - 1))];

    private static int CombiningClassOf(int cp) => NormalizationData.CombiningClass[Record(cp)];

    /// <summary>Appends the full canonical decomposition of <paramref name="text"/>, in canonical order.</summary>
    private static void Decompose(ReadOnlySpan<char> text, ref CodePointBuffer buffer)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(c, text[++i]);
            }

            var syllable = cp - HangulBase;
            if ((uint)syllable < HangulCount)
            {
                buffer.AppendOrdered(LeadBase + (syllable / VowelTrailCount), 0);
                buffer.AppendOrdered(VowelBase + (syllable % VowelTrailCount / TrailCount), 0);
                if (syllable % TrailCount != 0)
                {
                    buffer.AppendOrdered(TrailBase + (syllable % TrailCount), 0);
                }

                continue;
            }

            var record = Record(cp);
            var length = NormalizationData.DecompositionLength[record];
            if (length == 0)
            {
                buffer.AppendOrdered(cp, NormalizationData.CombiningClass[record]);
                continue;
            }

            var parts = NormalizationData.Decompositions.AsSpan(NormalizationData.DecompositionStart[record], length);
            for (var k = 0; k < parts.Length; k++)
            {
                int part = parts[k];
                if (char.IsHighSurrogate(parts[k]))
                {
                    part = char.ConvertToUtf32(parts[k], parts[++k]);
                }

                buffer.AppendOrdered(part, CombiningClassOf(part));
            }
        }
    }

    /// <summary>Canonical composition in place: each character joins the last starter when nothing between blocks it.</summary>
    private static void Compose(ref CodePointBuffer buffer)
    {
        var items = buffer.Items;
        var starter = -1;
        var write = 0;
        for (var read = 0; read < items.Length; read++)
        {
            var item = items[read];
            var cp = item & CodePointMask;
            var combiningClass = item >>> ClassShift;
            if (starter >= 0)
            {
                // Canonical order leaves the highest class among the characters since the starter last.
                var between = write - 1 > starter ? items[write - 1] >>> ClassShift : -1;
                if (between != 0 && between < combiningClass && TryCompose(items[starter] & CodePointMask, cp, out var composite))
                {
                    items[starter] = composite | (CombiningClassOf(composite) << ClassShift);
                    continue;
                }
            }

            if (combiningClass == 0)
            {
                starter = write;
            }

            items[write++] = item;
        }

        buffer.Truncate(write);
    }

    private static bool TryCompose(int first, int second, out int composite)
    {
        var lead = first - LeadBase;
        var vowel = second - VowelBase;
        if ((uint)lead < LeadCount && (uint)vowel < VowelCount)
        {
            composite = HangulBase + (((lead * VowelCount) + vowel) * TrailCount);
            return true;
        }

        var syllable = first - HangulBase;
        var trail = second - TrailBase;
        if ((uint)syllable < HangulCount && syllable % TrailCount == 0 && trail > 0 && trail < TrailCount)
        {
            composite = first + trail;
            return true;
        }

        var record = Record(second);
        if ((NormalizationData.Flags[record] & NormalizationData.NfcMaybe) != 0)
        {
            var index = NormalizationData.CompositionPairs.BinarySearch(((long)first << 21) | (uint)second);
            if (index >= 0)
            {
                composite = NormalizationData.Composites[index];
                return true;
            }
        }

        composite = 0;
        return false;
    }

    /// <summary>A growable list of code points, each with its combining class in the top byte, on pooled arrays.</summary>
    private struct CodePointBuffer(int capacity) : IDisposable
    {
        private int[] _items = ArrayPool<int>.Shared.Rent(capacity);
        private int _count;

        public readonly Span<int> Items => _items.AsSpan(0, _count);

        /// <summary>Appends a code point, moving it before the non-starters of a higher class that end the list (a stable sort).</summary>
        public void AppendOrdered(int cp, int combiningClass)
        {
            if (_count == _items.Length)
            {
                var larger = ArrayPool<int>.Shared.Rent(_items.Length * 2);
                _items.AsSpan(0, _count).CopyTo(larger);
                ArrayPool<int>.Shared.Return(_items);
                _items = larger;
            }

            var item = cp | (combiningClass << ClassShift);
            var at = _count++;
            if (combiningClass != 0)
            {
                while (at > 0 && (_items[at - 1] >>> ClassShift) > combiningClass)
                {
                    _items[at] = _items[at - 1];
                    at--;
                }
            }

            _items[at] = item;
        }

        public void Truncate(int count) => _count = count;

        /// <summary>The text of <paramref name="prefix"/> followed by the code points.</summary>
        public readonly string ToString(ReadOnlySpan<char> prefix)
        {
            var length = prefix.Length;
            foreach (var item in Items)
            {
                length += (item & CodePointMask) > 0xFFFF ? 2 : 1;
            }

            var chars = ArrayPool<char>.Shared.Rent(length);
            try
            {
                prefix.CopyTo(chars);
                var at = prefix.Length;
                foreach (var item in Items)
                {
                    var cp = item & CodePointMask;
                    if (cp > 0xFFFF)
                    {
                        chars[at++] = (char)(((cp - 0x10000) >> 10) + 0xD800);
                        chars[at++] = (char)(((cp - 0x10000) & 0x3FF) + 0xDC00);
                    }
                    else
                    {
                        chars[at++] = (char)cp;
                    }
                }

                return new string(chars, 0, length);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }

        public void Dispose()
        {
            ArrayPool<int>.Shared.Return(_items);
            _items = [];
        }
    }
}
