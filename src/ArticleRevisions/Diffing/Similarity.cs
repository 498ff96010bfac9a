using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>How alike two stretches of text are, by the words they share (Dice coefficient over word sets).</summary>
/// <remarks>
/// Words are compared by a hash of their letters, lower-cased and with typographic apostrophes and dashes made
/// plain, so building a set allocates no strings. A rare hash collision can only make two texts look slightly more
/// alike, never change the diff itself. A set is the sorted array of its distinct hashes (one small array per
/// stretch, or a stretch of a reused buffer), and two sets are compared by one merge; or, where one set meets many
/// (the pairing of a rewrite's paragraphs), it is held in a <see cref="Table"/> and the other's hashes are looked up.
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

    /// <summary>Puts the distinct word hashes of a stretch in <paramref name="table"/>, emptied first: the set of <see cref="WordSet"/>, unsorted.</summary>
    public static void Fill(string text, int start, int length, Table table)
    {
        table.Clear();
        for (int position = start, end = start + length; position < end;)
        {
            var next = WordScanner.TokenEnd(text, position, end, out var kind);
            if (kind == SegmentKind.Word)
            {
                table.Add(Hash(text.AsSpan(position, next - position)));
            }

            position = next;
        }
    }

    /// <summary>The Dice coefficient of a set held in a table and one listed (distinct hashes, any order), counted by looking each listed hash up.</summary>
    public static double Dice(Table a, ReadOnlySpan<int> b)
    {
        if (a.Count == 0 && b.Length == 0)
        {
            return 1;
        }

        var shared = 0;
        foreach (var hash in b)
        {
            shared += a.Contains(hash) ? 1 : 0;
        }

        return 2.0 * shared / (a.Count + b.Length);
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

    /// <summary>
    /// A set of word hashes that tells at once whether it holds one, and lists them in the order they were added:
    /// shared words are counted by looking up, with no sorting. Emptying it is one step (its slots are marked with
    /// the generation that filled them), so one table serves unit after unit.
    /// </summary>
    internal sealed class Table
    {
        private int[] slots = new int[64];
        private int[] marks = new int[64];
        private int[] order = new int[32];
        private int mark = 1;
        private int shift = 32 - 6;

        /// <summary>Gets how many hashes the table holds.</summary>
        public int Count { get; private set; }

        /// <summary>Gets the hashes held, in the order they were first added.</summary>
        public ReadOnlySpan<int> Hashes => order.AsSpan(0, Count);

        /// <summary>Empties the table.</summary>
        public void Clear()
        {
            Count = 0;
            if (++mark == int.MaxValue)
            {
                Array.Clear(marks);
                mark = 1;
            }
        }

        /// <summary>Adds <paramref name="hash"/>; false when the table held it already.</summary>
        public bool Add(int hash)
        {
            if ((Count + 1) * 2 > slots.Length)
            {
                Grow();
            }

            var mask = slots.Length - 1;
            for (var i = Slot(hash); ; i = (i + 1) & mask)
            {
                if (marks[i] != mark)
                {
                    (marks[i], slots[i]) = (mark, hash);
                    if (Count == order.Length)
                    {
                        Array.Resize(ref order, order.Length * 2);
                    }

                    order[Count++] = hash;
                    return true;
                }

                if (slots[i] == hash)
                {
                    return false;
                }
            }
        }

        /// <summary>Tells whether the table holds <paramref name="hash"/>.</summary>
        public bool Contains(int hash)
        {
            var mask = slots.Length - 1;
            for (var i = Slot(hash); marks[i] == mark; i = (i + 1) & mask)
            {
                if (slots[i] == hash)
                {
                    return true;
                }
            }

            return false;
        }

        // Fibonacci hashing: the top bits of the product, so hashes alike in their low bits still spread.
        private int Slot(int hash) => (int)(((uint)hash * 0x9E3779B9u) >> shift);

        private void Grow()
        {
            var held = order.AsSpan(0, Count).ToArray();
            slots = new int[slots.Length * 2];
            marks = new int[slots.Length];
            shift--;
            (mark, Count) = (1, 0);
            foreach (var hash in held)
            {
                Add(hash);
            }
        }
    }
}
