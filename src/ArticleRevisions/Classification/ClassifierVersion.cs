namespace ArticleRevisions.Classification;

/// <summary>The version of what the diff engine and the classifier answer about a pair of revisions.</summary>
/// <remarks>
/// Word counts, labels and verdicts are computed once per revision and kept in a sidecar beside the history (see
/// <c>Reports</c>); entries made under another version are stale and computed again. Whoever changes what
/// <see cref="EditClassifier"/> or <see cref="Diffing.TextDiffer"/> answer for some pair of texts raises
/// <see cref="Current"/> in the same commit.
/// </remarks>
internal static class ClassifierVersion
{
    /// <summary>The current version; raise it whenever a result of the engine or the classifier changes.</summary>
    public const int Current = 4;
}
