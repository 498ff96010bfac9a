using System.Buffers;
using System.Globalization;
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
        var output = new TextOutput(writer);
        var header = TerminalText.Readable($"{model.Old.Label} → {model.New.Label}: {DiffSummary.Of(model)}");
        if (color)
        {
            output.Write(Ansi.Bold);
        }

        output.Write(header);
        if (color)
        {
            output.Write(Ansi.Reset);
        }

        output.Write('\n');

        // With nothing to mark, the header says so, as diff(1) says nothing rather than repeat the text.
        if (result.HasDifferences)
        {
            output.Write('\n');
            WriteText(output, result, color);
        }
    }

    private static void WriteText(TextOutput output, DiffResult result, bool color)
    {
        // Spans are written straight from the two texts, never copied out of them first: the text of a large diff is
        // almost all unchanged.
        var oldText = result.OldText.AsSpan();
        var newText = result.NewText.AsSpan();
        for (var i = 0; i < result.Spans.Length; i++)
        {
            var span = result.Spans[i];
            switch (span.Kind)
            {
                case DiffSpanKind.Unchanged:
                    output.WriteReadable(newText.Slice(span.NewStart, span.NewLength));
                    break;
                case DiffSpanKind.Inserted or DiffSpanKind.Deleted when MovedText.IsLayoutBesideMove(result, i):
                    // The blank lines a moved paragraph takes with it are its layout, not an insertion or deletion of their own.
                    output.Write(span.Kind == DiffSpanKind.Inserted ? newText.Slice(span.NewStart, span.NewLength) : oldText.Slice(span.OldStart, span.OldLength));
                    break;
                case DiffSpanKind.Deleted:
                    Mark(output, oldText.Slice(span.OldStart, span.OldLength), "[-", "-]", Ansi.Deleted, color);
                    break;
                case DiffSpanKind.Inserted:
                    Mark(output, newText.Slice(span.NewStart, span.NewLength), "{+", "+}", Ansi.Inserted, color);
                    break;
                case DiffSpanKind.MovedFrom:
                    Mark(output, oldText.Slice(span.OldStart, span.OldLength), "[<" + span.MoveId.ToString(CultureInfo.InvariantCulture) + " ", ">]", Ansi.MovedFrom, color);
                    break;
                case DiffSpanKind.MovedTo:
                    WriteMovedTo(output, result, span, color);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(result), span.Kind, "Unknown span kind.");
            }
        }

        if (output.Last != '\n')
        {
            output.Write('\n');
        }
    }

    private static void WriteMovedTo(TextOutput output, DiffResult result, DiffSpan span, bool color)
    {
        if (!color)
        {
            output.Write("{>");
            output.Write(span.MoveId.ToString(CultureInfo.InvariantCulture));
            output.Write(' ');
        }

        // The pieces' text is already readable.
        foreach (var piece in MovedText.Pieces(result, span))
        {
            switch (piece.Kind)
            {
                case DiffSpanKind.Deleted:
                    MarkReadable(output, piece.Text, "[-", "-]", Ansi.Deleted, color);
                    break;
                case DiffSpanKind.Inserted:
                    MarkReadable(output, piece.Text, "{+", "+}", Ansi.Inserted, color);
                    break;
                default:
                    if (color)
                    {
                        output.WriteMarked(piece.Text, Ansi.MovedTo, Ansi.Reset);
                    }
                    else
                    {
                        output.Write(piece.Text);
                    }

                    break;
            }
        }

        if (!color)
        {
            output.Write("<}");
        }
    }

    /// <summary>Marks a stretch of raw text, its control characters made visible.</summary>
    private static void Mark(TextOutput output, ReadOnlySpan<char> text, string open, string close, string style, bool color)
    {
        if (text.IsEmpty)
        {
            return;
        }

        if (!color)
        {
            output.Write(open);
            output.WriteReadable(text);
            output.Write(close);
            return;
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        TerminalText.CopyReadable(text, buffer);
        output.WriteMarked(buffer.AsSpan(0, text.Length), style, Ansi.Reset);
        ArrayPool<char>.Shared.Return(buffer);
    }

    /// <summary>Marks a stretch of text already made readable.</summary>
    private static void MarkReadable(TextOutput output, string text, string open, string close, string style, bool color)
    {
        if (text.Length == 0)
        {
            return;
        }

        if (color)
        {
            output.WriteMarked(text, style, Ansi.Reset);
        }
        else
        {
            output.Write(open);
            output.Write(text);
            output.Write(close);
        }
    }
}
