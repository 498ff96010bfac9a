using System.Text;
using ArticleRevisions.Diffing;

namespace ArticleRevisions.Rendering;

/// <summary>
/// Writes the summary, the ignored-changes sentence and a compact table of counts: words as <c>+N -N</c>;
/// sentences and paragraphs added, removed, changed and moved; similarity as a percentage.
/// </summary>
internal static class StatRenderer
{
    private static readonly string[] Header = ["", "added", "removed", "changed", "moved"];

    public static string Render(DiffResult result)
    {
        var builder = new StringBuilder();
        var summary = DiffSummary.Of(result);
        if (summary.Length > 0)
        {
            builder.Append(summary).Append('\n');
        }

        var ignored = IgnoredText.Describe(result.Ignored);
        if (ignored.Length > 0)
        {
            builder.Append(ignored).Append('\n');
        }

        if (builder.Length > 0)
        {
            builder.Append('\n');
        }

        var table = new List<string[]> { Header };
        foreach (var row in StatTable.Rows(result.Statistics))
        {
            table.Add(row.Changed is null
                ? [row.Unit, "+" + StatTable.Count(row.Added), "-" + StatTable.Count(row.Removed), "", ""]
                : [row.Unit, StatTable.Count(row.Added), StatTable.Count(row.Removed), StatTable.Count(row.Changed.Value), StatTable.Count(row.Moved ?? 0)]);
        }

        table.Add(["similarity", StatTable.Percent(result.Similarity), "", "", ""]);
        var widths = Enumerable.Range(0, Header.Length).Select(c => table.Max(r => r[c].Length)).ToArray();
        foreach (var row in table)
        {
            var line = new StringBuilder(row[0].PadRight(widths[0]));
            for (var column = 1; column < row.Length; column++)
            {
                line.Append("  ").Append(row[column].PadLeft(widths[column]));
            }

            builder.Append(line.ToString().TrimEnd()).Append('\n');
        }

        return builder.ToString();
    }
}
