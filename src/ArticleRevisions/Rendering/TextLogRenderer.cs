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
    /// <remarks>The rows are enumerated twice: measured, then written.</remarks>
    private static void WriteNarrow(TextWriter writer, ReportTable table, int width)
    {
        var (verdict, editor, note) = (table.Header.Count - 3, table.Header.Count - 2, table.Header.Count - 1);
        var rows = table.Rows
            .Select(r => (Cells: r.Take(note).Select((cell, c) => c == editor ? Shorten(ColumnText.Prepare(cell), EditorWidth) : ColumnText.Prepare(cell)).ToArray(), Note: r[note]))
            .Prepend(([.. table.Header.Take(note)], string.Empty));
        var widths = new int[note];
        foreach (var (cells, _) in rows)
        {
            for (var c = 0; c < note; c++)
            {
                widths[c] = Math.Max(widths[c], DisplayWidth.Of(cells[c]));
            }
        }

        var fixedWidth = widths.Where((_, c) => c != verdict).Sum() + (2 * (note - 1));
        widths[verdict] = Math.Min(widths[verdict], Math.Max(width - fixedWidth, "substantive".Length));

        foreach (var (row, noteText) in rows)
        {
            var cells = row.Select((cell, c) => c == verdict ? ColumnText.Wrap(cell, widths[c]) : [cell]).ToArray();
            var height = cells.Max(c => c.Count);
            for (var line = 0; line < height; line++)
            {
                var text = new System.Text.StringBuilder();
                for (var c = 0; c < cells.Length; c++)
                {
                    var cell = line < cells[c].Count ? cells[c][line] : string.Empty;
                    var padding = new string(' ', widths[c] - DisplayWidth.Of(cell));
                    text.Append(c == 0 ? string.Empty : "  ").Append(cell).Append(padding);
                }

                writer.Write(text.ToString().TrimEnd());
                writer.Write('\n');
            }

            if (noteText.Length > 0)
            {
                foreach (var line in ColumnText.Wrap(ColumnText.Prepare(noteText), width - NoteIndent))
                {
                    writer.Write(new string(' ', NoteIndent) + line.TrimEnd());
                    writer.Write('\n');
                }
            }
        }
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
