using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>How alike two stretches of text are, by the words they share (Dice coefficient over word sets).</summary>
/// <remarks>
/// Words are compared by a hash of their letters, lower-cased and with typographic apostrophes and dashes made
/// plain, so building a set allocates no strings. A rare hash collision can only make two texts look slightly more
/// alike, never change the diff itself. A set is the sorted array of its distinct hashes: one small array per
/// stretch (or a stretch of a reused buffer, <see cref="Fill"/>), and two sets compared by one merge.
/// </remarks>
internal static class Similarity
{
    /// <summary>The distinct word hashes of a stretch, in increasing order.</summary>
    public static int[] WordSet(string text, int start, int length)
    {
        var rented = ArrayPool<int>.Shared.Rent(Math.Max(1, length));
        try
        {
            return rented.AsSpan(0, Fill(text, start, length, rented)).ToArray();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>Writes the set of <see cref="WordSet"/> to the start of <paramref name="buffer"/>, which holds at least <paramref name="length"/> items.</summary>
    /// <returns>How many distinct hashes were written.</returns>
    public static int Fill(string text, int start, int length, Span<int> buffer)
    {
        // A word is at least one character (in scripts without spaces two words may touch), so the buffer suffices.
        var count = 0;
        for (int position = start, end = start + length; position < end;)
        {
            var next = WordScanner.TokenEnd(text, position, end, out var kind);
            if (kind == SegmentKind.Word)
            {
                buffer[count++] = Hash(text.AsSpan(position, next - position));
            }

            position = next;
        }

        var hashes = buffer[..count];
        hashes.Sort();
        var distinct = 0;
        for (var k = 0; k < hashes.Length; k++)
        {
            if (distinct == 0 || hashes[k] != hashes[distinct - 1])
            {
                hashes[distinct++] = hashes[k];
            }
        }

        return distinct;
    }

    /// <summary>The Dice coefficient of two sets made by <see cref="WordSet"/>: twice the shared words over the words of both.</summary>
    public static double Dice(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }

        // One merge with no branch on the values: which side steps on is computed, not guessed (the values are
        // hashes, so a branch would be mispredicted half the time).
        ref var x = ref MemoryMarshal.GetReference(a);
        ref var y = ref MemoryMarshal.GetReference(b);
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            var (p, q) = (Unsafe.Add(ref x, i), Unsafe.Add(ref y, j));
            shared += p == q ? 1 : 0;
            i += p <= q ? 1 : 0;
            j += p >= q ? 1 : 0;
        }

        return 2.0 * shared / (a.Length + b.Length);
    }

    /// <summary>A hash of a word's letters, lower-cased and typographic variants made plain (FNV-1a over its characters).</summary>
    /// <remarks>
    /// Two words of the same length differing in one character never share a hash (each step is a bijection of the
    /// hash so far). The hash is the same in every process, so a rare collision is at least reproducible.
    /// </remarks>
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            // No ASCII character has a plain form of its own (KeyNormalizer.PlainForm), and ASCII lower-cases alone.
            var plain = c < 0x80
                ? (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c
                : char.ToLowerInvariant(KeyNormalizer.PlainForm(c) is { Length: 1 } p ? p[0] : c);
            hash = (hash ^ plain) * 16777619u;
        }

        return (int)hash;
    }
}
