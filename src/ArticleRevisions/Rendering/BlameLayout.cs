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

    /// <summary>One row per run: origin, its time, its editor (through <paramref name="editor"/>), the text on one line.</summary>
    public static string[][] Runs(BlameReport report, DateTimeZone zone, Func<string?, string> editor) =>
    [
        .. report.Runs.Select(run => new[]
        {
            $"r{run.Origin.Number}",
            TimeFormat.InZone(run.Origin.At, zone),
            editor(run.Origin.Editor),
            ReportText.Collapse(run.Text) + (run.RestoredIn is { } restored ? $" (restored in r{restored.Number})" : string.Empty),
        }),
    ];

    public static string RemovedHeading(BlameReport report) => $"Removed up to revision {report.Revision.Number}";
}
