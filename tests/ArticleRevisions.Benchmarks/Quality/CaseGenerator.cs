using System.Globalization;
using ArticleRevisions.Text;

namespace ArticleRevisions.Benchmarks.Quality;

/// <summary>
/// Generates pairs of texts with known edits, one category at a time, each from its own seed, written in the
/// annotated notation so that the gold comes with them.
/// </summary>
/// <remarks>
/// <para>
/// Each pair starts from news-like sentences (<see cref="NewsProse"/>) and applies edits recorded piece by piece
/// (<see cref="EditScript"/>). Half of the pairs, chosen by the seed, are then reversed (old and new swapped), so
/// every edit is measured in both directions: a full stop removed and added, quotes curled and straightened.
/// </para>
/// <para>The categories, and what one pair of each holds:</para>
/// <list type="table">
/// <item><term>substitute</term><description>one or two places where one to three words are replaced.</description></item>
/// <item><term>insert</term><description>one or two places where one to three words are inserted.</description></item>
/// <item><term>delete</term><description>one or two places where one to three words are deleted.</description></item>
/// <item><term>punctuation</term><description>one or two marks changed, added or removed (comma, semicolon, colon, final full stop).</description></item>
/// <item><term>abbreviation</term><description>the full stop of one or two abbreviations dropped (<c>Eq.</c>, <c>Fig.</c>, <c>Dr.</c>, <c>No.</c>, <c>approx.</c>, <c>U.S.</c> to <c>US</c>).</description></item>
/// <item><term>rewrap</term><description>one or two paragraphs of three to five sentences re-wrapped at another width (or unwrapped), and one word replaced.</description></item>
/// <item><term>paragraphs</term><description>a paragraph split in two or two joined, or a blank line added or removed in text written one paragraph a line, and one word replaced.</description></item>
/// <item><term>spacing</term><description>one or two spaces after full stops, or a missing one, changed throughout or in one place, and one word replaced.</description></item>
/// <item><term>quotes</term><description>straight quotes and apostrophes made typographic (curly, or guillemets), in all or some places.</description></item>
/// <item><term>boundary</term><description>a change that moves a sentence boundary as the segmenter sees it: two sentences joined by a semicolon, one split at a comma, an abbreviation's full stop dropped.</description></item>
/// <item><term>numbers</term><description>one or two numbers, amounts, years or times changed.</description></item>
/// <item><term>mixed</term><description>one to three paragraphs with two to five edits of the kinds above, and sometimes a change of white space.</description></item>
/// </list>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
internal static class CaseGenerator
{
    /// <summary>Gets the categories, in the order they are reported.</summary>
    public static readonly string[] Categories =
        ["substitute", "insert", "delete", "punctuation", "abbreviation", "rewrap", "paragraphs", "spacing", "quotes", "boundary", "numbers", "mixed"];

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Eq", "Fig", "Ref", "Dr", "Prof", "Gen", "Mr", "Mrs", "Ms", "Col", "Sen", "No", "St", "Rd", "approx", "vs", "cf", "Sec",
    };

    private static readonly string[] SentenceStarters =
    [
        "The", "It", "Both", "Police", "Critics", "Work", "Officials", "Residents", "According", "A", "Local", "Opposition",
        "Inflation", "About", "Prices", "Voting", "Temperatures", "Of", "These", "As", "Values", "Around",
    ];

    private static readonly string[] Replacements =
    [
        "plan", "budget", "report", "deal", "scheme", "project", "vote", "board", "panel", "city", "region", "week", "month",
        "quickly", "quietly", "formally", "again", "finally", "new", "old", "large", "small", "early", "late", "public",
        "private", "local", "national", "said", "added", "warned", "claimed", "agreed", "might", "could", "would", "must",
    ];

    /// <summary>Generates <paramref name="perCategory"/> pairs of every category.</summary>
    /// <param name="seed">The seed all pairs derive from.</param>
    /// <param name="perCategory">How many pairs of each category.</param>
    /// <returns>The pairs, category by category.</returns>
    public static IEnumerable<QualityCase> Generate(int seed, int perCategory)
    {
        for (var c = 0; c < Categories.Length; c++)
        {
            for (var k = 0; k < perCategory; k++)
            {
                var caseSeed = unchecked(seed * 7919 + c * 100_003 + k);
                yield return new QualityCase("generated", Categories[c], string.Create(CultureInfo.InvariantCulture, $"seed {caseSeed}"), Make(Categories[c], caseSeed));
            }
        }
    }

    /// <summary>Makes one pair of a category from a seed.</summary>
    public static string Make(string category, int caseSeed)
    {
        var random = new Random(caseSeed);
        for (var attempt = 0; ; attempt++)
        {
            var script = Build(category, random);
            if (script is null || !script.Changed)
            {
                if (attempt > 100)
                {
                    throw new InvalidOperationException($"No {category} pair from seed {caseSeed}.");
                }

                continue;
            }

            if (random.Next(2) == 0)
            {
                script.Reverse();
            }

            var annotated = script.ToAnnotated();
            var parsed = AnnotatedText.Parse(annotated);
            if (parsed.OldText != script.OldText || parsed.NewText != script.NewText)
            {
                throw new InvalidOperationException($"The annotation of seed {caseSeed} does not read back: {annotated}");
            }

            return annotated;
        }
    }

    private static EditScript? Build(string category, Random random)
    {
        switch (category)
        {
            case "substitute":
                return Apply(Script(random, 1, 3, NewsProse.General), random, 1 + random.Next(2), Substitute);
            case "insert":
                return Apply(Script(random, 1, 3, NewsProse.General), random, 1 + random.Next(2), Insert);
            case "delete":
                return Apply(Script(random, 1, 3, NewsProse.General), random, 1 + random.Next(2), Delete);
            case "punctuation":
                return Apply(Script(random, 1, 3, NewsProse.General), random, 1 + random.Next(2), Punctuate);
            case "abbreviation":
                return Apply(Script(random, 1, 3, NewsProse.Abbreviations), random, 1 + random.Next(2), DropFullStop);
            case "numbers":
                return Apply(Script(random, 1, 3, NewsProse.Numbers), random, 1 + random.Next(2), ChangeNumber);
            case "quotes":
                return Quote(Script(random, 1, 3, NewsProse.Quotes), random, all: random.Next(10) < 7);
            case "boundary":
                return Boundary(random);
            case "rewrap":
                return Rewrap(random);
            case "paragraphs":
                return Paragraphs(random);
            case "spacing":
                return Spacing(random);
            case "mixed":
                return Mixed(random);
            default:
                throw new ArgumentOutOfRangeException(nameof(category), category, "Not a category.");
        }
    }

    private static EditScript Script(Random random, int minSentences, int maxSentences, string[] templates) =>
        new(NewsProse.Paragraph(random, random.Next(minSentences, maxSentences + 1), templates));

    private static EditScript? Apply(EditScript script, Random random, int edits, Func<EditScript, Random, bool> edit)
    {
        var done = 0;
        for (var attempt = 0; attempt < 20 && done < edits; attempt++)
        {
            done += edit(script, random) ? 1 : 0;
        }

        return done == edits ? script : null;
    }

    private static int Pick(Random random, List<int> choices) => choices.Count == 0 ? -1 : choices[random.Next(choices.Count)];

    /// <summary>Whether the word at <paramref name="i"/> stands inside a sentence, after a plain space and not first.</summary>
    private static bool Inside(EditScript s, int i) =>
        i >= 2 && s.IsSpace(i - 1) && s[i - 2].Kind == SegmentKind.Word && !IsNumber(s[i].Old);

    private static bool IsNumber(string word) => word.Length > 0 && char.IsDigit(word[0]);

    private static string Fit(string word, string like) =>
        char.IsUpper(like[0]) ? char.ToUpperInvariant(word[0]) + word[1..] : word;

    private static bool Substitute(EditScript s, Random random)
    {
        var i = Pick(random, s.FreeWords(k => !IsNumber(s[k].Old) && !Abbreviations.Contains(s[k].Old) && s[k].Old is not ("U" or "S")));
        if (i < 0)
        {
            return false;
        }

        s.Replace(i, Fit(Different(random, s[i].Old), s[i].Old));
        // Now and then the next word or two go too, replaced by as many.
        for (var more = random.Next(10) < 3 ? 1 + random.Next(2) : 0; more > 0 && i + 2 < s.Count && s.IsSpace(i + 1) && s[i + 2].Kind == SegmentKind.Word && s.IsFree(i + 2) && !IsNumber(s[i + 2].Old); more--)
        {
            i += 2;
            s.Replace(i, Different(random, s[i].Old));
        }

        return true;
    }

    private static string Different(Random random, string word)
    {
        string other;
        do
        {
            other = Replacements[random.Next(Replacements.Length)];
        }
        while (string.Equals(other, word, StringComparison.OrdinalIgnoreCase));

        return other;
    }

    private static bool Insert(EditScript s, Random random)
    {
        var i = Pick(random, s.FreeWords(k => Inside(s, k)));
        if (i < 0)
        {
            return false;
        }

        var words = string.Join(' ', Enumerable.Range(0, 1 + random.Next(3)).Select(_ => Replacements[random.Next(Replacements.Length)]));
        s.Insert(i, SegmentKind.Whitespace, " ");
        s.Insert(i, SegmentKind.Word, words);
        return true;
    }

    private static bool Delete(EditScript s, Random random)
    {
        var i = Pick(random, s.FreeWords(k => Inside(s, k)));
        if (i < 0)
        {
            return false;
        }

        var count = 1 + random.Next(3);
        var last = i;
        while (--count > 0 && last + 2 < s.Count && s.IsSpace(last + 1) && s[last + 2].Kind == SegmentKind.Word && s.IsFree(last + 2) && !IsNumber(s[last + 2].Old))
        {
            last += 2;
        }

        for (var k = last; k >= i; k -= 2)
        {
            s.DeleteWithSpace(k);
        }

        return true;
    }

    private static bool Punctuate(EditScript s, Random random)
    {
        var commas = Enumerable.Range(0, s.Count).Where(k => s[k].Old == "," && s.IsFree(k)).ToList();
        switch (random.Next(4))
        {
            case 0 when commas.Count > 0:
                var comma = Pick(random, commas);
                s.Replace(comma, random.Next(2) == 0 ? ";" : " —");
                return true;
            case 1 when commas.Count > 0:
                s.Replace(Pick(random, commas), string.Empty);
                return true;
            case 2:
                var end = s.Count - 1;
                if (s[end].Old == "." && s.IsFree(end))
                {
                    s.Replace(end, random.Next(2) == 0 ? "!" : "...");
                    return true;
                }

                return false;
            default:
                var word = Pick(random, s.FreeWords(k => Inside(s, k) && k + 1 < s.Count && s.IsSpace(k + 1)));
                if (word < 0)
                {
                    return false;
                }

                s.Insert(word + 1, SegmentKind.Punctuation, random.Next(3) == 0 ? ":" : ",");
                return true;
        }
    }

    private static bool DropFullStop(EditScript s, Random random)
    {
        var candidates = Enumerable.Range(0, s.Count - 1)
            .Where(k => s[k].Kind == SegmentKind.Word && s[k + 1].Old == "." && s.IsFree(k + 1) && (Abbreviations.Contains(s[k].Old) || s[k].Old == "U"))
            .ToList();
        var i = Pick(random, candidates);
        if (i < 0)
        {
            return false;
        }

        if (s[i].Old == "U" && i + 3 < s.Count && s[i + 2].Old == "S" && s[i + 3].Old == ".")
        {
            s.Replace(i, "US");
            s.Replace(i + 1, string.Empty);
            s.Replace(i + 2, string.Empty);
            s.Replace(i + 3, string.Empty);
            return true;
        }

        s.Replace(i + 1, string.Empty);
        return true;
    }

    private static bool ChangeNumber(EditScript s, Random random)
    {
        var i = Pick(random, s.FreeWords(k => IsNumber(s[k].Old)));
        if (i < 0)
        {
            return false;
        }

        s.Replace(i, NewsProse.Number(random, s[i].Old));
        return true;
    }

    private static EditScript? Quote(EditScript s, Random random, bool all)
    {
        var guillemets = random.Next(5) == 0;
        var changed = false;
        for (var k = 0; k < s.Count; k++)
        {
            if (!all && random.Next(2) == 0)
            {
                continue;
            }

            var piece = s[k];
            var opening = k == 0 || s[k - 1].Kind == SegmentKind.Whitespace;
            var curled = piece.Old switch
            {
                "\"" when guillemets => opening ? "«" : "»",
                "\"" => opening ? "“" : "”",
                "'" => opening ? "‘" : "’",
                _ when piece.Kind == SegmentKind.Word && piece.Old.Contains('\'', StringComparison.Ordinal) => piece.Old.Replace('\'', '’'),
                _ => null,
            };
            if (curled is not null)
            {
                s.Replace(k, curled);
                changed = true;
            }
        }

        return changed ? s : null;
    }

    private static EditScript? Boundary(Random random)
    {
        var s = Script(random, 2, 3, random.Next(3) == 0 ? NewsProse.Abbreviations : NewsProse.General);
        var before = Sentences(s.OldText);
        switch (random.Next(3))
        {
            case 0:
                // Two sentences joined: ". The" becomes "; the".
                var joins = Enumerable.Range(1, Math.Max(0, s.Count - 2))
                    .Where(k => s[k - 1].Old == "." && s.IsSpace(k) && SentenceStarters.Contains(s[k + 1].Old) && s.IsFree(k - 1) && s.IsFree(k + 1))
                    .ToList();
                var join = Pick(random, joins);
                if (join < 0)
                {
                    return null;
                }

                s.Replace(join - 1, random.Next(2) == 0 ? ";" : ",");
                s.Replace(join + 1, s[join + 1].Old == "A" ? "a" : char.ToLowerInvariant(s[join + 1].Old[0]) + s[join + 1].Old[1..]);
                break;
            case 1:
                // One sentence split where a comma stood: ", who" becomes ". Who".
                var splits = Enumerable.Range(1, Math.Max(0, s.Count - 2))
                    .Where(k => s[k - 1].Old == "," && s.IsSpace(k) && s[k + 1].Kind == SegmentKind.Word && char.IsLower(s[k + 1].Old[0]) && s.IsFree(k - 1) && s.IsFree(k + 1))
                    .ToList();
                var split = Pick(random, splits);
                if (split < 0)
                {
                    return null;
                }

                s.Replace(split - 1, ".");
                s.Replace(split + 1, char.ToUpperInvariant(s[split + 1].Old[0]) + s[split + 1].Old[1..]);
                break;
            default:
                if (!DropFullStop(s, random))
                {
                    return null;
                }

                break;
        }

        // Only a change the segmenter reads as a moved boundary counts here.
        return Sentences(s.NewText) != before ? Apply(s, random, random.Next(2), Substitute) : null;
    }

    private static int Sentences(string text) => TextSegmenter.SplitSentences(text).Count(t => t.Kind == SegmentKind.Sentence);

    private static EditScript? Rewrap(Random random)
    {
        var paragraphs = 1 + random.Next(2);
        var text = string.Join("\n\n", Enumerable.Range(0, paragraphs).Select(_ => NewsProse.Paragraph(random, 3 + random.Next(3), NewsProse.General)));
        var s = Apply(new EditScript(text), random, 1, Substitute);
        if (s is null)
        {
            return null;
        }

        int[] widths = [0, 36, 48, 60, 72];
        var oldWidth = widths[random.Next(widths.Length)];
        var newWidth = widths[random.Next(widths.Length)];
        if (oldWidth == newWidth)
        {
            return null;
        }

        var oldBreaks = Wrap(s, oldWidth, p => p.Old);
        var newBreaks = Wrap(s, newWidth, p => p.New);
        for (var k = 0; k < s.Count; k++)
        {
            if (s.IsSpace(k))
            {
                s.Lay(k, oldBreaks.Contains(k) ? "\n" : " ", newBreaks.Contains(k) ? "\n" : " ");
            }
        }

        return s;
    }

    /// <summary>The spaces to turn into line breaks so no line is longer than <paramref name="width"/> (0: none).</summary>
    private static HashSet<int> Wrap(EditScript s, int width, Func<EditScript.Piece, string> text)
    {
        var breaks = new HashSet<int>();
        if (width == 0)
        {
            return breaks;
        }

        var column = 0;
        for (var k = 0; k < s.Count; k++)
        {
            var piece = text(s[k]);
            if (s.IsSpace(k))
            {
                var next = 0;
                for (var j = k + 1; j < s.Count && !s.IsSpace(j) && s[j].Kind != SegmentKind.Whitespace; j++)
                {
                    next += text(s[j]).Length;
                }

                if (column + 1 + next > width && column > 0)
                {
                    breaks.Add(k);
                    column = 0;
                    continue;
                }
            }

            var newline = piece.LastIndexOf('\n');
            column = newline >= 0 ? piece.Length - newline - 1 : column + piece.Length;
        }

        return breaks;
    }

    private static EditScript? Paragraphs(Random random)
    {
        var count = 2 + random.Next(2);
        var lineMode = random.Next(3) == 0;
        var sentences = Enumerable.Range(0, count).Select(_ => NewsProse.Paragraph(random, lineMode ? 1 : 2 + random.Next(3), NewsProse.General));
        var s = Apply(new EditScript(string.Join(lineMode ? "\n" : "\n\n", sentences)), random, 1, Substitute);
        if (s is null)
        {
            return null;
        }

        var breaks = Enumerable.Range(0, s.Count).Where(k => s[k].Kind == SegmentKind.Whitespace && s[k].Old.Contains('\n', StringComparison.Ordinal)).ToList();
        var ends = Enumerable.Range(1, s.Count - 1).Where(k => s.IsSpace(k) && s[k - 1].Old == ".").ToList();
        if (lineMode)
        {
            // The case: a blank line added in text written one paragraph a line, or a line joined to the next.
            var at = Pick(random, breaks);
            s.Replace(at, random.Next(3) > 0 ? "\n\n" : " ");
            return s;
        }

        if (random.Next(2) == 0 && ends.Count > 0)
        {
            s.Replace(Pick(random, ends), "\n\n");
        }
        else
        {
            s.Replace(Pick(random, breaks), " ");
        }

        return s;
    }

    private static EditScript? Spacing(Random random)
    {
        var s = Apply(Script(random, 3, 5, NewsProse.General), random, 1, Substitute);
        if (s is null)
        {
            return null;
        }

        var ends = Enumerable.Range(1, s.Count - 1).Where(k => s.IsSpace(k) && s[k - 1].Old == ".").ToList();
        if (ends.Count == 0)
        {
            return null;
        }

        switch (random.Next(3))
        {
            case 0:
                foreach (var k in ends)
                {
                    s.Replace(k, "  ");
                }

                break;
            case 1:
                s.Replace(Pick(random, ends), "  ");
                break;
            default:
                // A missing space after a full stop put back: "2024.The" becomes "2024. The".
                s.Lay(Pick(random, ends), string.Empty, " ");
                break;
        }

        return s;
    }

    private static EditScript? Mixed(Random random)
    {
        var paragraphs = 1 + random.Next(3);
        var all = NewsProse.General.Concat(NewsProse.Numbers).Concat(NewsProse.Abbreviations).Concat(NewsProse.Quotes).ToArray();
        var text = string.Join("\n\n", Enumerable.Range(0, paragraphs).Select(_ => NewsProse.Paragraph(random, 2 + random.Next(4), all)));
        var s = new EditScript(text);
        Func<EditScript, Random, bool>[] edits = [Substitute, Substitute, Insert, Delete, Punctuate, ChangeNumber, DropFullStop];
        var wanted = 2 + random.Next(4);
        var done = 0;
        for (var attempt = 0; attempt < 40 && done < wanted; attempt++)
        {
            done += edits[random.Next(edits.Length)](s, random) ? 1 : 0;
        }

        if (random.Next(10) < 3)
        {
            var spaces = Enumerable.Range(1, s.Count - 1).Where(k => s.IsSpace(k) && s[k - 1].Old == ".").ToList();
            if (spaces.Count > 0)
            {
                s.Lay(Pick(random, spaces), " ", random.Next(2) == 0 ? "\n" : "  ");
            }
        }

        return done >= 2 ? s : null;
    }
}
