using System.Collections.Immutable;
using ArticleRevisions.Model;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Import.Folders;

/// <summary>
/// A snapshot folder's manifest: a header row naming the columns, then one row per snapshot. Columns: <c>file</c> and
/// <c>time</c> (required; <c>observed</c> may stand in for <c>time</c>), <c>observed</c>, <c>editor</c>, <c>note</c>,
/// <c>title</c>, <c>source</c>, <c>raw</c> and <c>raw-type</c> (a file holding the raw bytes the text was extracted
/// from, and their media type), and <c>attr:KEY</c> for a revision attribute; names are case-insensitive, in any order.
/// </summary>
internal static class SnapshotManifest
{
    public static readonly string[] FileNames = ["manifest.tsv", "manifest.csv"];

    public sealed record Row(int Line, string File, Instant At, Instant? ObservedAt, string? Editor, string? Note, string? Title, Uri? Source, ImmutableSortedDictionary<string, string> Attributes, string? Raw, string? RawType);

    public static List<Row> Read(string path, DateTimeZone zone)
    {
        var text = Text.ArticleText.ReadFile(path).TrimStart('\uFEFF');
        var records = path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
            ? TabularText.ParseCsv(text, path)
            : TabularText.ParseTsv(text, path);
        if (records.Count == 0)
        {
            throw new ImportException(path, 1, "the manifest is empty; its first line names the columns (file, time, and optionally observed, editor, note, title, source, raw, raw-type, attr:KEY).");
        }

        var columns = ReadHeader(records[0], path);
        var rows = new List<Row>(records.Count - 1);
        foreach (var record in records.Skip(1))
        {
            if (record.Cells.Count > columns.Count)
            {
                throw new ImportException(path, record.Line, $"{record.Cells.Count} cells but the header names {columns.Count} columns.");
            }

            string? Cell(string name) => columns.IndexOf(name) is var i and >= 0 && i < record.Cells.Count ? record.Cells[i] : null;

            var file = Cell("file") ?? throw new ImportException(path, record.Line, "the file cell is empty.");
            var observed = ParseTime(Cell("observed"), "observed", zone, path, record.Line);
            var at = ParseTime(Cell("time"), "time", zone, path, record.Line) ?? observed
                ?? throw new ImportException(path, record.Line, $"{file}: no time; give the time it became current (or the time it was observed).");
            if (observed < at)
            {
                throw new ImportException(path, record.Line, $"{file}: observed before the time it became current.");
            }

            Uri? source = null;
            if (Cell("source") is { } sourceText && !Article.TryParseSource(sourceText, out source))
            {
                throw new ImportException(path, record.Line, $"source '{sourceText}' is not an absolute URI with a scheme.");
            }

            var attributes = ImportedRevision.NoAttributes;
            for (var i = 0; i < columns.Count && i < record.Cells.Count; i++)
            {
                if (columns[i].StartsWith("attr:", StringComparison.Ordinal) && record.Cells[i] is { } value)
                {
                    attributes = attributes.Add(columns[i]["attr:".Length..], value);
                }
            }

            if ((Cell("raw") is null) != (Cell("raw-type") is null))
            {
                throw new ImportException(path, record.Line, $"{file}: raw and raw-type go together: the raw source's file and its media type.");
            }

            rows.Add(new Row(record.Line, file, at, observed, Cell("editor"), Cell("note"), Cell("title"), source, attributes, Cell("raw"), Cell("raw-type")));
        }

        return rows;
    }

    private static List<string> ReadHeader(TabularRecord header, string path)
    {
        var columns = new List<string>();
        foreach (var cell in header.Cells)
        {
            var name = cell?.Trim() ?? string.Empty;
            var known = name.ToLowerInvariant() is "file" or "time" or "observed" or "editor" or "note" or "title" or "source" or "raw" or "raw-type";
            if (name.StartsWith("attr:", StringComparison.OrdinalIgnoreCase))
            {
                name = "attr:" + name["attr:".Length..];
                if (!RevisionAttributes.IsValidKey(name["attr:".Length..]))
                {
                    throw new ImportException(path, header.Line, $"column '{name}' does not name an attribute: after 'attr:' comes a dotted lowercase name such as mediawiki.minor.");
                }
            }
            else if (known)
            {
                name = name.ToLowerInvariant();
            }
            else
            {
                throw new ImportException(path, header.Line, $"unknown column '{name}'; the columns are file, time, observed, editor, note, title, source, raw, raw-type and attr:KEY.");
            }

            if (columns.Contains(name))
            {
                throw new ImportException(path, header.Line, $"column '{name}' is named twice.");
            }

            columns.Add(name);
        }

        if (!columns.Contains("file") || !(columns.Contains("time") || columns.Contains("observed")))
        {
            throw new ImportException(path, header.Line, "the first line must name the columns, with at least 'file' and 'time'.");
        }

        return columns;
    }

    private static Instant? ParseTime(string? value, string column, DateTimeZone zone, string path, int line)
    {
        if (value is null)
        {
            return null;
        }

        var parsed = TimeInput.Parse(value, zone);
        return parsed.Success ? parsed.Value : throw new ImportException(path, line, $"{column} '{value}': {parsed.Exception.Message}");
    }
}
