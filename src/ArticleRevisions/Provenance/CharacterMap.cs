using ArticleRevisions.Diffing;

namespace ArticleRevisions.Provenance;

/// <summary>Reads a comparison's alignment as a map from each character of the new text to the old character it continues.</summary>
internal static class CharacterMap
{
    /// <returns>For each character of the new text, the old character it continues, or -1.</returns>
    public static int[] From(TextAlignment alignment, int newLength)
    {
        var map = new int[newLength];
        Array.Fill(map, -1);
        foreach (var range in alignment.Carried)
        {
            for (var i = 0; i < range.NewLength; i++)
            {
                map[range.NewStart + i] = range.OldStart + Math.Min(i, range.OldLength - 1);
            }
        }

        return map;
    }
}
