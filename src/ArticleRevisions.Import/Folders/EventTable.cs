using System.Globalization;
using System.Text;
using ArticleRevisions.Model;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Import.Folders;

/// <summary>
/// A snapshot folder's <c>events.tsv</c>, written by an export of a history that holds events: one row per event, in
/// chain order. <c>after</c> is how many snapshots (in time order) come before the event; <c>time</c> and <c>type</c>
/// (<c>metadata</c>, <c>source-gone</c>, <c>source-returned</c>, <c>extraction-rerun</c>) are required; then
/// <c>status</c> and <c>final-url</c> (a source gone or back), <c>revision</c> (the snapshot, counted from 1, holding a
/// re-run extraction), <c>note</c>, and for a metadata change the whole new article (<c>id</c>, <c>title</c>,
/// <c>zone</c>, <c>language</c>, <c>source</c>).
/// </summary>
internal static class EventTable
{
    public const string FileName = "events.tsv";

    private static readonly string[] Columns = ["after", "time", "type", "status", "final-url", "revision", "note", "id", "title", "zone", "language", "source"];

    /// <summary>One event as the table holds it, the revision it names counted among the snapshots.</summary>
    public sealed record Row(int Line, int After, HistoryEventKind Kind, Instant At, int? Status, Uri? FinalUrl, int? Revision, string? Note, Article? Article)
    {
        /// <summary>The event, naming <paramref name="revision"/> where the row names a revision.</summary>
        public HistoryEvent ToEvent(int? revision) => Kind switch
        {
            // A metadata row always carries its article: ReadRow refuses one without.
            HistoryEventKind.MetadataChanged => HistoryEvent.MetadataChanged(At, Article!, Note),
            HistoryEventKind.SourceGone => HistoryEvent.SourceGone(At, Status, FinalUrl, Note),
            HistoryEventKind.SourceReturned => HistoryEvent.SourceReturned(At, Status, FinalUrl, Note),
            _ => HistoryEvent.ExtractionRerun(At, revision ?? Revision ?? 0, Note),
        };
    }

    public static string Write(IEnumerable<RecordedEvent> events)
    {
        var text = new StringBuilder().AppendJoin('\t', Columns).Append('\n');
        foreach (var recorded in events)
        {
            var e = recorded.Event;
            string?[] cells =
            [
                recorded.AfterRevision.ToString(CultureInfo.InvariantCulture),
                TimeFormat.Utc(e.At),
                Name(e.Kind),
                e.HttpStatus?.ToString(CultureInfo.InvariantCulture),
                e.FinalUrl?.OriginalString,
                e.RevisionNumber?.ToString(CultureInfo.InvariantCulture),
                e.Note,
                e.Article?.Id,
                e.Article?.Title,
                e.Article?.Zone.Id,
                e.Article?.Language,
                e.Article?.Source?.OriginalString,
            ];
            text.AppendJoin('\t', cells.Select(TabularText.EscapeTsv)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The rows of the folder's event table, in file order; none when the folder has no table.</summary>
    public static List<Row> Read(string directory, DateTimeZone zone)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return [];
        }

        var records = TabularText.ParseTsv(ArticleText.ReadFile(path).TrimStart('\uFEFF'), path);
        if (records.Count == 0)
        {
            throw new ImportException(path, 1, $"the table is empty; its first line names the columns ({string.Join(", ", Columns)}).");
        }

        var header = records[0].Cells.Select(c => c?.Trim() ?? string.Empty).ToList();
        if (header.FirstOrDefault(c => !Columns.Contains(c) || header.Count(h => h == c) > 1) is { } bad)
        {
            throw new ImportException(path, records[0].Line, $"column '{bad}' is unknown or named twice; the columns are {string.Join(", ", Columns)}.");
        }

        if (!header.Contains("after") || !header.Contains("time") || !header.Contains("type"))
        {
            throw new ImportException(path, records[0].Line, "the first line must name the columns, with at least 'after', 'time' and 'type'.");
        }

        var rows = new List<Row>();
        foreach (var record in records.Skip(1))
        {
            rows.Add(ReadRow(record, header, path, zone));
        }

        return rows;
    }

    private static Row ReadRow(TabularRecord record, List<string> header, string path, DateTimeZone zone)
    {
        var line = record.Line;
        if (record.Cells.Count > header.Count)
        {
            throw new ImportException(path, line, $"{record.Cells.Count} cells but the header names {header.Count} columns.");
        }

        string? Cell(string name) => header.IndexOf(name) is var i and >= 0 && i < record.Cells.Count ? record.Cells[i] : null;

        int? Number(string name, int min) =>
            Cell(name) is not { } text ? null
            : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min ? n
            : throw new ImportException(path, line, $"{name} '{text}' is not a whole number of at least {min}.");

        Uri? Url(string name) =>
            Cell(name) is not { } text ? null
            : Article.TryParseSource(text, out var url) ? url
            : throw new ImportException(path, line, $"{name} '{text}' is not an absolute URI with a scheme.");

        var kind = Cell("type") switch
        {
            "metadata" => HistoryEventKind.MetadataChanged,
            "source-gone" => HistoryEventKind.SourceGone,
            "source-returned" => HistoryEventKind.SourceReturned,
            "extraction-rerun" => HistoryEventKind.ExtractionRerun,
            var other => throw new ImportException(path, line, $"type '{other}' is not metadata, source-gone, source-returned or extraction-rerun."),
        };
        var parsed = TimeInput.Parse(Cell("time") ?? string.Empty, zone);
        if (!parsed.Success)
        {
            throw new ImportException(path, line, $"time '{Cell("time")}': {parsed.Exception.Message}");
        }

        Article? article = null;
        if (kind == HistoryEventKind.MetadataChanged)
        {
            var zoneId = Cell("zone") ?? throw new ImportException(path, line, "a metadata change gives the whole article: id, title, zone and language.");
            try
            {
                article = new Article(
                    Cell("id") ?? string.Empty,
                    Cell("title") ?? string.Empty,
                    DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId) ?? throw new ImportException(path, line, $"zone '{zoneId}' is not a known IANA time zone."),
                    Cell("language"),
                    Url("source"));
            }
            catch (ArgumentException e)
            {
                throw new ImportException(path, line, $"the article is not valid: {e.Message.Split(" (Parameter", 2)[0]}", e);
            }
        }

        var revision = Number("revision", 1);
        if (kind == HistoryEventKind.ExtractionRerun && revision is null)
        {
            throw new ImportException(path, line, "an extraction re-run names the revision that holds it.");
        }

        var status = Number("status", 100);
        if (status > 599)
        {
            throw new ImportException(path, line, $"status '{status}' is not an HTTP status (100 to 599).");
        }

        return new Row(line, Number("after", 0) ?? throw new ImportException(path, line, "the after cell is empty."), kind, parsed.Value, status, Url("final-url"), revision, Cell("note"), article);
    }

    private static string Name(HistoryEventKind kind) => kind switch
    {
        HistoryEventKind.MetadataChanged => "metadata",
        HistoryEventKind.SourceGone => "source-gone",
        HistoryEventKind.SourceReturned => "source-returned",
        _ => "extraction-rerun",
    };
}
