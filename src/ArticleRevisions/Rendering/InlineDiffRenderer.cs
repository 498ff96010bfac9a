using System.Globalization;
using System.Text;
using ArticleRevisions.Diffing;
using ArticleRevisions.Reports;

namespace ArticleRevisions.Rendering;

/// <summary>
/// Writes both versions merged in reading order, changes marked in place.
/// </summary>
/// <remarks>
/// <para>
/// Without colour the marks are text: <c>[-deleted-]</c>, <c>{+inserted+}</c>, <c>[&lt;N moved away&gt;]</c> where
/// text left in move N, and <c>{&gt;N moved here&lt;}</c> where it arrived, with the move's own edits marked inside
/// (<c>{&gt;1 The [-old-]{+new+} cat&lt;}</c>). The move number is followed by exactly one space. As with git's word
/// diff, marks in the text itself are not escaped; the JSON format is the one to parse.
/// </para>
/// <para>
/// With colour: deleted red and struck through, inserted green, moved text cyan (struck through where it left),
/// a move's own edits red and green inside it. Every colour is reset before a line break.
/// </para>
/// <para>
/// The output starts with one header line, <c>OLD → NEW: summary</c>. When the versions differ, a blank line and the
/// marked text follow; when they do not (perhaps only in ways the options ignore), the header is all. Unchanged
/// text is shown as it reads in the new version. The output ends with a newline.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class InlineDiffRenderer : IRenderer<Comparison>
{
    private readonly InlineDiffOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">Whether to use colour; <see cref="InlineDiffOptions.Default"/> when null.</param>
    public InlineDiffRenderer(InlineDiffOptions? options = null)
    {
        this.options = options ?? InlineDiffOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(Comparison model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var result = model.Result;
        var color = options.Color;
        var builder = new StringBuilder(result.NewText.Length + (result.OldText.Length / 4));
        var header = TerminalText.Readable($"{model.Old.Label} → {model.New.Label}: {DiffSummary.Of(model)}");
        builder.Append(color ? Ansi.Bold + header + Ansi.Reset : header).Append('\n');

        // With nothing to mark, the header says so, as diff(1) says nothing rather than repeat the text.
        if (result.HasDifferences)
        {
            builder.Append('\n');
            AppendText(builder, result, color);
        }

        writer.Write(builder);
    }

    private static void AppendText(StringBuilder builder, DiffResult result, bool color)
    {
        for (var i = 0; i < result.Spans.Length; i++)
        {
            var span = result.Spans[i];
            switch (span.Kind)
            {
                case DiffSpanKind.Unchanged:
                    builder.Append(TerminalText.Readable(result.NewTextOf(span)));
                    break;
                case DiffSpanKind.Inserted or DiffSpanKind.Deleted when MovedText.IsLayoutBesideMove(result, i):
                    // The blank lines a moved paragraph takes with it are its layout, not an insertion or deletion of their own.
                    builder.Append(span.Kind == DiffSpanKind.Inserted ? result.NewTextOf(span) : result.OldTextOf(span));
                    break;
                case DiffSpanKind.Deleted:
                    Mark(builder, TerminalText.Readable(result.OldTextOf(span)), "[-", "-]", Ansi.Deleted, color);
                    break;
                case DiffSpanKind.Inserted:
                    Mark(builder, TerminalText.Readable(result.NewTextOf(span)), "{+", "+}", Ansi.Inserted, color);
                    break;
                case DiffSpanKind.MovedFrom:
                    var id = span.MoveId.ToString(CultureInfo.InvariantCulture);
                    Mark(builder, TerminalText.Readable(result.OldTextOf(span)), "[<" + id + " ", ">]", Ansi.MovedFrom, color);
                    break;
                case DiffSpanKind.MovedTo:
                    AppendMovedTo(builder, result, span, color);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(result), span.Kind, "Unknown span kind.");
            }
        }

        if (builder.Length > 0 && builder[^1] != '\n')
        {
            builder.Append('\n');
        }
    }

    private static void AppendMovedTo(StringBuilder builder, DiffResult result, DiffSpan span, bool color)
    {
        if (!color)
        {
            builder.Append("{>").Append(span.MoveId.ToString(CultureInfo.InvariantCulture)).Append(' ');
        }

        foreach (var piece in MovedText.Pieces(result, span))
        {
            switch (piece.Kind)
            {
                case DiffSpanKind.Deleted:
                    Mark(builder, piece.Text, "[-", "-]", Ansi.Deleted, color);
                    break;
                case DiffSpanKind.Inserted:
                    Mark(builder, piece.Text, "{+", "+}", Ansi.Inserted, color);
                    break;
                default:
                    if (color)
                    {
                        LineMarks.Append(builder, piece.Text, Ansi.MovedTo, Ansi.Reset);
                    }
                    else
                    {
                        builder.Append(piece.Text);
                    }

                    break;
            }
        }

        if (!color)
        {
            builder.Append("<}");
        }
    }

    private static void Mark(StringBuilder builder, string text, string open, string close, string style, bool color)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (color)
        {
            LineMarks.Append(builder, text, style, Ansi.Reset);
        }
        else
        {
            builder.Append(open).Append(text).Append(close);
        }
    }
}
