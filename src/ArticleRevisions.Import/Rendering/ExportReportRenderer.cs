using ArticleRevisions.Import.Export;

namespace ArticleRevisions.Import.Rendering;

/// <summary>Writes an <see cref="ExportReport"/> as one line of plain text.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class ExportReportRenderer
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ExportReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var revisions = Count(report.Revisions, "revision");
        if (report.Format == ExportFormat.MediaWiki)
        {
            writer.WriteLine($"Exported {revisions} of {report.HistoryPath} to {Path.Combine(report.Directory, report.Files[0])} (MediaWiki XML, schema 0.11).");
            return;
        }

        var raw = report.Files.Count(f => f.StartsWith("raw/", StringComparison.Ordinal));
        List<string> parts = [Count(report.Revisions, "text file")];
        if (raw > 0)
        {
            parts.Add($"{Count(raw, "raw source")} in raw/");
        }

        parts.Add("manifest.tsv");
        if (report.Files.Contains("events.tsv"))
        {
            parts.Add("events.tsv");
        }

        writer.WriteLine($"Exported {revisions} of {report.HistoryPath} to {report.Directory}: {string.Join(", ", parts)} and article.tsv.");
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? string.Empty : "s")}";
}
