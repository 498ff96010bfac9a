using ArticleRevisions.Reports;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a <see cref="RevisionLog"/> as a table for a terminal.</summary>
/// <remarks>
/// <para>
/// A first line names the article and says how many revisions there are and in which zones times are shown; a
/// table follows, one row per listed revision: number, time in the zone, time since the previous revision, words
/// added and removed, verdict with its labels (a stealth edit marked STEALTH), editor and note, with when a
/// revision was captured later than it changed, or the window in which a change known only from its capture
/// happened.
/// </para>
/// <para>
/// Within <see cref="ReportOptions.Width"/> (100 columns by default) an editor longer than 20 columns is shortened
/// with "…", the verdict wraps in its column and the note follows its revision on lines of its own, indented. The
/// wide table (<see cref="ReportOptions.Width"/> null) adds a UTC column (unless the zone is UTC) and keeps every
/// value whole on one line. Columns are measured in terminal columns, so wide characters line up; control
/// characters in the history's text are shown as visible symbols.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class TextLogRenderer : IRenderer<RevisionLog>
{
    private const int EditorWidth = 20;

    private const int NoteIndent = 3;

    private readonly ReportOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The zone times are shown in and the width; <see cref="ReportOptions.Default"/> when null.</param>
    public TextLogRenderer(ReportOptions? options = null)
    {
        this.options = options ?? ReportOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(RevisionLog model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var zone = options.Zone ?? model.Article.Zone;
        var wide = options.Width is null;
        var (title, counts) = (ColumnText.Prepare($"{model.Article.Title} ({model.Article.Id})"), LogLayout.Counts(model, zone, withUtc: wide));
        var heading = $"{title}, {counts}";
        // Too long for the width: the title (wrapped if it must be) and the counts on a line of their own.
        List<string> lines = options.Width is not { } columns || DisplayWidth.Of(heading) <= columns ? [heading] : [.. ColumnText.Wrap(title, columns), counts];
        foreach (var line in lines)
        {
            writer.Write(line.TrimEnd());
            writer.Write('\n');
        }

        if (model.EntryCount == 0 && model.Events.IsEmpty)
        {
            return;
        }

        var table = LogLayout.Table(model, zone, withUtc: wide);
        if (options.Width is not { } width)
        {
            ColumnLayout.Write(writer, table.Rows.Prepend([.. table.Header]));
            return;
        }

        WriteNarrow(writer, table, width);
    }

    /// <summary>The columns up to the editor's, the verdict wrapped to what is left, and each note on lines of its own.</summary>
    /// <remarks>
    /// The rows are enumerated twice: measured, then written. A line is put together in one builder kept for the
    /// whole table, and a verdict's words are wrapped once for each distinct text (the layout shares them).
    /// </remarks>
    private static void WriteNarrow(TextWriter writer, ReportTable table, int width)
    {
        var (verdict, editor, note) = (table.Header.Count - 3, table.Header.Count - 2, table.Header.Count - 1);
        var header = new string[note];
        for (var c = 0; c < note; c++)
        {
            header[c] = table.Header[c];
        }

        var widths = new int[note];
        var cells = new string[note];
        Measure(header);
        foreach (var row in table.Rows)
        {
            Measure(Cells(row, cells, editor));
        }

        var fixedWidth = (2 * (note - 1)) - widths[verdict];
        foreach (var w in widths)
        {
            fixedWidth += w;
        }

        widths[verdict] = Math.Min(widths[verdict], Math.Max(width - fixedWidth, "substantive".Length));

        var line = new System.Text.StringBuilder();
        var wrapped = new Dictionary<string, List<string>>(ReferenceEqualityComparer.Instance);
        Write(header, string.Empty);
        foreach (var row in table.Rows)
        {
            Write(Cells(row, cells, editor), row[note]);
        }

        void Measure(string[] row)
        {
            for (var c = 0; c < note; c++)
            {
                widths[c] = Math.Max(widths[c], DisplayWidth.Of(row[c]));
            }
        }

        void Write(string[] row, string noteText)
        {
            if (!wrapped.TryGetValue(row[verdict], out var verdictLines))
            {
                verdictLines = ColumnText.Wrap(row[verdict], widths[verdict]);
                if (wrapped.Count < 4096)
                {
                    wrapped[row[verdict]] = verdictLines;
                }
            }

            for (var at = 0; at < verdictLines.Count; at++)
            {
                line.Clear();
                for (var c = 0; c < row.Length; c++)
                {
                    var cell = c == verdict ? verdictLines[at] : at == 0 ? row[c] : string.Empty;
                    line.Append(c == 0 ? string.Empty : "  ").Append(cell).Append(' ', widths[c] - DisplayWidth.Of(cell));
                }

                WriteTrimmed(writer, line);
            }

            if (noteText.Length > 0)
            {
                foreach (var noteLine in ColumnText.Wrap(ColumnText.Prepare(noteText), width - NoteIndent))
                {
                    writer.Write(new string(' ', NoteIndent) + noteLine.TrimEnd());
                    writer.Write('\n');
                }
            }
        }
    }

    /// <summary>The cells of <paramref name="row"/> before its note, prepared for a terminal and the editor shortened, into <paramref name="cells"/>.</summary>
    private static string[] Cells(string[] row, string[] cells, int editor)
    {
        for (var c = 0; c < cells.Length; c++)
        {
            cells[c] = c == editor ? Shorten(Prepare(row[c]), EditorWidth) : Prepare(row[c]);
        }

        return cells;
    }

    /// <summary>As <see cref="ColumnText.Prepare"/>, without looking at a text with no control character twice.</summary>
    private static string Prepare(string cell) =>
        cell.AsSpan().IndexOfAnyInRange('\u0000', '\u001f') < 0 && cell.AsSpan().IndexOfAnyInRange('\u007f', '\u009f') < 0 ? cell : ColumnText.Prepare(cell);

    /// <summary>Writes the line without its trailing white space, and a newline.</summary>
    private static void WriteTrimmed(TextWriter writer, System.Text.StringBuilder line)
    {
        var length = line.Length;
        while (length > 0 && char.IsWhiteSpace(line[length - 1]))
        {
            length--;
        }

        line.Length = length;
        writer.Write(line);
        writer.Write('\n');
    }

    /// <summary>The text cut to <paramref name="columns"/> terminal columns, ending in "…" when cut.</summary>
    private static string Shorten(string text, int columns)
    {
        if (DisplayWidth.Of(text) <= columns)
        {
            return text;
        }

        var kept = new System.Text.StringBuilder();
        var used = 0;
        var elements = System.Globalization.StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext() && used + DisplayWidth.OfCluster(elements.GetTextElement()) <= columns - 1)
        {
            kept.Append(elements.GetTextElement());
            used += DisplayWidth.OfCluster(elements.GetTextElement());
        }

        return kept.ToString().TrimEnd() + "…";
    }
}
