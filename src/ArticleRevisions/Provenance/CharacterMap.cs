using System.Collections.Immutable;
using ArticleRevisions.Diffing;

namespace ArticleRevisions.Provenance;

/// <summary>Reads a comparison's alignment as a map from each character of the new text to the old character it continues.</summary>
/// <remarks>
/// A character is looked up in the carried ranges by binary search when they are in order of the new text and do not
/// overlap (as a comparison gives them); otherwise the map is made once for every character, a later range winning
/// where two cover one. Either way the answers are the same; the walk asks only about a few hundred characters a step.
/// </remarks>
internal sealed class CharacterMap
{
    private readonly ImmutableArray<AlignedRange> ranges;
    private readonly int[]? whole;

    private CharacterMap(ImmutableArray<AlignedRange> ranges, int[]? whole)
    {
        this.ranges = ranges;
        this.whole = whole;
    }

    /// <summary>Gets the carried ranges, in the comparison's order.</summary>
    public ImmutableArray<AlignedRange> Ranges => ranges;

    /// <summary>Gets the old character that the new character at <paramref name="position"/> continues, or -1.</summary>
    public int this[int position]
    {
        get
        {
            if (whole is not null)
            {
                return whole[position];
            }

            int low = 0, high = ranges.Length - 1, found = -1;
            while (low <= high)
            {
                var middle = low + ((high - low) >> 1);
                if (ranges[middle].NewStart <= position)
                {
                    found = middle;
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            if (found < 0 || position >= ranges[found].NewStart + ranges[found].NewLength)
            {
                return -1;
            }

            var range = ranges[found];
            return range.OldStart + Math.Min(position - range.NewStart, range.OldLength - 1);
        }
    }

    public static CharacterMap From(TextAlignment alignment, int newLength)
    {
        var ranges = alignment.Carried;
        for (var r = 1; r < ranges.Length; r++)
        {
            if (ranges[r].NewStart < ranges[r - 1].NewStart + ranges[r - 1].NewLength)
            {
                return new CharacterMap(ranges, Whole(ranges, newLength));
            }
        }

        return new CharacterMap(ranges, null);
    }

    private static int[] Whole(ImmutableArray<AlignedRange> ranges, int newLength)
    {
        var map = new int[newLength];
        Array.Fill(map, -1);
        foreach (var range in ranges)
        {
            for (var i = 0; i < range.NewLength; i++)
            {
                map[range.NewStart + i] = range.OldStart + Math.Min(i, range.OldLength - 1);
            }
        }

        return map;
    }
}
