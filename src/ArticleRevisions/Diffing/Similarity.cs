using System.Buffers;
using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>How alike two stretches of text are, by the words they share (Dice coefficient over word sets).</summary>
/// <remarks>
/// Words are compared by a hash of their letters, lower-cased and with typographic apostrophes and dashes made
/// plain, so building a set allocates no strings. A rare hash collision can only make two texts look slightly more
/// alike, never change the diff itself. A set is the sorted array of its distinct hashes: one small array per
/// stretch, and two sets compared by one merge.
/// </remarks>
internal static class Similarity
{
    /// <summary>The distinct word hashes of a stretch, in increasing order.</summary>
    public static int[] WordSet(string text, int start, int length)
    {
        // A word is at least one character (in scripts without spaces two words may touch).
        var rented = ArrayPool<int>.Shared.Rent(Math.Max(1, length));
        try
        {
            var count = 0;
            for (int position = start, end = start + length; position < end;)
            {
                var next = WordScanner.TokenEnd(text, position, end, out var kind);
                if (kind == SegmentKind.Word)
                {
                    rented[count++] = Hash(text.AsSpan(position, next - position));
                }

                position = next;
            }

            var hashes = rented.AsSpan(0, count);
            hashes.Sort();
            var distinct = 0;
            for (var k = 0; k < hashes.Length; k++)
            {
                if (distinct == 0 || hashes[k] != hashes[distinct - 1])
                {
                    hashes[distinct++] = hashes[k];
                }
            }

            return hashes[..distinct].ToArray();
        }
        finally
        {
            ArrayPool<int>.Shared.Return(rented);
        }
    }

    /// <summary>The Dice coefficient of two sets made by <see cref="WordSet"/>: twice the shared words over the words of both.</summary>
    public static double Dice(int[] a, int[] b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 1;
        }

        var shared = 0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 2.0 * shared / (a.Length + b.Length);
    }

    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = new HashCode();
        foreach (var c in word)
        {
            var plain = KeyNormalizer.PlainForm(c) is { Length: 1 } p ? p[0] : c;
            hash.Add(char.ToLowerInvariant(plain));
        }

        return hash.ToHashCode();
    }
}
