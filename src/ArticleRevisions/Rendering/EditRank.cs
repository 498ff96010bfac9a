using ArticleRevisions.Classification;
using ArticleRevisions.Diffing;
using ArticleRevisions.Text;

namespace ArticleRevisions.Rendering;

/// <summary>How much an edit matters to a reader, for the order a summary quotes edits in: lower first.</summary>
/// <remarks>
/// A reworded headline and whole sentences added or removed, then numbers and dates, negations, names and quotations; then other
/// rewordings, removals before additions; then changes of letter case or spelling. From <see cref="Counted"/> on,
/// edits are not quoted but counted: honorifics (<c>Mr.</c>), punctuation, typography, markup and byte-order marks.
/// </remarks>
internal static class EditRank
{
    public const int Headline = 0;
    public const int WholeSentence = 0;
    public const int NumberOrDate = 1;
    public const int Negation = 2;
    public const int Name = 3;
    public const int Quotation = 4;
    public const int Removal = 5;
    public const int Addition = 6;
    public const int Spelling = 7;
    public const int Counted = 8;
    public const int Honorific = 8;
    public const int Punctuation = 9;
    public const int Typography = 10;
    public const int Markup = 11;

    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "mx", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "hon", "messrs",
        "пан", "пані", "д-р", "проф",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> HonorificWords = Honorifics.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Ranks an edit.</summary>
    /// <param name="region">The edit.</param>
    /// <param name="oldText">The old text.</param>
    /// <param name="newText">The new text.</param>
    /// <param name="exact">
    /// False for an edit a summary will not quote unless it ranks <see cref="WholeSentence"/> (too many words):
    /// the rank is then exact where it is <see cref="Headline"/>, <see cref="WholeSentence"/> or counted (from
    /// <see cref="Counted"/> on), and otherwise only known to lie between them, which is all such a summary uses.
    /// </param>
    /// <param name="titles">The title lines of the two texts, when found already; found when null and needed.</param>
    public static int Of(in EditRegion region, string oldText, string newText, bool exact = true, TitleLine.Pair? titles = null)
    {
        var labels = EditClassifier.Labels(region, oldText, newText, headlineOnly: !exact, titles);
        if (labels.Contains(EditLabel.Formatting))
        {
            return Markup;
        }

        if (labels.Contains(EditLabel.Punctuation))
        {
            return EditClassifier.PlainEquals(region.RemovedSpan, region.AddedSpan)
                ? Typography
                : Punctuation;
        }

        if (OnlyHonorifics(EditClassifier.RemovedWords(region)) && OnlyHonorifics(EditClassifier.AddedWords(region)))
        {
            return Honorific;
        }

        if (labels.Contains(EditLabel.Headline))
        {
            return Headline;
        }

        if ((region.AddedLength == 0 && IsWholeSentences(oldText, region.OldStart, region.RemovedLength))
            || (region.RemovedLength == 0 && IsWholeSentences(newText, region.NewStart, region.AddedLength)))
        {
            return WholeSentence;
        }

        if (!exact)
        {
            return region.RemovedLength > 0 ? Removal : Addition;
        }

        if (labels.Contains(EditLabel.NumberOrDate))
        {
            return NumberOrDate;
        }

        if (labels.Contains(EditLabel.Negation))
        {
            return Negation;
        }

        if (HasName(oldText, region.OldStart, region.RemovedLength) || HasName(newText, region.NewStart, region.AddedLength))
        {
            return Name;
        }

        if (labels.Contains(EditLabel.Quotation))
        {
            return Quotation;
        }

        if (labels.Contains(EditLabel.SpellingFix))
        {
            return Spelling;
        }

        return region.RemovedLength > 0 ? Removal : Addition;
    }

    /// <summary>Tells whether a stretch holds one or more whole sentences: it starts where a sentence can start and ends a sentence.</summary>
    private static bool IsWholeSentences(string text, int start, int length)
    {
        var span = text.AsSpan(start, length);
        var first = start + (length - span.TrimStart().Length);
        var end = start + span.TrimEnd().Length;
        if (end <= first)
        {
            return false;
        }

        var before = first - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        var last = end - 1;
        while (last > first && IsCloser(text[last]))
        {
            last--;
        }

        return (before < 0 || IsTerminator(text[before]) || IsCloser(text[before]) && before > 0 && IsTerminator(text[before - 1]))
            && IsTerminator(text[last])
            && !char.IsLower(text[first]);
    }

    /// <summary>Tells whether a stretch holds a capitalised word that does not start a sentence: a name.</summary>
    private static bool HasName(string text, int start, int length)
    {
        var words = new WordWalk(text, start, start + length);
        while (words.Next())
        {
            if (!char.IsUpper(text[words.Start]) || HonorificWords.Contains(words.Word))
            {
                continue;
            }

            var before = words.Start - 1;
            while (before >= 0 && (char.IsWhiteSpace(text[before]) || IsCloser(text[before]) || text[before] is '"' or '“' or '«' or '('))
            {
                before--;
            }

            if (before >= 0 && !IsTerminator(text[before]) && text[before] is not (':' or '\n'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…' or '。';

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or '»' or ')' or ']';

    /// <summary>Tells whether every word walked is an honorific (true when there is none), stopping at the first that is not.</summary>
    private static bool OnlyHonorifics(WordWalk words)
    {
        while (words.Next())
        {
            if (!HonorificWords.Contains(words.Word))
            {
                return false;
            }
        }

        return true;
    }
}
