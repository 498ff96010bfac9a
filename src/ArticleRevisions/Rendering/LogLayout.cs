using System.Globalization;
using ArticleRevisions.Reports;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>The words and table of a <see cref="RevisionLog"/>, shared by its text, Markdown and HTML renderers.</summary>
internal static class LogLayout
{
    /// <summary>Says how many revisions there are, how many are shown, and in which zones times are.</summary>
    public static string Counts(RevisionLog log, DateTimeZone zone, bool withUtc = true)
    {
        var shown = log.EntryCount == log.RevisionCount ? string.Empty : $" ({log.EntryCount} shown)";
        var zones = IsUtc(zone) || !withUtc ? zone.Id : $"{zone.Id} and UTC";
        var events = log.Events.IsEmpty ? string.Empty : $", {ReportText.Plural(log.Events.Length, "event")}";
        return $"{ReportText.Plural(log.RevisionCount, "revision")}{shown}{events}, times in {zones}";
    }

    /// <summary>The table: number, local time, UTC time (left out when the zone is UTC or <paramref name="withUtc"/> is false), time since the previous revision, words, verdict, editor, note.</summary>
    /// <remarks>Its rows are made as they are enumerated, from the log's entries read afresh each time.</remarks>
    public static ReportTable Table(RevisionLog log, DateTimeZone zone, bool withUtc = true)
    {
        string[] header = ["#", zone.Id, "UTC", "after", "words", "verdict", "editor", "note"];

        // In UTC the zone's column and the UTC column would say the same thing twice; a narrow table keeps the
        // zone's time alone, whose offset still pins the instant.
        int? dropped = IsUtc(zone) ? 1 : withUtc ? null : 2;
        return dropped is { } column
            ? new ReportTable(null, Without(header, column), Rows(log, zone).Select(r => Without(r, column)), new HashSet<int> { 0 })
            : new ReportTable(null, header, Rows(log, zone), new HashSet<int> { 0 });
    }

    /// <summary>The note, followed by when a revision was captured when that was later than it changed, or by the window it changed in when only the capture's time is known.</summary>
    public static string Note(RevisionSummary revision, EntryTiming timing, DateTimeZone zone)
    {
        var capture = (timing.IsExact, revision.ObservedAt) switch
        {
            (false, _) => $"(observed {TimeFormat.InZone(timing.ChangeWindow.End, zone)}; changed between {TimeFormat.InZone(timing.ChangeWindow.Start, zone)} and {TimeFormat.InZone(timing.ChangeWindow.End, zone)})",
            (true, { } observed) when observed != revision.At => $"(observed {TimeFormat.InZone(observed, zone)})",
            _ => null,
        };
        return string.Join(' ', new[] { revision.Note, capture }.Where(p => !string.IsNullOrEmpty(p)));
    }

    private static IEnumerable<string[]> Rows(RevisionLog log, DateTimeZone zone)
    {
        foreach (var (entry, recorded) in EventText.Interleave(log.EnumerateEntries(), e => (e.Revision.At, e.Revision.Number), log.Events))
        {
            if (recorded is { Event: var e })
            {
                yield return ["-", TimeFormat.InZone(e.At, zone), TimeFormat.Utc(e.At), "-", string.Empty, EventText.Describe(e), "-", e.Note ?? string.Empty];
                continue;
            }

            // Interleave hands out exactly one of the two.
            var (revision, timing) = (entry!.Revision, entry.Timing);
            var words = entry.Classification.Statistics;
            yield return
            [
                revision.Number.ToString(CultureInfo.InvariantCulture),
                TimeFormat.InZone(revision.At, zone),
                TimeFormat.Utc(revision.At),
                timing.SincePrevious is { } after ? DurationText.Format(after) : "-",
                $"+{words.WordsAdded} -{words.WordsRemoved}",
                ReportText.VerdictWithLabels(entry.Classification),
                revision.Editor ?? "-",
                Note(revision, timing, zone),
            ];
        }
    }

    private static bool IsUtc(DateTimeZone zone) => zone.Id == DateTimeZone.Utc.Id;

    private static string[] Without(string[] row, int column) => [.. row.Where((_, c) => c != column)];
}
