using System.Globalization;
using System.Text;
using ArticleRevisions.Diffing;
using ArticleRevisions.Rendering;

namespace ArticleRevisions.Benchmarks.Quality;

/// <summary>
/// The diff-quality benchmark: how exactly <see cref="TextDiffer.Compare"/> reports the words that changed, beside a
/// plain word-level LCS, on generated pairs with known edits and on our own hand-made annotated pairs.
/// </summary>
/// <remarks>
/// <para>
/// Every pair is an <see cref="AnnotatedText"/>: the old text, the new text and the gold edits. Each engine's
/// result is turned into <see cref="TokenMarks"/> (which old tokens it deletes, which new tokens it inserts), both
/// it and the gold are normalised (<see cref="TokenMarks.Normalized"/>), and the two are compared token by token
/// at the same position: a <em>true positive</em> is a token the engine and the gold both mark, a <em>false
/// positive</em> one only the engine marks (an unchanged word reported deleted or inserted), a <em>false
/// negative</em> one only the gold marks. Precision, recall and F1 are micro-averaged over the pairs of a
/// category (<see cref="QualityTally"/>). <em>Exact</em> is the share of pairs with no false positive or negative.
/// </para>
/// <para>
/// Ours is <see cref="TextDiffer.Compare"/> with default options (word granularity, moves on): its deleted and
/// moved-from spans delete, its inserted and moved-to spans insert (a move is a deletion and an insertion, as the
/// gold writes it, so its inner edits are already counted). The baseline is <see cref="WordLcsBaseline"/>.
/// </para>
/// <para>This type is stateless and thread-safe; it writes only to the writer it is given.</para>
/// </remarks>
internal static class QualityBenchmark
{
    private const string Usage =
        "usage: quality [--seed N] [--per-category N] [--data FILE] [--show CATEGORY|all [--source generated|hand-made]] [--write FILE]";

    private sealed record Scored(QualityCase Case, DiffResult Ours, TokenMarks Baseline, bool OursExact, bool BaselineExact, (int Fp, int Fn) OursMisses);

    /// <summary>Runs the benchmark and prints its table (or the pairs asked for).</summary>
    /// <param name="args">The arguments after <c>quality</c>.</param>
    /// <param name="output">Where the table goes.</param>
    /// <returns>0 when run, 2 when an argument or the data file is wrong.</returns>
    public static int Run(string[] args, TextWriter output)
    {
        var seed = 9;
        var perCategory = 100;
        var data = Path.Combine(AppContext.BaseDirectory, "Quality", "hand-made-pairs.txt");
        string? show = null, source = null, write = null;
        for (var k = 0; k < args.Length; k++)
        {
            var value = k + 1 < args.Length ? args[k + 1] : null;
            switch (args[k])
            {
                case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out seed):
                case "--per-category" when int.TryParse(value, CultureInfo.InvariantCulture, out perCategory) && perCategory >= 0:
                case "--data" when value is not null && (data = value) is not null:
                case "--show" when (show = value) is not null:
                case "--source" when (source = value) is "generated" or "hand-made":
                case "--write" when (write = value) is not null:
                    k++;
                    break;
                default:
                    output.WriteLine($"quality: bad argument '{args[k]}'; {Usage}");
                    return 2;
            }
        }

        List<QualityCase> cases;
        try
        {
            cases = [.. CaseGenerator.Generate(seed, perCategory), .. HandMadePairs.Read(data)];
        }
        catch (Exception e) when (e is FormatException or IOException)
        {
            output.WriteLine($"quality: {e.Message}");
            return 2;
        }

        if (write is not null)
        {
            WriteCases(write, cases);
            output.WriteLine($"Wrote {cases.Count} annotated pairs to {write}.");
            return 0;
        }

        var groups = new SortedDictionary<(string Source, int Order, string Category), (QualityTally Ours, QualityTally Baseline)>();
        var scored = new List<Scored>();
        foreach (var item in cases)
        {
            var text = AnnotatedText.Parse(item.Annotated);
            var gold = TokenMarks.FromSpans(text.OldText, text.NewText, text.Gold).Normalized(text.OldText, text.NewText);
            var result = TextDiffer.Compare(text.OldText, text.NewText);
            var ours = TokenMarks.FromSpans(text.OldText, text.NewText, result.Spans).Normalized(text.OldText, text.NewText);
            var baseline = WordLcsBaseline.Compare(text.OldText, text.NewText).Normalized(text.OldText, text.NewText);
            var key = (item.Source, Order(item.Category), item.Category);
            if (!groups.TryGetValue(key, out var tallies))
            {
                groups[key] = tallies = (new QualityTally(), new QualityTally());
            }

            var fp = tallies.Ours.FalsePositives;
            var fn = tallies.Ours.FalseNegatives;
            var oursExact = tallies.Ours.Add(ours, gold);
            var baselineExact = tallies.Baseline.Add(baseline, gold);
            scored.Add(new Scored(item, result, baseline, oursExact, baselineExact, (tallies.Ours.FalsePositives - fp, tallies.Ours.FalseNegatives - fn)));
        }

        if (show is not null)
        {
            Show(output, scored.Where(s => !(s.OursExact && s.BaselineExact) && (show == "all" || s.Case.Category == show) && (source is null || s.Case.Source == source)));
            return 0;
        }

