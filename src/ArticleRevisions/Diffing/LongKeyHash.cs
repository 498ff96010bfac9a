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
/// <para>
/// The 32 bits are then mixed by MurmurHash3's finalizer (shifts, exclusive ors and odd multiplies), a one-to-one map
/// of 32-bit values, so every pair of keys is as unlikely to share a mixed hash, or any bits of it, as before. The
/// guarantee is for a pair of keys; for a given draw of the numbers, the sums of keys that differ in one word lie on
/// a lattice, and their top bits alone crowded some buckets: of 2,000 draws, 16,384 numbered paragraphs put up to 154
/// keys in one of 1,024 buckets (16 on average), and one draw in 20 to 30 left a bucket empty. Mixed, the worst of
/// 10,000 draws held 41 and left a bucket empty twice, as a random function's would.
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

    /// <summary>How many random numbers a draw holds: <see cref="BlockWords"/> + 1 for the first level, as many and one for the length at the top.</summary>
    internal const int NumberCount = 2 * BlockWords + 3;

    /// <summary>The hash of <paramref name="key"/>.</summary>
    public static int Hash(ReadOnlySpan<char> key)
    {
        Hash(key, Volatile.Read(ref numbers) ?? Draw(), belowCombining: false, out var hash);
        return hash;
    }

    /// <summary>The hash of <paramref name="key"/> under <paramref name="drawn"/> (<see cref="NumberCount"/> numbers) in place of the process's draw, so a test can try the family on draws of its own.</summary>
    internal static int Hash(ReadOnlySpan<char> key, ulong[] drawn)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(drawn.Length, NumberCount, nameof(drawn));
        Hash(key, drawn, belowCombining: false, out var hash);
        return hash;
    }

    /// <summary>Gets the hash of <paramref name="key"/> when every character of it is below U+0300 (the combining marks), reading it once for both.</summary>
    /// <returns>False, with no hash, when a character is at U+0300 or above (the key is read no further) or the key is longer than <see cref="MostChars"/>.</returns>
    /// <remarks>
    /// A paragraph of such characters is its own key under most options (<see cref="Text.KeyNormalizer.IsOwnKey"/>),
    /// which looking for them first, then hashing, found by reading it twice.
    /// </remarks>
    public static bool TryHashBelowCombining(ReadOnlySpan<char> key, out int hash) => Hash(key, Volatile.Read(ref numbers) ?? Draw(), belowCombining: true, out hash);

    /// <summary>The high byte of each of four characters read at once: zero when all are below U+0100, as most are, when no closer look is needed.</summary>
    private const ulong HighBytes = 0xFF00_FF00_FF00_FF00UL;

    /// <summary>
    /// Four characters of a key, as read, when one of them is at U+0300 or above: the high bit of each 16-bit lane, set
    /// when the lane's other bits plus 0x7D00 reach 0x8000 (no lane carries into the next) or already set.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Combining(ulong chars) => (((chars & 0x7FFF_7FFF_7FFF_7FFFUL) + 0x7D00_7D00_7D00_7D00UL) | chars) & 0x8000_8000_8000_8000UL;

    /// <summary>The hash of <paramref name="key"/> under the numbers <paramref name="all"/>; with <paramref name="belowCombining"/>, false at the first character at U+0300 or above.</summary>
    /// <remarks>Inlined into its callers, so the check costs nothing where it is not asked for.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Hash(ReadOnlySpan<char> key, ulong[] all, bool belowCombining, out int hash)
    {
        if (key.Length > MostChars)
        {
            hash = belowCombining ? 0 : string.GetHashCode(key);
            return !belowCombining;
        }

        var first = all.AsSpan(0, BlockWords + 1);
        var top = all.AsSpan(BlockWords + 1, BlockWords + 2);
        ulong sum;
        hash = 0;
        if (key.Length <= 2 * BlockWords)
        {
            if (!Sum(key, top[..(BlockWords + 1)], belowCombining, out sum))
            {
                return false;
            }
        }
        else
        {
            sum = top[0];
            var block = 1;
            for (var start = 0; start < key.Length; start += 2 * BlockWords, block++)
            {
                var part = key.Slice(start, Math.Min(2 * BlockWords, key.Length - start));
                if (!Sum(part, first, belowCombining, out var partSum))
                {
                    return false;
                }

                sum += top[block] * (partSum >> 32);
            }
        }

        sum += top[BlockWords + 1] * (ulong)key.Length;
        hash = (int)Mix((uint)(sum >> 32));
        return true;
    }

    /// <summary>MurmurHash3's finalizer: a one-to-one map of 32-bit values in which each bit of the input reaches every bit of the output.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint value)
    {
        value ^= value >> 16;
        value *= 0x85EB_CA6B;
        value ^= value >> 13;
        value *= 0xC2B2_AE35;
        return value ^ (value >> 16);
    }

    /// <summary>m₀ + Σ mᵢ·sᵢ over the words of <paramref name="part"/> (at most <see cref="BlockWords"/>), modulo 2⁶⁴.</summary>
    /// <returns>False, with <paramref name="sum"/> unfinished, when <paramref name="belowCombining"/> and a character is at U+0300 or above.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Sum(ReadOnlySpan<char> part, ReadOnlySpan<ulong> m, bool belowCombining, out ulong sum)
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
        ulong other = 0;
        sum = number;
        nint i = 0;
        for (; i + 3 < words.Length; i += 4)
        {
            var low = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<uint, byte>(ref Unsafe.Add(ref word, i)));
            var high = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<uint, byte>(ref Unsafe.Add(ref word, i + 2)));
            if (belowCombining && ((low | high) & HighBytes) != 0 && (Combining(low) | Combining(high)) != 0)
            {
                return false;
            }

            sum += (Unsafe.Add(ref number, i + 1) * (uint)low) + (Unsafe.Add(ref number, i + 2) * (low >> 32));
            other += (Unsafe.Add(ref number, i + 3) * (uint)high) + (Unsafe.Add(ref number, i + 4) * (high >> 32));
        }

        for (; i < words.Length; i++)
        {
            if (belowCombining && Combining(Unsafe.Add(ref word, i)) != 0)
            {
                return false;
            }

            sum += Unsafe.Add(ref number, i + 1) * Unsafe.Add(ref word, i);
        }

        if ((part.Length & 1) != 0)
        {
            if (belowCombining && part[^1] >= '\u0300')
            {
                return false;
            }

            sum += Unsafe.Add(ref number, i + 1) * part[^1];
        }

        sum += other;
        return true;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong[] Draw()
    {
        var drawn = new ulong[NumberCount];
        Random.Shared.NextBytes(MemoryMarshal.AsBytes(drawn.AsSpan()));

        // Two threads may draw at once: the first to publish wins, and both use its numbers.
        return Interlocked.CompareExchange(ref numbers, drawn, null) ?? drawn;
    }
}
