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
        var revisions = $"{report.Revisions} revision{(report.Revisions == 1 ? string.Empty : "s")}";
        writer.WriteLine(report.Format == ExportFormat.MediaWiki
            ? $"Exported {revisions} of {report.HistoryPath} to {Path.Combine(report.Directory, report.Files[0])} (MediaWiki XML, schema 0.11)."
            : $"Exported {revisions} of {report.HistoryPath} to {report.Directory}: {report.Files.Length - 2} text files, manifest.tsv and article.tsv.");
    }
}
