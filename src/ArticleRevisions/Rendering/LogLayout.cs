using System.Globalization;
using ArticleRevisions.Model;
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
        return new ReportTable(null, dropped is { } column ? Without(header, column) : header, Rows(log, zone, dropped), new HashSet<int> { 0 });
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

    /// <summary>The rows, the <paramref name="dropped"/> column left out (and not made).</summary>
    /// <remarks>
    /// A verdict's words are made once for each facts instance: a log of a file shares one instance among the
    /// revisions whose facts are equal, so a long log makes a few hundred of them, not one a row.
    /// </remarks>
    private static IEnumerable<string[]> Rows(RevisionLog log, DateTimeZone zone, int? dropped)
    {
        var verdicts = new Dictionary<RevisionFacts, string>(ReferenceEqualityComparer.Instance);
        var durations = new Dictionary<Duration, string>();
        var words = new Dictionary<(int Added, int Removed), string>();
        foreach (var (entry, recorded) in EventText.Interleave(log.EnumerateEntries(), e => (e.Revision.At, e.Revision.Number), log.Events))
        {
            if (recorded is not null)
            {
                yield return EventRow(recorded.Event, zone, dropped);
                continue;
            }

            // Interleave hands out exactly one of the two.
            var (revision, timing, facts) = (entry!.Revision, entry.Timing, entry.Classification);
            if (!verdicts.TryGetValue(facts, out var verdict))
            {
                verdict = ReportText.VerdictWithLabels(facts);
                if (verdicts.Count < 4096)
                {
                    verdicts[facts] = verdict;
                }
            }

            var row = new string[dropped is null ? 8 : 7];
            var cell = 0;
            row[cell++] = revision.Number.ToString(CultureInfo.InvariantCulture);
            if (dropped != 1)
            {
                row[cell++] = TimeFormat.InZone(revision.At, zone);
            }

            if (dropped != 2)
            {
                row[cell++] = TimeFormat.Utc(revision.At);
            }

            row[cell++] = timing.SincePrevious is { } after ? Shared(durations, after, DurationText.Format) : "-";
            row[cell++] = Shared(words, (facts.Statistics.WordsAdded, facts.Statistics.WordsRemoved), static w => $"+{w.Item1} -{w.Item2}");
            row[cell++] = verdict;
            row[cell++] = revision.Editor ?? "-";
            row[cell] = revision.Note is null && timing.IsExact && (revision.ObservedAt is null || revision.ObservedAt == revision.At)
                ? string.Empty
                : Note(revision, timing, zone);
            yield return row;
        }
    }

    /// <summary>The text of <paramref name="value"/>, made once for each value (up to 4,096 of them) and then shared: a long log repeats a few durations and word counts.</summary>
    internal static string Shared<T>(Dictionary<T, string> made, T value, Func<T, string> make)
        where T : notnull
    {
        if (!made.TryGetValue(value, out var text))
        {
            text = make(value);
            if (made.Count < 4096)
            {
                made[value] = text;
            }
        }

        return text;
    }

    private static string[] EventRow(HistoryEvent e, DateTimeZone zone, int? dropped)
    {
        var row = new string[dropped is null ? 8 : 7];
        var cell = 0;
        Put(row, ref cell, 0, dropped, () => "-");
        Put(row, ref cell, 1, dropped, () => TimeFormat.InZone(e.At, zone));
        Put(row, ref cell, 2, dropped, () => TimeFormat.Utc(e.At));
        Put(row, ref cell, 3, dropped, () => "-");
        Put(row, ref cell, 4, dropped, () => string.Empty);
        Put(row, ref cell, 5, dropped, () => EventText.Describe(e));
        Put(row, ref cell, 6, dropped, () => "-");
        Put(row, ref cell, 7, dropped, () => e.Note ?? string.Empty);
        return row;
    }

    private static void Put(string[] row, ref int cell, int column, int? dropped, Func<string> value)
    {
        if (column != dropped)
        {
            row[cell++] = value();
        }
    }

    private static bool IsUtc(DateTimeZone zone) => zone.Id == DateTimeZone.Utc.Id;

    private static string[] Without(string[] row, int column) => [.. row[..column], .. row[(column + 1)..]];
}
