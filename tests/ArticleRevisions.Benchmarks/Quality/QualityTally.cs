namespace ArticleRevisions.Benchmarks.Quality;

/// <summary>Token counts of one engine over a set of pairs, and the precision, recall and F1 they give.</summary>
/// <remarks>
/// Counts are summed over the pairs before the ratios are taken (micro-averaged), so a long pair weighs more
/// than a short one. With nothing reported and nothing to find, precision and recall are 1. This type is mutable
/// and not thread-safe: one tally per engine and group, filled by one thread.
/// </remarks>
internal sealed class QualityTally
{
    /// <summary>Gets the number of pairs scored.</summary>
    public int Pairs { get; private set; }

    /// <summary>Gets the number of pairs whose reported edits equal the gold exactly.</summary>
    public int Exact { get; private set; }

    /// <summary>Gets the number of gold edited tokens (true positives plus false negatives).</summary>
    public int Gold { get; private set; }

    /// <summary>Gets the tokens reported edited that the gold edits too.</summary>
    public int TruePositives { get; private set; }

    /// <summary>Gets the tokens reported edited that the gold keeps.</summary>
    public int FalsePositives { get; private set; }

    /// <summary>Gets the tokens the gold edits that were reported kept.</summary>
    public int FalseNegatives { get; private set; }

    /// <summary>Gets TP / (TP + FP).</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>Gets TP / (TP + FN).</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Gets the harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Scores one pair: both mark sets must be normalised the same way.</summary>
    /// <returns>Whether the reported edits equal the gold exactly.</returns>
    public bool Add(TokenMarks reported, TokenMarks gold)
    {
        var (tp, fp, fn) = Count(reported.OldEdited, gold.OldEdited);
        var (tp2, fp2, fn2) = Count(reported.NewEdited, gold.NewEdited);
        Pairs++;
        Gold += tp + fn + tp2 + fn2;
        TruePositives += tp + tp2;
        FalsePositives += fp + fp2;
        FalseNegatives += fn + fn2;
        var exact = fp + fn + fp2 + fn2 == 0;
        Exact += exact ? 1 : 0;
        return exact;
    }

    /// <summary>Adds another tally's counts to this one.</summary>
    public void Add(QualityTally other)
    {
        Pairs += other.Pairs;
        Exact += other.Exact;
        Gold += other.Gold;
        TruePositives += other.TruePositives;
        FalsePositives += other.FalsePositives;
        FalseNegatives += other.FalseNegatives;
    }

    private static (int TruePositives, int FalsePositives, int FalseNegatives) Count(IReadOnlyList<bool> reported, IReadOnlyList<bool> gold)
    {
        int tp = 0, fp = 0, fn = 0;
        for (var k = 0; k < gold.Count; k++)
        {
            (tp, fp, fn) = (reported[k], gold[k]) switch
            {
                (true, true) => (tp + 1, fp, fn),
                (true, false) => (tp, fp + 1, fn),
                (false, true) => (tp, fp, fn + 1),
                _ => (tp, fp, fn),
            };
        }

        return (tp, fp, fn);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 1 : (double)part / whole;
}
