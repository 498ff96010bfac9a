using ArticleRevisions.Reports;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>Lays out a <see cref="BlameReport"/> for Markdown and HTML: the runs, then what was removed.</summary>
internal static class BlameDocument
{
    public static ReportDocument From(BlameReport report, DateTimeZone zone)
    {
        var tables = new List<ReportTable>
        {
            new(
                null,
                BlameLayout.RunHeadings(report),
                BlameLayout.Runs(report, zone, editor => editor ?? "-", number => $"r{number}"),
                new HashSet<int>()),
        };
        var removed = report.Provenance.Removed;
        if (removed.Count > 0)
        {
            var rows = removed.Select(r => new[]
            {
                ReportText.Collapse(r.Text),
                $"r{r.Origin.Number}",
                $"r{r.RemovedIn.Number}",
                TimeFormat.InZone(r.RemovedIn.At, zone),
                DurationText.Format(r.Survived),
            }).ToArray();
            tables.Add(new(BlameLayout.RemovedHeading(report), ["text", "added in", "removed in", "removed at", "survived"], rows, new HashSet<int>()));
        }

        var what = BlameLayout.What(report);
        return new ReportDocument(BlameLayout.Title(report, zone), [char.ToUpperInvariant(what[0]) + what[1..] + "."], tables);
    }
}