        WriteTable(output, groups, seed, perCategory, data);
        return 0;
    }

    private static int Order(string category)
    {
        var index = Array.IndexOf(CaseGenerator.Categories, category);
        return index < 0 ? CaseGenerator.Categories.Length : index;
    }

    private static void WriteTable(TextWriter output, SortedDictionary<(string Source, int Order, string Category), (QualityTally Ours, QualityTally Baseline)> groups, int seed, int perCategory, string data)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Diff quality: ours (TextDiffer.Compare, default options) vs a plain word-level LCS; generated seed {seed}, {perCategory} per category; hand-made {Path.GetFileName(data)}"));
        output.WriteLine();
        output.WriteLine("| Source | Category | Pairs | Gold tokens | Ours P | Ours R | Ours F1 | Ours exact | Ours FP | Ours FN | LCS P | LCS R | LCS F1 | LCS exact | LCS FP | LCS FN |");
        output.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        var overall = (Ours: new QualityTally(), Baseline: new QualityTally());
        foreach (var bySource in groups.GroupBy(g => g.Key.Source))
        {
            var total = (Ours: new QualityTally(), Baseline: new QualityTally());
            foreach (var ((sourceName, _, category), (ours, baseline)) in bySource)
            {
                Row(output, sourceName, category, ours, baseline);
                total.Ours.Add(ours);
                total.Baseline.Add(baseline);
            }

            Row(output, $"**{bySource.Key}**", "**all**", total.Ours, total.Baseline);
            overall.Ours.Add(total.Ours);
            overall.Baseline.Add(total.Baseline);
        }

        Row(output, "**overall**", "**all**", overall.Ours, overall.Baseline);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Overall F1: ours {overall.Ours.F1:0.000}, word LCS {overall.Baseline.F1:0.000} ({(overall.Ours.F1 >= overall.Baseline.F1 ? "ours is at least the baseline" : "ours is below the baseline")})."));
    }

    private static void Row(TextWriter output, string source, string category, QualityTally ours, QualityTally baseline) =>
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {source} | {category} | {ours.Pairs} | {ours.Gold} | {ours.Precision:0.000} | {ours.Recall:0.000} | {ours.F1:0.000} | {100.0 * ours.Exact / Math.Max(1, ours.Pairs):0.0}% | {ours.FalsePositives} | {ours.FalseNegatives} | {baseline.Precision:0.000} | {baseline.Recall:0.000} | {baseline.F1:0.000} | {100.0 * baseline.Exact / Math.Max(1, baseline.Pairs):0.0}% | {baseline.FalsePositives} | {baseline.FalseNegatives} |"));

    private static void Show(TextWriter output, IEnumerable<Scored> misses)
    {
        var count = 0;
        foreach (var miss in misses)
        {
            count++;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{miss.Case.Source} {miss.Case.Category}] {miss.Case.Origin}: ours FP {miss.OursMisses.Fp}, FN {miss.OursMisses.Fn}; LCS {(miss.BaselineExact ? "exact" : "not exact")}"));
            output.WriteLine($"  gold: {miss.Case.Annotated}");
            output.WriteLine($"  ours: {Annotate(miss.Ours)}");
            output.Write("        ");
            new SummaryRenderer().Render(miss.Ours, output);
            if (!miss.BaselineExact)
            {
                output.WriteLine($"  LCS:  {Annotate(miss.Ours.OldText, miss.Baseline.OldEdited, "[-", "-]")} => {Annotate(miss.Ours.NewText, miss.Baseline.NewEdited, "{+", "+}")}");
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} pairs where ours or the LCS is not exact."));
    }

    /// <summary>A comparison result in the annotated notation; a move's ends are written as a deletion and an insertion marked with its number.</summary>
    private static string Annotate(DiffResult result)
    {
        var builder = new StringBuilder();
        foreach (var span in result.Spans)
        {
            builder.Append(span.Kind switch
            {
                DiffSpanKind.Unchanged => AnnotatedText.Escape(result.NewTextOf(span)),
                DiffSpanKind.Deleted => $"[-{AnnotatedText.Escape(result.OldTextOf(span))}-]",
                DiffSpanKind.Inserted => $"{{+{AnnotatedText.Escape(result.NewTextOf(span))}+}}",
                DiffSpanKind.MovedFrom => string.Create(CultureInfo.InvariantCulture, $"<move {span.MoveId}>[-{AnnotatedText.Escape(result.OldTextOf(span))}-]"),
                _ => string.Create(CultureInfo.InvariantCulture, $"<move {span.MoveId}>{{+{AnnotatedText.Escape(result.NewTextOf(span))}+}}"),
            });
        }

        return builder.ToString();
    }

    /// <summary>One side's tokens separated by spaces, the edited ones marked.</summary>
    private static string Annotate(string text, IReadOnlyList<bool> edited, string open, string close) =>
        string.Join(' ', TokenMarks.Tokens(text).Select((t, k) => edited[k] ? open + t.GetText(text) + close : t.GetText(text)));

    private static void WriteCases(string path, List<QualityCase> cases)
    {
        var builder = new StringBuilder();
        foreach (var group in cases.GroupBy(c => (c.Source, c.Category)))
        {
            builder.Append("## ").Append(group.Key.Category).Append(" (").Append(group.Key.Source).Append(")\n");
            foreach (var item in group)
            {
                builder.Append("# ").Append(item.Origin).Append('\n').Append(item.Annotated).Append('\n');
            }
        }

        File.WriteAllText(path, builder.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }
}
