using ArticleRevisions.Diffing;
using ArticleRevisions.Reports;

namespace ArticleRevisions.Rendering;

/// <summary>
/// Writes the text in reading order with git's <c>--word-diff=plain</c> marks: <c>[-removed-]{+added+}</c>.
/// </summary>
/// <remarks>
/// Like git: colour only when asked (the marks themselves in red and green, reset before each line break); removed
/// text before added text; neighbouring changes merge into one run; marks close before
/// each line break and reopen after it, and a line piece with no text gets none. Git has no moves, so a moved text
/// is removed where it left and added where it arrived. A line break counts as <c>\n</c> or <c>\r\n</c> (git would
/// keep a <c>\r</c> inside the marks). Unchanged text is shown as it reads in the new version. The output ends with a
/// newline unless it is empty. This type is immutable and thread-safe.
/// </remarks>
public sealed class WordDiffRenderer : IRenderer<Comparison>
{
    private readonly WordDiffOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">Whether to use colour; <see cref="WordDiffOptions.Default"/> when null.</param>
    public WordDiffRenderer(WordDiffOptions? options = null)
    {
        this.options = options ?? WordDiffOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(Comparison model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var result = model.Result;
        var oldText = result.OldText.AsSpan();
        var newText = result.NewText.AsSpan();
        var output = new TextOutput(writer);

        // Changed text is gathered (neighbouring changes merge into one run); unchanged text, almost all of a large
        // diff, goes straight from the new text to the writer.
        var removed = new Run(result.OldText);
        var added = new Run(result.NewText);
        for (var i = 0; i < result.Spans.Length; i++)
        {
            var span = result.Spans[i];
            switch (span.Kind)
            {
                case DiffSpanKind.Inserted or DiffSpanKind.Deleted when MovedText.IsLayoutBesideMove(result, i):
                    // The blank lines a moved paragraph takes with it are its layout, not an insertion or deletion of their own.
                    Flush(output, removed, added, options.Color);
                    output.Write(span.Kind == DiffSpanKind.Inserted ? newText.Slice(span.NewStart, span.NewLength) : oldText.Slice(span.OldStart, span.OldLength));
                    break;
                case DiffSpanKind.Deleted or DiffSpanKind.MovedFrom:
                    removed.Add(span.OldStart, span.OldLength);
                    break;
                case DiffSpanKind.Inserted or DiffSpanKind.MovedTo:
                    added.Add(span.NewStart, span.NewLength);
                    break;
                default:
                    // An unchanged span that shows nothing (ignored white space) must not split one change in two.
                    if (span.NewLength > 0)
                    {
                        Flush(output, removed, added, options.Color);
                        output.WriteReadable(newText.Slice(span.NewStart, span.NewLength));
                    }

                    break;
            }
        }

        Flush(output, removed, added, options.Color);
        if (output.Any && output.Last != '\n')
        {
            output.Write('\n');
        }
    }

    private static void Flush(TextOutput output, Run removed, Run added, bool color)
    {
        removed.Write(output, color ? Ansi.Deleted + "[-" : "[-", color ? "-]" + Ansi.Reset : "-]");
        added.Write(output, color ? Ansi.Inserted + "{+" : "{+", color ? "+}" + Ansi.Reset : "+}");
    }

    /// <summary>
    /// One side's run of changed text. A run of one piece (a rewrite's whole text is one deleted and one inserted
    /// span) is written from the text in place; only a run of two pieces or more is gathered, so that a CR ending one
    /// piece and a line feed starting the next make one line break, as they do in the text.
    /// </summary>
    private sealed class Run(string text)
    {
        private readonly ReadableRun gathered = new();
        private int start;
        private int length;
        private int pieces;

        public void Add(int pieceStart, int pieceLength)
        {
            if (pieces == 0)
            {
                (start, length) = (pieceStart, pieceLength);
            }
            else
            {
                if (pieces == 1)
                {
                    gathered.Append(text.AsSpan(start, length));
                }

                gathered.Append(text.AsSpan(pieceStart, pieceLength));
            }

            pieces++;
        }

        /// <summary>Writes the run as <see cref="TextOutput.WriteMarked"/> writes its readable text, and empties it.</summary>
        public void Write(TextOutput output, string open, string close)
        {
            if (pieces == 1)
            {
                output.WriteMarked(text.AsSpan(start, length), open, close, readable: true);
            }
            else if (pieces > 1)
            {
                output.WriteMarked(gathered.Text, open, close);
                gathered.Clear();
            }

            pieces = 0;
        }
    }
}
