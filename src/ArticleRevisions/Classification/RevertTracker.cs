using System.Collections.Immutable;

namespace ArticleRevisions.Classification;

/// <summary>
/// Walks a history's revisions oldest first and tells which are reverts: a revision whose text equals an earlier
/// revision's (other than the one just before it), or whose edits put back text an earlier revision took out.
/// </summary>
/// <remarks>Mutable, for one walk; not thread-safe.</remarks>
internal sealed class RevertTracker
{
    private readonly Dictionary<string, int> texts = new(StringComparer.Ordinal);
    private readonly HashSet<string> removed = new(StringComparer.Ordinal);
    private string? previousText;

    /// <summary>Marks the revert in a classification of the next revision, and remembers it.</summary>
    /// <returns>The classification with <see cref="EditLabel.Revert"/> on the edits that restore text and, when the whole text returns, the revision it returns to.</returns>
    public RevisionClassification Mark(RevisionClassification classification)
    {
        var trace = RevertTrace.Of(classification.Revision.Text, classification.Changes);
        var whole = WholeRevertOf(trace);
        var changes = classification.Changes
            .Select(c => whole is not null || RevertTrace.Keys(c.Added, c.Removed, c.Labels).Any(removed.Contains) ? c with { Labels = [.. c.Labels, EditLabel.Revert] } : c)
            .ToImmutableArray();
        Remember(classification.Revision.Number, trace);
        return classification with { Changes = changes, RevertsTo = whole };
    }

    /// <summary>The latest earlier revision with the same text, unless the revision before has it too (then nothing changed).</summary>
    private int? WholeRevertOf(RevertTrace trace) =>
        trace.Text != previousText && texts.TryGetValue(trace.Text, out var earlier) ? earlier : null;

    private void Remember(int number, RevertTrace trace)
    {
        texts[trace.Text] = number;
        removed.UnionWith(trace.Removed);
        previousText = trace.Text;
    }
}
