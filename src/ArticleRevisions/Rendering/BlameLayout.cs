using ArticleRevisions.Provenance;
using ArticleRevisions.Reports;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>The words and tables of a <see cref="BlameReport"/>, shared by its text, Markdown and HTML renderers.</summary>
internal static class BlameLayout
{
    public static string Title(BlameReport report, DateTimeZone zone) =>
        $"Revision {report.Revision.Number} of {report.Article.Id} ({TimeFormat.InZone(report.Revision.At, zone)})";

    public static string What(BlameReport report) =>
        $"{(report.Granularity == BlameGranularity.Word ? "words" : "sentences")} by the revision that introduced them";

    /// <summary>Whether any run was put back by a revert, so the runs get a column saying by which revision.</summary>
    public static bool AnyRestored(BlameReport report) => report.Runs.Any(run => run.RestoredIn is not null);

    /// <summary>
    /// One row per run: origin, its time, its editor (through <paramref name="editor"/>), then, when
    /// <see cref="AnyRestored"/>, the revision that put it back (through <paramref name="restored"/>, or empty), and
    /// the text on one line, last, so that nothing but the article's text stands in its column.
    /// </summary>
    public static string[][] Runs(BlameReport report, DateTimeZone zone, Func<string?, string> editor, Func<int, string> restored)
    {
        var withRestored = AnyRestored(report);
        return [.. report.Runs.Select(run => Row(run, zone, editor, withRestored ? restored : null))];
    }

    /// <summary>The headings of the runs' columns, as <see cref="Runs"/> fills them.</summary>
    public static string[] RunHeadings(BlameReport report) =>
        AnyRestored(report) ? ["revision", "introduced", "editor", "restored in", "text"] : ["revision", "introduced", "editor", "text"];

    private static string[] Row(AttributedSegment run, DateTimeZone zone, Func<string?, string> editor, Func<int, string>? restored)
    {
        var cells = new List<string>(5) { $"r{run.Origin.Number}", TimeFormat.InZone(run.Origin.At, zone), editor(run.Origin.Editor) };
        if (restored is not null)
        {
            cells.Add(run.RestoredIn is { } by ? restored(by.Number) : string.Empty);
        }

        cells.Add(ReportText.Collapse(run.Text));
        return [.. cells];
    }

    public static string RemovedHeading(BlameReport report) => $"Removed up to revision {report.Revision.Number}";
}
