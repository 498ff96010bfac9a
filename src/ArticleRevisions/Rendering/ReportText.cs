using ArticleRevisions.Classification;
using ArticleRevisions.Reports;
using ArticleRevisions.Text;

namespace ArticleRevisions.Rendering;

/// <summary>The words the history reports share: verdicts, timeline fills, one-line text.</summary>
internal static class ReportText
{
    /// <summary>The verdict in lower case (<c>original</c>, <c>cosmetic</c>, <c>substantive</c>), as JSON and tables write it.</summary>
    public static string Verdict(EditVerdict verdict) => verdict switch
    {
        EditVerdict.Original => "original",
        EditVerdict.Cosmetic => "cosmetic",
        EditVerdict.Substantive => "substantive",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
    };

    /// <summary>The verdict with a stealth warning and the labels that led to it: <c>STEALTH substantive: text added</c>.</summary>
    public static string VerdictWithLabels(RevisionFacts classification)
    {
        var verdict = Verdict(classification.Verdict);
        if (classification.IsStealthEdit)
        {
            verdict = "STEALTH " + verdict;
        }

        return classification.Labels.IsEmpty ? verdict : $"{verdict}: {LabelText.Of(classification)}";
    }

    /// <summary>The block a timeline bar is drawn with: █ substantive, ▒ cosmetic, ░ original.</summary>
    public static char Fill(EditVerdict verdict) => verdict switch
    {
        EditVerdict.Substantive => '█',
        EditVerdict.Cosmetic => '▒',
        _ => '░',
    };

    /// <summary>Text on one line: every run of white space, line breaks included, becomes one space; none at the ends.</summary>
    public static string Collapse(string text) => KeyNormalizer.CollapseWhitespace(text);

    public static string Plural(int count, string noun) => count == 1 ? $"{count} {noun}" : $"{count} {noun}s";
}
