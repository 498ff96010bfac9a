using ArticleRevisions.Reports;

namespace ArticleRevisions.Rendering;

/// <summary>
/// Writes the versions compared with the summary, the ignored-changes sentence and a compact table of counts: words
/// as <c>+N -N</c>; sentences and paragraphs added, removed, changed and moved; similarity as a percentage.
/// </summary>
/// <remarks>
/// The first line is the inline format's header, <c>OLD → NEW: summary</c>, so the revisions that times or defaults
/// resolved to are named. The terminal's <c>--stat</c>. This type is immutable and thread-safe.
/// </remarks>
public sealed class StatDiffRenderer : IRenderer<Comparison>
{
    private static readonly HashSet<int> Numbers = [1, 2, 3, 4];

    /// <inheritdoc/>
    public void Render(Comparison model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var result = model.Result;
        var lines = new[] { TerminalText.Readable($"{model.Old.Label} → {model.New.Label}: {DiffSummary.Of(model)}"), IgnoredText.Describe(result.Ignored) }.Where(l => l.Length > 0);
        foreach (var line in lines)
        {
            writer.Write(line);
            writer.Write('\n');
        }

        writer.Write('\n');

        var table = new List<string[]> { new[] { string.Empty, "added", "removed", "changed", "moved" } };
        foreach (var row in StatTable.Rows(result.Statistics))
        {
            table.Add(row.Changed is null
                ? [row.Unit, "+" + StatTable.Count(row.Added), "-" + StatTable.Count(row.Removed), string.Empty, string.Empty]
                : [row.Unit, StatTable.Count(row.Added), StatTable.Count(row.Removed), StatTable.Count(row.Changed.Value), StatTable.Count(row.Moved ?? 0)]);
        }

        table.Add(["similarity", StatTable.Percent(result), string.Empty, string.Empty, string.Empty]);
        ColumnLayout.Write(writer, table, Numbers);
    }
}
