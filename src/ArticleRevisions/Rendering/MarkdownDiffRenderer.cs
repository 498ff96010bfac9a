using System.Globalization;
using System.Text;
using ArticleRevisions.Diffing;
using ArticleRevisions.Reports;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a comparison as Markdown for pasting into a story or a ticket.</summary>
/// <remarks>
/// <para>
/// A bold heading names the versions (<c>**old (time) → new (time)**</c>), then the summary and the ignored-changes
/// sentence, then the whole text in reading order: deleted text <c>~~struck~~</c>, inserted text <c>**bold**</c>;
/// a moved text struck where it left, followed by <c>(moved from here to above)</c>, and bold where it arrived,
/// followed by <c>(moved here from below)</c>, its own deletions struck inside it; with several moves each says
/// which it is (<c>move 2: …</c>). The blank lines a moved paragraph takes with it are not marked. With <see cref="MarkdownDiffOptions.StatOnly"/>, a table of counts replaces the text.
/// </para>
/// <para>
/// Article text and labels are escaped so that they render literally (see <see cref="MarkdownText"/>), and single
/// line breaks become hard line breaks so the article's lines stay lines.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class MarkdownDiffRenderer : IRenderer<Comparison>
{
    private const string Struck = "~~";
    private const string Bold = "**";

    private readonly MarkdownDiffOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">Whether to write only the counts; <see cref="MarkdownDiffOptions.Default"/> when null.</param>
    public MarkdownDiffRenderer(MarkdownDiffOptions? options = null)
    {
        this.options = options ?? MarkdownDiffOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(Comparison model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var result = model.Result;
        // Written as it is made; every block ends in a blank line, and the output in a single line feed.
        var output = new TrailingNewlines(writer);
        var heading = new MarkdownText();
        heading.AppendMarked(
            VersionLabel.Describe(model.Old, model.Zone) + " → " + VersionLabel.Describe(model.New, model.Zone),
            Bold);
        output.Write(heading.ToMarkdownWithLineBreaks());
        output.Write("\n\n");
        AppendParagraph(output, DiffSummary.Of(model));
        AppendParagraph(output, IgnoredText.Describe(result.Ignored));

        if (options.StatOnly)
        {
            var table = new StringBuilder();
            AppendTable(table, result);
            output.Write(table);
        }
        else
        {
            WriteBody(result, output);
        }

        output.End();
    }

    private static void AppendParagraph(TextWriter writer, string text)
    {
        if (text.Length > 0)
        {
            var paragraph = new MarkdownText();
            paragraph.Append(text);
            writer.Write(paragraph.ToMarkdownWithLineBreaks());
            writer.Write("\n\n");
        }
    }

    private static void AppendTable(StringBuilder builder, DiffResult result)
    {
        builder.Append("| | added | removed | changed | moved |\n");
        builder.Append("|:--|--:|--:|--:|--:|\n");
        foreach (var row in StatTable.Rows(result.Statistics))
        {
            builder.Append("| ").Append(row.Unit).Append(" | ");
            if (row.Changed is null)
            {
                builder.Append('+').Append(StatTable.Count(row.Added)).Append(" | -").Append(StatTable.Count(row.Removed)).Append(" | | |\n");
            }
            else
            {
                builder.Append(StatTable.Count(row.Added)).Append(" | ").Append(StatTable.Count(row.Removed)).Append(" | ")
                    .Append(StatTable.Count(row.Changed.Value)).Append(" | ").Append(StatTable.Count(row.Moved ?? 0)).Append(" |\n");
            }
        }

        builder.Append("\nSimilarity: ").Append(StatTable.Percent(result)).Append("\n\n");
    }

    private static void WriteBody(DiffResult result, TextWriter writer)
    {
        var text = new MarkdownText(writer);
        // What waits to be written in one style: a single piece as a range of its text (most often a long unchanged
        // stretch, written without a copy of it), two or more joined in the builder.
        var pending = new StringBuilder();
        string? pendingStyle = null;
        (string Source, int Start, int Length) single = (string.Empty, 0, 0);

        // Neighbouring runs of one style are written as one: two bold runs side by side would merge their
        // delimiters into "****", which renders as neither.
        void Add(string? style, string source, int start, int length)
        {
            if (length == 0)
            {
                return;
            }

            if (!string.Equals(style, pendingStyle, StringComparison.Ordinal))
            {
                Flush();
                pendingStyle = style;
            }

            if (single.Length == 0 && pending.Length == 0)
            {
                single = (source, start, length);
                return;
            }

            if (single.Length > 0)
            {
                pending.Append(single.Source, single.Start, single.Length);
                single = (string.Empty, 0, 0);
            }

            pending.Append(source, start, length);
        }

        void Flush()
        {
            if (single.Length > 0 && pendingStyle is null)
            {
                text.Append(single.Source.AsSpan(single.Start, single.Length));
            }
            else if (single.Length > 0)
            {
                text.AppendMarked(single.Source.Substring(single.Start, single.Length), pendingStyle!);
            }
            else if (pending.Length > 0)
            {
                if (pendingStyle is null)
                {
                    text.Append(pending.ToString());
                }
                else
                {
                    text.AppendMarked(pending.ToString(), pendingStyle);
                }
            }

            pending.Clear();
            single = (string.Empty, 0, 0);
            pendingStyle = null;
        }

        void AddTagged(string? style, string value, string tag)
        {
            // The tag goes after the text, before the white space (often a paragraph break) that ends it.
            var end = value.Length;
            while (end > 0 && char.IsWhiteSpace(value[end - 1]))
            {
                end--;
            }

            Add(style, value, 0, end);
            Flush();
            text.AppendRaw(tag);
            Add(style, value, end, value.Length - end);
        }

        for (var index = 0; index < result.Spans.Length; index++)
        {
            var span = result.Spans[index];
            switch (span.Kind)
            {
                case DiffSpanKind.Unchanged:
                    Add(null, result.NewText, span.NewStart, span.NewLength);
                    break;
                case DiffSpanKind.Deleted:
                    Add(Struck, result.OldText, span.OldStart, span.OldLength);
                    break;
                case DiffSpanKind.Inserted:
                    Add(Bold, result.NewText, span.NewStart, span.NewLength);
                    break;
                case DiffSpanKind.MovedFrom:
                    AddTagged(Struck, result.OldTextOf(span), Tag(result, index));
                    break;
                case DiffSpanKind.MovedTo:
                    var pieces = MovedText.Pieces(result, span);
                    for (var i = 0; i < pieces.Count; i++)
                    {
                        var style = pieces[i].Kind == DiffSpanKind.Deleted ? Struck : Bold;
                        if (i == pieces.Count - 1)
                        {
                            AddTagged(style, pieces[i].Text, Tag(result, index));
                        }
                        else
                        {
                            Add(style, pieces[i].Text, 0, pieces[i].Text.Length);
                        }
                    }

                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(result), span.Kind, "Unknown span kind.");
            }
        }

        Flush();
        text.Finish();
    }

    /// <summary>
    /// Says where a move's end went or came from, in words: <c>(moved here from below)</c> where it arrived,
    /// <c>(moved from here to above)</c> where it left; with several moves, which one (<c>move 2: …</c>).
    /// </summary>
    private static string Tag(DiffResult result, int index)
    {
        var span = result.Spans[index];
        var other = MovedText.Arrow(result, index) switch
        {
            "↓" => " below",
            "↑" => " above",
            _ => string.Empty,
        };
        var where = span.Kind == DiffSpanKind.MovedTo
            ? "moved here" + (other.Length > 0 ? " from" + other : string.Empty)
            : "moved from here" + (other.Length > 0 ? " to" + other : string.Empty);
        var which = result.Spans.Count(s => s.Kind == DiffSpanKind.MovedTo) > 1
            ? "move " + span.MoveId.ToString(CultureInfo.InvariantCulture) + ": "
            : string.Empty;
        return " (" + which + where + ")";
    }

    /// <summary>
    /// Passes text on as it comes, but holds back line feeds at the end of what has come so far: at the end the
    /// output ends in exactly one, however many the last block ended in.
    /// </summary>
    private sealed class TrailingNewlines(TextWriter inner) : TextWriter
    {
        private int held;

        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            if (value == '\n')
            {
                held++;
                return;
            }

            Release();
            inner.Write(value);
        }

        public override void Write(string? value) => Write(value.AsSpan());

        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

        public override void Write(ReadOnlySpan<char> buffer)
        {
            var end = buffer.TrimEnd('\n').Length;
            if (end > 0)
            {
                Release();
                inner.Write(buffer[..end]);
            }

            held += buffer.Length - end;
        }

        /// <summary>Ends the output with one line feed.</summary>
        public void End()
        {
            inner.Write('\n');
            held = 0;
        }

        private void Release()
        {
            for (; held > 0; held--)
            {
                inner.Write('\n');
            }
        }
    }
}
