using ArticleRevisions.Diffing;

namespace ArticleRevisions.Rendering;

/// <summary>Describes, in words, the differences a comparison's options treated as equal.</summary>
internal static class IgnoredText
{
    private static readonly string[] Nouns = ["whitespace change", "case change", "quote change", "dash change", "ellipsis change", "Unicode normalisation change"];

    /// <summary>Describes the counts, such as "2 quote changes and 3 whitespace changes not shown".</summary>
    /// <returns>The description, or an empty string when nothing was ignored.</returns>
    public static string Describe(IgnoredChanges ignored)
    {
        var parts = ignored.Counts.Select(p => $"{p.Value} {Nouns[(int)p.Key]}{(p.Value == 1 ? string.Empty : "s")}").ToArray();
        return parts.Length switch
        {
            0 => string.Empty,
            1 => $"{parts[0]} not shown",
            _ => $"{string.Join(", ", parts[..^1])} and {parts[^1]} not shown",
        };
    }
}
