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

    /// <summary>Formats a similarity from 0 to 1 as a percentage with one decimal, such as <c>96.5%</c>.</summary>
    public static string Percent(double similarity) => similarity.ToString("0.0%", CultureInfo.InvariantCulture);

    /// <summary>Formats a count with invariant digits.</summary>
    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
