using System.Globalization;
using ArticleRevisions.Diffing;

namespace ArticleRevisions.Rendering;

/// <summary>The counts every summary format shows, in one order, so the formats agree.</summary>
internal static class StatTable
{
    /// <summary>Gets the rows for words, sentences and paragraphs.</summary>
    public static IReadOnlyList<StatRow> Rows(DiffStatistics statistics) =>
    [
        new("words", statistics.WordsAdded, statistics.WordsRemoved, null, null),
        new("sentences", statistics.SentencesAdded, statistics.SentencesRemoved, statistics.SentencesChanged, statistics.SentencesMoved),
        new("paragraphs", statistics.ParagraphsAdded, statistics.ParagraphsRemoved, statistics.ParagraphsChanged, statistics.ParagraphsMoved),
    ];

    /// <summary>Formats a comparison's similarity as a percentage with one decimal, such as <c>96.5%</c>.</summary>
    /// <remarks>
    /// Rounded down, and 100% only when the texts are equal under the options: a moved paragraph keeps every word,
    /// so its similarity is 1, but "100%" would tell a reader nothing changed.
    /// </remarks>
    public static string Percent(DiffResult result) =>
        (Similarity(result, decimals: 3) * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    /// <summary>Gets a comparison's similarity rounded down to <paramref name="decimals"/> places, below 1 unless the texts are equal under the options.</summary>
    public static double Similarity(DiffResult result, int decimals)
    {
        var scale = Math.Pow(10, decimals);
        // The small nudge keeps a value such as 0.966, stored as 0.96599999…, from being floored to 0.965.
        var floored = Math.Floor((result.Similarity * scale) + 1e-9) / scale;
        return result.HasDifferences ? Math.Min(floored, 1 - (1 / scale)) : 1;
    }

    /// <summary>Formats a count with invariant digits.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
