using System.Globalization;
using ArticleRevisions.Text;

namespace ArticleRevisions.Import.Rendering;

/// <summary>Writes an <see cref="ImportReport"/> as plain text: one line per history, times in each article's zone.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class ImportReportRenderer
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ImportReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        if (report.Histories.Length > 1)
        {
            writer.WriteLine($"{report.Source}: {Count(report.Histories.Length, "page")}, {Count(report.Read, "revision")} read, {Count(report.Added, "revision")} added.");
        }

        foreach (var history in report.Histories)
        {
            writer.WriteLine(Line(history));
        }

        if (report.LeftOut.Length > 0)
        {
            writer.WriteLine($"Not in the manifest, so not read: {string.Join(", ", report.LeftOut)}.");
        }
    }

    private static string Line(ImportedHistory history)
    {
        var zone = history.Article.Zone;
        var what = (history.FirstAdded, history.LastAdded) is ({ } first, { } last)
            ? $"{(history.Created ? "created with" : "appended")} {Count(history.Added, "revision")} ({TimeFormat.InZone(first, zone)} to {TimeFormat.InZone(last, zone)}), {history.Total} in all"
            : history.Created ? "created with no revisions" : "nothing new";
        var notes = new List<string>();
        if (history.AlreadyPresent > 0)
        {
            notes.Add($"{history.AlreadyPresent} not newer than its latest revision");
        }

        if (history.Unchanged > 0)
        {
            notes.Add($"{history.Unchanged} equal to the revision before, not added");
        }

        if (history.Suppressed > 0)
        {
            notes.Add($"{history.Suppressed} with suppressed parts");
        }

        if (history.TimesAdjusted > 0)
        {
            notes.Add($"{history.TimesAdjusted} sharing a second with the one before, placed 1 ms after it");
        }

        var title = history.Article.Title == Path.GetFileNameWithoutExtension(history.Path) ? string.Empty : $" “{history.Article.Title}”";
        return $"{history.Path}{title}: {what}{(notes.Count > 0 ? "; " + string.Join("; ", notes) : string.Empty)}.";
    }

    private static string Count(long n, string noun) =>
        $"{n.ToString("N0", CultureInfo.InvariantCulture)} {noun}{(n == 1 ? string.Empty : "s")}";
}
