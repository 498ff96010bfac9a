using ArticleRevisions.Classification;
using ArticleRevisions.Reports;

namespace ArticleRevisions.Rendering;

/// <summary>How edit labels are written: words for people, stable identifiers for JSON.</summary>
internal static class LabelText
{
    public static string Of(EditLabel label) => label switch
    {
        EditLabel.Formatting => "whitespace/formatting",
        EditLabel.Punctuation => "punctuation/typography",
        EditLabel.SpellingFix => "spelling fix",
        EditLabel.NumberOrDate => "number or date changed",
        EditLabel.Negation => "negation changed",
        EditLabel.Quotation => "quotation changed",
        EditLabel.TextAdded => "text added",
        EditLabel.TextRemoved => "text removed",
        EditLabel.Rewritten => "rewritten",
        EditLabel.Moved => "moved",
        EditLabel.Headline => "headline changed",
        EditLabel.Revert => "revert",
        _ => label.ToString(),
    };

    public static string Id(EditLabel label) => label switch
    {
        EditLabel.Formatting => "formatting",
        EditLabel.Punctuation => "punctuation",
        EditLabel.SpellingFix => "spellingFix",
        EditLabel.NumberOrDate => "numberOrDate",
        EditLabel.Negation => "negation",
        EditLabel.Quotation => "quotation",
        EditLabel.TextAdded => "textAdded",
        EditLabel.TextRemoved => "textRemoved",
        EditLabel.Rewritten => "rewritten",
        EditLabel.Moved => "moved",
        EditLabel.Headline => "headline",
        EditLabel.Revert => "revert",
        _ => label.ToString(),
    };

    /// <summary>A revision's labels in words, a whole revert naming its revision: <c>rewritten, revert to revision 3</c>.</summary>
    public static string Of(RevisionFacts facts) =>
        string.Join(", ", facts.Labels.Select(l => l == EditLabel.Revert && facts.RevertsTo is { } to ? $"revert to revision {to}" : Of(l)));
}
