using System.Text;

namespace ArticleRevisions.Import.Folders;

/// <summary>
/// Reads and writes the manifest's two table formats. TSV: one record a line, cells separated by tabs, with the
/// escapes <c>\t</c>, <c>\n</c>, <c>\r</c>, <c>\\</c> and <c>\"</c>. CSV: RFC 4180, cells separated by commas, quoted with
/// <c>"</c> where they hold a comma, a quote or a line break. In both, an empty cell means "absent" and a cell holding
/// only <c>""</c> means the empty text.
/// </summary>
internal static class TabularText
{
    private const string EmptyMarker = "\"\"";

    public static List<TabularRecord> ParseTsv(string text, string sourceName)
    {
        var records = new List<TabularRecord>();
        var lineNumber = 0;
        foreach (var rawLine in SplitLines(text))
        {
            lineNumber++;
            if (rawLine.Length == 0)
            {
                continue;
            }

            var cells = new List<string?>();
            foreach (var cell in rawLine.Split('\t'))
            {
                cells.Add(cell.Length == 0 ? null : cell == EmptyMarker ? string.Empty : Unescape(cell, sourceName, lineNumber));
            }

            records.Add(new TabularRecord(lineNumber, cells));
        }

        return records;
    }

    public static List<TabularRecord> ParseCsv(string text, string sourceName)
    {
        var records = new List<TabularRecord>();
        var cells = new List<string?>();
        var cell = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var quoted = false;
        var wasQuoted = false;
        var atCellStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }

                continue;
            }

            if (c == '"' && atCellStart)
            {
                quoted = wasQuoted = true;
                atCellStart = false;
            }
            else if (c == '"')
            {
                throw new ImportException(sourceName, line, "a quote inside an unquoted CSV cell; quote the whole cell and double the quote (\"\").");
            }
            else if (c == ',')
            {
                EndCell();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                EndRecord();
                line++;
                recordLine = line;
            }
            else if (wasQuoted)
            {
                throw new ImportException(sourceName, line, "text after the closing quote of a CSV cell.");
            }
            else
            {
                cell.Append(c);
                atCellStart = false;
            }
        }

        if (quoted)
        {
            throw new ImportException(sourceName, recordLine, "a quoted CSV cell is never closed.");
        }

        EndRecord();
        return records;

        void EndCell()
        {
            cells.Add(cell.Length == 0 && !wasQuoted ? null : cell.ToString());
            cell.Clear();
            wasQuoted = false;
            atCellStart = true;
        }

        void EndRecord()
        {
            if (cells.Count == 0 && cell.Length == 0 && !wasQuoted)
            {
                return;
            }

            EndCell();
            records.Add(new TabularRecord(recordLine, [.. cells]));
            cells.Clear();
        }
    }

    public static string EscapeTsv(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        if (value.Length == 0)
        {
            return EmptyMarker;
        }

        if (value == EmptyMarker)
        {
            return "\\\"\\\"";
        }

        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static string Unescape(string cell, string sourceName, int line)
    {
        if (!cell.Contains('\\'))
        {
            return cell;
        }

        var builder = new StringBuilder(cell.Length);
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] != '\\')
            {
                builder.Append(cell[i]);
                continue;
            }

            if (++i == cell.Length)
            {
                throw new ImportException(sourceName, line, "a TSV cell ends in a lone backslash; write \\\\ for a backslash.");
            }

            builder.Append(cell[i] switch
            {
                't' => '\t',
                'n' => '\n',
                'r' => '\r',
                '\\' => '\\',
                '"' => '"',
                var other => throw new ImportException(sourceName, line, $"unknown escape '\\{other}' in a TSV cell; the escapes are \\t \\n \\r \\\\ and \\\" (write \\\\ for a backslash)."),
            });
        }

        return builder.ToString();
    }

    private static IEnumerable<string> SplitLines(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                yield return text[start..].TrimEnd('\r');
                yield break;
            }

            yield return text[start..end].TrimEnd('\r');
            start = end + 1;
        }
    }
}
