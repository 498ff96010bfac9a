using System.Buffers.Text;
using System.Collections.Immutable;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Reports;

/// <summary>
/// Which revert keys a walk of a history must hold (<see cref="RevertKeys"/>), learnt from every revision's keys in a
/// scan before it: a whole text's key only when some other revision has the same text, a removed key only when some
/// revision adds it. Most keys are neither (at 10,000 revisions of small edits: no text key repeated, 2,706 of 14,386
/// removed keys added again), so the walk holds a few thousand keys, not every one.
/// </summary>
/// <remarks>
/// <para>
/// Exact, as every key a walk asks about passes: the added keys are in a Bloom filter (a removed key that passes but is
/// never added is held for nothing), and a text key seen twice (or taken for one by its filter) is listed exactly. X: a history whose revisions add
/// many more keys than a few lets more removed keys through, as if there were no filter.
/// </para>
/// <para>Every revision of the walk must have been observed, with the same keys. Mutable while observing; not thread-safe.</para>
/// </remarks>
internal sealed class RevertFilter
{
    private readonly ulong[] added;
    private readonly ulong[] texts;
    private readonly KeyTable repeated = new(16, withNumbers: false);

    /// <summary>Creates an empty filter for a history of about <paramref name="revisions"/> revisions.</summary>
    public RevertFilter(int revisions)
    {
        added = new ulong[Math.Max(16, revisions / 4)];
        texts = new ulong[Math.Max(16, revisions / 8)];
    }

    /// <summary>Gets how many text keys are held (those repeated, and a few taken for repeated).</summary>
    public int RepeatedTexts => repeated.Count;

    /// <summary>Notes the valid keys of a sidecar line (see <see cref="RevertKeys.AreValid(FactsLine)"/>).</summary>
    public void Observe(FactsLine line)
    {
        for (var i = 0; i < line.KeyCount; i++)
        {
            var key = line.Key(i);
            Observe((char)key[0], Utf8Parser.TryParse(key[1..], out ulong value, out _, 'x') ? value : 0);
        }
    }

    /// <summary>Notes a revision's valid keys (see <see cref="RevertKeys.AreValid(ImmutableArray{string})"/>).</summary>
    public void Observe(ImmutableArray<string> keys)
    {
        foreach (var key in keys)
        {
            Observe(key[0], ulong.TryParse(key.AsSpan(1), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : 0);
        }
    }

    /// <summary>Whether a walk must hold text key <paramref name="key"/>: some other revision may have the same text.</summary>
    public bool KeepsText(ulong key) => repeated.Contains(key);

    /// <summary>Whether a walk must hold removed key <paramref name="key"/>: some revision may add it.</summary>
    public bool KeepsRemoved(ulong key) => Test(added, key);

    private void Observe(char mark, ulong key)
    {
        switch (mark)
        {
            case RevertKeys.AddedMark:
                Set(added, key);
                break;
            case RevertKeys.TextMark:
                if (Test(texts, key))
                {
                    repeated.Set(key);
                }
                else
                {
                    Set(texts, key);
                }

                break;
        }
    }

    private static void Set(ulong[] bits, ulong key)
    {
        for (var probe = 0; probe < 3; probe++)
        {
            var bit = Bit(bits, key, probe);
            bits[bit >> 6] |= 1UL << bit;
        }
    }

    private static bool Test(ulong[] bits, ulong key) =>
        (bits[Bit(bits, key, 0) >> 6] & (1UL << Bit(bits, key, 0))) != 0
        && (bits[Bit(bits, key, 1) >> 6] & (1UL << Bit(bits, key, 1))) != 0
        && (bits[Bit(bits, key, 2) >> 6] & (1UL << Bit(bits, key, 2))) != 0;

    /// <summary>Bit position <paramref name="probe"/> (0 to 2) for the key (a fingerprint, already well mixed): 32 of its bits, from bit 0, 16 or 32, scaled to the table.</summary>
    private static int Bit(ulong[] bits, ulong key, int probe) => (int)(((key >> (16 * probe)) & uint.MaxValue) * (ulong)bits.Length * 64 >> 32);
}
