using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ArticleRevisions.Diffing;

/// <summary>
/// A hash of long keys (paragraphs, sentences) drawn at random once per process from a strongly universal family, so
/// no input chosen without seeing the hashes can crowd one bucket of a table; it costs a third of Marvin's
/// instructions a character.
/// </summary>
/// <remarks>
/// <para>
/// The family is Lemire and Kaser's MULTILINEAR ("Strongly universal string hashing is fast", The Computer Journal,
/// 2014): a key is read as 32-bit words s₁ … sₙ (two characters each, the last padded with zero), and with random 64-bit
/// numbers m₀ … mₙ, h = (m₀ + Σ mᵢ·sᵢ mod 2⁶⁴) shifted right by 32. For any two different word vectors of one length
/// and any two 32-bit values, the chance over the m's that the two hashes take them is about 2⁻⁶⁴, so the chance
/// that two different keys share a hash, or any bits of it such as a bucket, is about that of a random function:
/// 2⁻³² for the whole hash, 1 in the number of buckets for a bucket. Unlike a seeded mix of multiplies and shifts
/// (Murmur, xxHash, whose seed-independent collisions are known), this holds for every pair of inputs, however chosen.
/// </para>
/// <para>
/// A table of random numbers covers <see cref="BlockWords"/> words, so a key is hashed in two levels: each block of
/// up to that many words to 32 bits with one set of numbers, then the blocks' hashes, with another set, as the words
/// of the top level; a key of one block is hashed by the top level directly. The key's length in characters is one
/// more word of the top level, with a number of its own, so keys of different lengths (which zero padding could make
/// equal) differ there: two different keys collide only if some block collides at the first level or their top-level
/// vectors do, each about 2⁻³², at most a few times that in all. Keys longer than two levels cover are hashed by
/// Marvin, as before. The numbers come from <see cref="Random.Shared"/>, seeded by the system, when the first long key
/// is hashed, and stay the same for the process, so every table finds its keys again. As with Marvin, the guarantee is against inputs made without knowing the numbers; nothing here is
/// secret from code in the same process.
/// </para>
/// </remarks>
internal static class LongKeyHash
{
    /// <summary>How many 32-bit words (two characters each) a block holds: 256, 512 characters.</summary>
    internal const int BlockWords = 256;

    /// <summary>The longest key hashed here, in characters: two levels of blocks.</summary>
    internal const int MostChars = 2 * BlockWords * BlockWords;

    // First level: m₀ … m₂₅₆ at [0, BlockWords]; top level: m₀ … m₂₅₆ and the length's at [BlockWords + 1, 2·BlockWords + 2].
    // Drawn once: every table in the process hashes with the same numbers.
    private static ulong[]? numbers;

    /// <summary>The hash of <paramref name="key"/>.</summary>
    public static int Hash(ReadOnlySpan<char> key)
    {
        if (key.Length > MostChars)
        {
            return string.GetHashCode(key);
        }

        var all = Volatile.Read(ref numbers) ?? Draw();
        var first = all.AsSpan(0, BlockWords + 1);
        var top = all.AsSpan(BlockWords + 1, BlockWords + 2);
        ulong sum;
        if (key.Length <= 2 * BlockWords)
        {
            sum = Sum(key, top[..(BlockWords + 1)]);
        }
        else
        {
            sum = top[0];
            var block = 1;
            for (var start = 0; start < key.Length; start += 2 * BlockWords, block++)
            {
                var part = key.Slice(start, Math.Min(2 * BlockWords, key.Length - start));
                sum += top[block] * (Sum(part, first) >> 32);
            }
        }

        sum += top[BlockWords + 1] * (ulong)key.Length;
        return (int)(sum >> 32);
    }

    /// <summary>m₀ + Σ mᵢ·sᵢ over the words of <paramref name="part"/> (at most <see cref="BlockWords"/>), modulo 2⁶⁴.</summary>
    private static ulong Sum(ReadOnlySpan<char> part, ReadOnlySpan<ulong> m)
    {
        var words = MemoryMarshal.Cast<char, uint>(part);
        var count = words.Length + (part.Length & 1);
        if (count >= m.Length)
        {
            throw new ArgumentException("A block is longer than the numbers drawn for it.", nameof(part));
        }

        // Checked once above, so the loops read through references. Four words a step, read as two 64-bit halves (the
        // first word in the low bits on a little-endian machine; on another the words are only taken in another
        // order, which is as universal), into two sums so neighbouring multiplies overlap.
        ref var number = ref MemoryMarshal.GetReference(m);
        ref var word = ref MemoryMarshal.GetReference(words);
        ulong sum = number, other = 0;
        nint i = 0;
        for (; i + 3 < words.Length; i += 4)
        {
            var low = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<uint, byte>(ref Unsafe.Add(ref word, i)));
            var high = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<uint, byte>(ref Unsafe.Add(ref word, i + 2)));
            sum += (Unsafe.Add(ref number, i + 1) * (uint)low) + (Unsafe.Add(ref number, i + 2) * (low >> 32));
            other += (Unsafe.Add(ref number, i + 3) * (uint)high) + (Unsafe.Add(ref number, i + 4) * (high >> 32));
        }

        for (; i < words.Length; i++)
        {
            sum += Unsafe.Add(ref number, i + 1) * Unsafe.Add(ref word, i);
        }

        if ((part.Length & 1) != 0)
        {
            sum += Unsafe.Add(ref number, i + 1) * part[^1];
        }

        return sum + other;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong[] Draw()
    {
        var drawn = new ulong[2 * BlockWords + 3];
        Random.Shared.NextBytes(MemoryMarshal.AsBytes(drawn.AsSpan()));

        // Two threads may draw at once: the first to publish wins, and both use its numbers.
        return Interlocked.CompareExchange(ref numbers, drawn, null) ?? drawn;
    }
}
