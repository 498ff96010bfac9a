using System.Globalization;
using System.Text;
using ArticleRevisions.Diffing;
using ArticleRevisions.Reports;
using NodaTime;
using NodaTime.Text;

namespace ArticleRevisions.Rendering;

/// <summary>
/// Writes a unified patch of the exact texts, one that GNU <c>patch</c> and <c>git apply</c> apply byte for byte.
/// </summary>
/// <remarks>
/// <para>
/// The lines are aligned by their exact bytes (<see cref="LineAlignment.FromExactText"/>), whatever the
/// comparison's options ignored: a patch must apply to the real bytes. Lines end at <c>\n</c>; a <c>\r</c> before it
/// stays in the line, so CRLF survives. A last line without a newline is followed by
/// <c>\ No newline at end of file</c>, on either side.
/// </para>
/// <para>
/// Headers are <c>--- OLD</c> and <c>+++ NEW</c> (the versions' labels), each followed by a tab and the time in the comparison's zone
/// (<c>2025-01-07 10:12:00.000000000 +0200</c>, as <c>diff -u</c> writes it) when the time is known. A label with
/// control characters, quotes or backslashes is written C-quoted as git does, so the header stays one line.
/// Hunks carry <see cref="UnifiedDiffOptions.Context"/> lines of context and merge when their contexts meet; ranges are
/// numbered as GNU diff numbers them (<c>-0,0</c> for nothing before the first line). Identical texts give an empty
/// string.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class UnifiedDiffRenderer : IRenderer<Comparison>
{
    private static readonly ZonedDateTimePattern DiffTime =
        ZonedDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm':'ss'.'fffffffff o<+HHmm>", null);

    private readonly UnifiedDiffOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The lines of context; <see cref="UnifiedDiffOptions.Default"/> when null.</param>
    public UnifiedDiffRenderer(UnifiedDiffOptions? options = null)
    {
        this.options = options ?? UnifiedDiffOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(Comparison model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        WritePatch(model.Old, model.New, model.Zone, model.Result.OldText, model.Result.NewText, writer);
    }

    /// <summary>Writes a unified patch of two texts, as <see cref="Render(Comparison, TextWriter)"/> writes it for their comparison, without comparing them word by word.</summary>
    /// <param name="old">The earlier version's label and time.</param>
    /// <param name="new">The later version's label and time.</param>
    /// <param name="zone">The zone the times are shown in.</param>
    /// <param name="oldText">The earlier text.</param>
    /// <param name="newText">The later text.</param>
    /// <param name="writer">Where the patch goes.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <remarks>A patch is a line alignment of the exact texts and needs nothing else from a comparison; see <see cref="TextDiffer.HasDifferences"/> for the exit status a tool reports beside it.</remarks>
    public void Render(ComparedVersion old, ComparedVersion @new, DateTimeZone zone, string oldText, string newText, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        ArgumentNullException.ThrowIfNull(writer);
        WritePatch(old, @new, zone, oldText, newText, writer);
    }

    /// <summary>Writes the patch hunk by hunk, line by line, straight to <paramref name="writer"/>.</summary>
    private void WritePatch(ComparedVersion old, ComparedVersion @new, DateTimeZone zone, string oldText, string newText, TextWriter writer)
    {
        if (string.Equals(oldText, newText, StringComparison.Ordinal))
        {
            return;
        }

        var alignment = LineAlignment.FromExactText(oldText, newText);
        var blocks = Blocks(alignment);
        if (blocks.Count == 0)
        {
            return;
        }

        AppendHeader(writer, "--- ", old, zone);
        AppendHeader(writer, "+++ ", @new, zone);
        // More context than lines changes nothing, and keeps 2 * context from overflowing.
        var context = Math.Min(options.Context, Math.Max(alignment.OldLineCount, alignment.NewLineCount));
        var first = 0;
        while (first < blocks.Count)
        {
            var last = first;
            while (last + 1 < blocks.Count && blocks[last + 1].OldStart - End(blocks[last]) <= 2 * context)
            {
                last++;
            }

            AppendHunk(writer, blocks, first, last, alignment, context);
            first = last + 1;
        }
    }

    private static int End(EditBlock block) => block.OldStart + block.OldCount;

    /// <summary>Each run of rows that are not unchanged, as the lines it removes and adds.</summary>
    private static List<EditBlock> Blocks(LineAlignment alignment)
    {
        var blocks = new List<EditBlock>();
        int oldCursor = 0, newCursor = 0;
        EditBlock? open = null;
        foreach (var row in alignment.Rows)
        {
            if (row.Change == LineChange.Unchanged)
            {
                if (open is { } block)
                {
                    blocks.Add(block);
                    open = null;
                }
            }
            else
            {
                var block = open ?? new EditBlock(oldCursor, 0, newCursor, 0);
                open = block with
                {
                    OldCount = block.OldCount + (row.OldLine is null ? 0 : 1),
                    NewCount = block.NewCount + (row.NewLine is null ? 0 : 1),
                };
            }

            oldCursor += row.OldLine is null ? 0 : 1;
            newCursor += row.NewLine is null ? 0 : 1;
        }

        if (open is { } last)
        {
            blocks.Add(last);
        }

        return blocks;
    }

    private static void AppendHunk(
        TextWriter writer,
        List<EditBlock> blocks,
        int first,
        int last,
        LineAlignment lines,
        int context)
    {
        // The lines around and between blocks are equal on both sides, so leading and trailing context have the
        // same length in the old and the new text.
        var before = Math.Min(context, blocks[first].OldStart);
        var after = Math.Min(context, lines.OldLineCount - End(blocks[last]));
        var oldStart = blocks[first].OldStart - before;
        var newStart = blocks[first].NewStart - before;
        var oldCount = End(blocks[last]) + after - oldStart;
        var newCount = blocks[last].NewStart + blocks[last].NewCount + after - newStart;
        writer.Write("@@ -");
        writer.Write(Range(oldStart, oldCount));
        writer.Write(" +");
        writer.Write(Range(newStart, newCount));
        writer.Write(" @@\n");

        var cursor = oldStart;
        for (var index = first; index <= last; index++)
        {
            var block = blocks[index];
            for (; cursor < block.OldStart; cursor++)
            {
                AppendLine(writer, ' ', lines.OldLine(cursor));
            }

            for (var line = block.OldStart; line < End(block); line++)
            {
                AppendLine(writer, '-', lines.OldLine(line));
            }

            for (var line = block.NewStart; line < block.NewStart + block.NewCount; line++)
            {
                AppendLine(writer, '+', lines.NewLine(line));
            }

            cursor = End(block);
        }

        for (; cursor < End(blocks[last]) + after; cursor++)
        {
            AppendLine(writer, ' ', lines.OldLine(cursor));
        }
    }

    // GNU diff's numbering: an empty range names the line before it; a range of one line leaves out its count.
    private static string Range(int start, int count) => count switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"{start},0"),
        1 => string.Create(CultureInfo.InvariantCulture, $"{start + 1}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{start + 1},{count}"),
    };

    private static void AppendLine(TextWriter writer, char prefix, ReadOnlySpan<char> line)
    {
        writer.Write(prefix);
        writer.Write(line);
        if (!line.EndsWith('\n'))
        {
            writer.Write("\n\\ No newline at end of file\n");
        }
    }

    private static void AppendHeader(TextWriter writer, string prefix, ComparedVersion version, DateTimeZone zone)
    {
        writer.Write(prefix);
        writer.Write(QuoteIfNeeded(version.Label));
        if (version.Time is { } instant)
        {
            writer.Write('\t');
            writer.Write(DiffTime.Format(instant.InZone(zone)));
        }

        writer.Write('\n');
    }

    private static bool NeedsQuoting(string label)
    {
        foreach (var c in label)
        {
            if (char.IsControl(c) || c is '"' or '\\')
            {
                return true;
            }
        }

        return false;
    }

    private static string QuoteIfNeeded(string label)
    {
        if (!NeedsQuoting(label))
        {
            return label;
        }

        var quoted = new StringBuilder("\"");
        foreach (var c in label)
        {
            switch (c)
            {
                case '"' or '\\':
                    quoted.Append('\\').Append(c);
                    break;
                case '\t':
                    quoted.Append("\\t");
                    break;
                case '\n':
                    quoted.Append("\\n");
                    break;
                case '\r':
                    quoted.Append("\\r");
                    break;
                default:
                    if (char.IsControl(c))
                    {
                        foreach (var b in Encoding.UTF8.GetBytes(c.ToString()))
                        {
                            quoted.Append('\\').Append(Convert.ToString(b, 8).PadLeft(3, '0'));
                        }
                    }
                    else
                    {
                        quoted.Append(c);
                    }

                    break;
            }
        }

        return quoted.Append('"').ToString();
    }
}
