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

        if (options.Width is not { } width)
        {
            var table = LogLayout.Table(model, zone, withUtc: true);
            ColumnLayout.Write(writer, table.Rows.Prepend([.. table.Header]));
            return;
        }

        WriteNarrow(writer, model, zone, width);
    }

    /// <summary>The columns up to the editor's, the verdict wrapped to what is left, and each note on lines of its own.</summary>
    /// <remarks>
    /// The log is walked twice, one reused row at a time (<see cref="RevisionLog.Walk"/>): measured, then written.
    /// Numbers and times are formatted into buffers kept for the whole table, durations, word counts and verdicts are
    /// made once for each value, a line is put together in one builder, and a verdict's words are wrapped once for
    /// each distinct text: a revision without a note costs no allocation.
    /// </remarks>
    private static void WriteNarrow(TextWriter writer, RevisionLog model, NodaTime.DateTimeZone zone, int width)
    {
        // In UTC the zone's column would say what the UTC column says; otherwise the narrow table keeps the zone's
        // time alone, whose offset still pins the instant (as LogLayout.Table does).
        var inUtc = zone.Id == NodaTime.DateTimeZone.Utc.Id;
        var dropped = inUtc ? 1 : 2;
        string[] header = ["#", inUtc ? "UTC" : zone.Id, "after", "words", "verdict", "editor"];
        const int note = 6, verdict = 4, editor = 5;
        var events = model.Events.OrderBy(e => (e.Event.At, e.AfterRevision)).ToList();
        var widths = new int[note];
        var cells = new ReadOnlyMemory<char>[note];
        var (number, time) = (new char[16], new char[Text.TimeFormat.MaxLength]);
        var verdicts = new Dictionary<(Classification.EditVerdict, bool, ulong, int?), string>();
        var durations = new Dictionary<NodaTime.Duration, string>();
        var words = new Dictionary<(int Added, int Removed), string>();
        for (var c = 0; c < note; c++)
        {
            widths[c] = DisplayWidth.Of(header[c]);
        }

        Walk(model, events, row =>
        {
            RowCells(row);
            Measure();
        }, e =>
        {
            EventCells(e);
            Measure();
        });

        var fixedWidth = (2 * (note - 1)) - widths[verdict];
        foreach (var w in widths)
        {
            fixedWidth += w;
        }

        widths[verdict] = Math.Min(widths[verdict], Math.Max(width - fixedWidth, "substantive".Length));

        var line = new System.Text.StringBuilder();
        var wrapped = new Dictionary<string, List<string>>(ReferenceEqualityComparer.Instance);
        for (var c = 0; c < note; c++)
        {
            cells[c] = header[c].AsMemory();
        }

        Write(header[verdict], string.Empty);
        Walk(model, events, row =>
        {
            var verdictText = RowCells(row);
            Write(verdictText, row.HasNoNote ? string.Empty : LogLayout.Note(row.ToEntry().Revision, row.ToEntry().Timing, zone));
        }, e => Write(EventCells(e), e.Event.Note ?? string.Empty));

        // The cells of a revision's row; returns its verdict's text.
        string RowCells(Reports.EntryRow row)
        {
            row.Number.TryFormat(number, out var digits, default, System.Globalization.CultureInfo.InvariantCulture);
            cells[0] = number.AsMemory(0, digits);
            var length = dropped == 1 ? Text.TimeFormat.Utc(row.At, time) : Text.TimeFormat.InZone(row.At, zone, time);
            cells[1] = time.AsMemory(0, length);
            cells[2] = (row.SincePrevious is { } after ? LogLayout.Shared(durations, after, Text.DurationText.Format) : "-").AsMemory();
            cells[3] = LogLayout.Shared(words, (row.Facts.Statistics.WordsAdded, row.Facts.Statistics.WordsRemoved), static w => $"+{w.Item1} -{w.Item2}").AsMemory();
            var key = VerdictKey(row.Facts);
            if (key is null || !verdicts.TryGetValue(key.Value, out var verdictText))
            {
                verdictText = ColumnText.Prepare(ReportText.VerdictWithLabels(row.Facts));
                if (key is not null && verdicts.Count < 4096)
                {
                    verdicts[key.Value] = verdictText;
                }
            }

            cells[verdict] = verdictText.AsMemory();
            cells[editor] = Shorten(ColumnText.Prepare(row.Editor ?? "-"), EditorWidth).AsMemory();
            return verdictText;
        }

        // The cells of an event's row, as LogLayout makes them; returns the verdict column's text.
        string EventCells(Model.RecordedEvent recorded)
        {
            var e = recorded.Event;
            cells[0] = "-".AsMemory();
            cells[1] = (dropped == 1 ? Text.TimeFormat.Utc(e.At) : Text.TimeFormat.InZone(e.At, zone)).AsMemory();
            cells[2] = "-".AsMemory();
            cells[3] = string.Empty.AsMemory();
            var described = ColumnText.Prepare(EventText.Describe(e));
            cells[verdict] = described.AsMemory();
            cells[editor] = "-".AsMemory();
            return described;
        }

        void Measure()
        {
            for (var c = 0; c < note; c++)
            {
                widths[c] = Math.Max(widths[c], DisplayWidth.Of(cells[c].Span));
            }
        }

        void Write(string verdictText, string noteText)
        {
            if (!wrapped.TryGetValue(verdictText, out var verdictLines))
            {
                verdictLines = ColumnText.Wrap(verdictText, widths[verdict]);
                if (wrapped.Count < 4096)
                {
                    wrapped[verdictText] = verdictLines;
                }
            }

            for (var at = 0; at < verdictLines.Count; at++)
            {
                line.Clear();
                for (var c = 0; c < note; c++)
                {
                    var cell = c == verdict ? verdictLines[at].AsMemory() : at == 0 ? cells[c] : ReadOnlyMemory<char>.Empty;
                    line.Append(c == 0 ? string.Empty : "  ").Append(cell.Span).Append(' ', widths[c] - DisplayWidth.Of(cell.Span));
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

    /// <summary>What a verdict's words depend on (verdict, stealth, labels in order, the revision a revert returns to), as a value; null for more than 12 labels.</summary>
    /// <remarks>Facts are shared among revisions with equal counts too, so a long log has thousands of instances but a few dozen verdict texts.</remarks>
    private static (Classification.EditVerdict, bool, ulong, int?)? VerdictKey(Reports.RevisionFacts facts)
    {
        if (facts.Labels.Length > 12)
        {
            return null;
        }

        var labels = 0UL;
        foreach (var label in facts.Labels)
        {
            labels = (labels << 5) | (uint)((int)label + 1);
        }

        return (facts.Verdict, facts.IsStealthEdit, labels, facts.RevertsTo);
    }

    /// <summary>Walks the log's revisions and its events in time order (an event before a revision of the same time that comes after it in the chain).</summary>
    private static void Walk(RevisionLog model, List<Model.RecordedEvent> events, Action<Reports.EntryRow> revision, Action<Model.RecordedEvent> recorded)
    {
        var next = 0;
        using var walk = model.Walk();
        while (walk.MoveNext())
        {
            var row = walk.Row;
            for (; next < events.Count && (events[next].Event.At, events[next].AfterRevision).CompareTo((row.At, row.Number)) < 0; next++)
            {
                recorded(events[next]);
            }

            revision(row);
        }

        for (; next < events.Count; next++)
        {
            recorded(events[next]);
        }
    }

    /// <summary>Writes the line without its trailing white space, and a newline.</summary>
    internal static void WriteTrimmed(TextWriter writer, System.Text.StringBuilder line)
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
