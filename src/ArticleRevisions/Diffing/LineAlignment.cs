using System.Collections.Immutable;
using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>Two versions of a text set against each other line by line, for line-oriented views such as side by side or a patch.</summary>
/// <remarks>
/// <para>
/// Lines end at <c>\n</c>; each keeps its ending (a <c>\r</c> before the <c>\n</c> stays in the line), and only the
/// last line of a text can lack one. Rows are in reading order and take every line of each text exactly once, in
/// order. Within a run of rows that are not <see cref="LineChange.Unchanged"/>, paired lines come first, then the
/// lines left over on the longer side.
/// </para>
/// <para>
/// <see cref="FromComparison"/> follows a comparison, with its granularity and its options: a line is unchanged when
/// the comparison found no change in it (line endings aside), so what counts as equal there counts as equal here.
/// <see cref="FromExactText"/> compares the exact bytes, endings included, as a patch must.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class LineAlignment
{
    // Where each line starts in its text, with the text's length last: a line is a range of the text, and a string of
    // it is made only when OldLines or NewLines is asked for.
    private readonly string oldText;
    private readonly string newText;
    private readonly int[] oldStarts;
    private readonly int[] newStarts;
    private readonly Lazy<ImmutableArray<string>> oldLines;
    private readonly Lazy<ImmutableArray<string>> newLines;

    private LineAlignment(string oldText, int[] oldStarts, string newText, int[] newStarts, ImmutableArray<LineRow> rows)
    {
        this.oldText = oldText;
        this.newText = newText;
        this.oldStarts = oldStarts;
        this.newStarts = newStarts;
        Rows = rows;
        this.oldLines = new(() => Strings(oldText, oldStarts));
        this.newLines = new(() => Strings(newText, newStarts));
    }

    /// <summary>Gets the lines of the old text, each with its line ending.</summary>
    /// <remarks>The strings are made on first use; renderers read the lines from the text instead.</remarks>
    public ImmutableArray<string> OldLines => oldLines.Value;

    /// <summary>Gets the lines of the new text, each with its line ending.</summary>
    /// <remarks>The strings are made on first use; renderers read the lines from the text instead.</remarks>
    public ImmutableArray<string> NewLines => newLines.Value;

    /// <summary>Gets the rows in reading order.</summary>
    public ImmutableArray<LineRow> Rows { get; }

    /// <summary>Gets whether any row is not <see cref="LineChange.Unchanged"/>.</summary>
    public bool HasDifferences => Rows.Any(r => r.Change != LineChange.Unchanged);

    /// <summary>Gets the number of lines of the old text.</summary>
    internal int OldLineCount => oldStarts.Length - 1;

    /// <summary>Gets the number of lines of the new text.</summary>
    internal int NewLineCount => newStarts.Length - 1;

    /// <summary>Gets old line <paramref name="index"/> with its ending, as a view of the old text.</summary>
    internal ReadOnlySpan<char> OldLine(int index) => oldText.AsSpan(oldStarts[index], oldStarts[index + 1] - oldStarts[index]);

    /// <summary>Gets new line <paramref name="index"/> with its ending, as a view of the new text.</summary>
    internal ReadOnlySpan<char> NewLine(int index) => newText.AsSpan(newStarts[index], newStarts[index + 1] - newStarts[index]);

    /// <summary>Aligns the lines of a comparison's two texts as the comparison sees them.</summary>
    /// <param name="result">The comparison.</param>
    /// <returns>The alignment; a line touched by any change the comparison reports is never <see cref="LineChange.Unchanged"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <remarks>
    /// A line is touched when a deleted, inserted or moved span covers any of its text (its ending aside), or when
    /// text was inserted or deleted strictly inside it; a blank line is never touched. The untouched lines are
    /// matched by their text under the comparison's options. Untouched lines left unmatched are unchanged where
    /// their text taken together is equal under the options (a paragraph re-wrapped with white space ignored), and
    /// removed or added otherwise (a blank line taken out).
    /// </remarks>
    public static LineAlignment FromComparison(DiffResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var (oldText, newText) = (result.OldText, result.NewText);
        var oldStarts = LineStarts(oldText);
        var newStarts = LineStarts(newText);
        var oldTouched = Touched(oldText, oldStarts, result.Spans, newSide: false);
        var newTouched = Touched(newText, newStarts, result.Spans, newSide: true);
        var keys = result.Options.Keys;
        // Codes in the order a table of the untouched lines' keys would give them: old lines, then new. A touched line
        // matches nothing: it takes a code of its own past all of those, and no room in the table.
        var codes = new KeyCodes();
        codes.EnsureRoom(KeysAtMost(oldText, oldStarts, oldTouched) + KeysAtMost(newText, newStarts, newTouched));
        var oldCodes = Codes(oldText, oldStarts, oldTouched, keys, codes);
        var newCodes = Codes(newText, newStarts, newTouched, keys, codes);
        var unique = codes.Names.Count;
        Unique(oldCodes, oldTouched, ref unique);
        Unique(newCodes, newTouched, ref unique);
        // With white space ignored, a line of text is kept before a blank one: the blank lines then fall in the
        // unmatched stretches, which are equal under the options (seed 4ojoWi3kPvJ3: "other\n\n" and "\nother\n").
        var ignoreWhitespace = result.Options.IgnoreWhitespace;
        var blocks = SequenceDiffer.Diff(
            oldCodes, 0, oldCodes.Length, newCodes, 0, newCodes.Length, ignoreWhitespace ? Weights(oldText, oldStarts) : null, ignoreWhitespace ? Weights(newText, newStarts) : null);
        var rows = Align(oldCodes.Length, newCodes.Length, blocks, block =>
            !Any(oldTouched, block.OldStart, block.OldCount) && !Any(newTouched, block.NewStart, block.NewCount)
            && EqualKeys(keys, Join(oldText, oldStarts, block.OldStart, block.OldCount), Join(newText, newStarts, block.NewStart, block.NewCount)));
        return new LineAlignment(oldText, oldStarts, newText, newStarts, rows);
    }

    /// <summary>Aligns the lines of two texts by their exact bytes, line endings included.</summary>
    /// <param name="oldText">The old text.</param>
    /// <param name="newText">The new text.</param>
    /// <returns>The alignment; lines are unchanged only where they are equal byte for byte.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LineAlignment FromExactText(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        var oldStarts = LineStarts(oldText);
        var newStarts = LineStarts(newText);
        var codes = new KeyCodes();
        codes.EnsureRoom(KeysAtMost(oldText, oldStarts, null) + KeysAtMost(newText, newStarts, null));
        var oldCodes = ExactCodes(oldText, oldStarts, codes);
        var newCodes = ExactCodes(newText, newStarts, codes);
        var blocks = SequenceDiffer.Diff(oldCodes, 0, oldCodes.Length, newCodes, 0, newCodes.Length, null, null);
        var rows = Align(oldCodes.Length, newCodes.Length, blocks, _ => false);
        return new LineAlignment(oldText, oldStarts, newText, newStarts, rows);
    }

    /// <summary>Each line's weight in the alignment: a blank line (white space only) weighs less than any number of the others.</summary>
    private static long[] Weights(string text, int[] starts)
    {
        var weights = new long[starts.Length - 1];
        for (var k = 0; k < weights.Length; k++)
        {
            weights[k] = text.AsSpan(starts[k], starts[k + 1] - starts[k]).IsWhiteSpace() ? 1 : BlockAlignment.WordWeight;
        }

        return weights;
    }

    /// <summary>Where each line starts: after each <c>\n</c>, as <c>diff</c> splits; the text's length last. Empty text has no lines.</summary>
    private static int[] LineStarts(string text)
    {
        var count = text.AsSpan().Count('\n');
        count += text.Length > 0 && text[^1] != '\n' ? 1 : 0;
        var starts = new int[count + 1];
        var start = 0;
        for (var k = 1; k < count; k++)
        {
            start += text.AsSpan(start).IndexOf('\n') + 1;
            starts[k] = start;
        }

        starts[count] = text.Length;
        return starts;
    }

    /// <summary>
    /// At most how many keys the lines of one text give the table: one for each line that holds more than a bare line
    /// ending, and one for those that do not (they are all alike); a touched line gives none. So the table is sized
    /// once and no larger than it needs to be: half the lines of a text written with blank lines between paragraphs
    /// are blank, and a table sized for every line of two 10 MB texts took 5 MiB of the large-object heap.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="starts">Where its lines start.</param>
    /// <param name="touched">The touched lines, when lines are keyed without their endings; null when each line is its exact text.</param>
    private static int KeysAtMost(string text, int[] starts, bool[]? touched)
    {
        var count = 1;
        for (var k = 0; k + 1 < starts.Length; k++)
        {
            var holdsText = touched is null
                ? starts[k + 1] - starts[k] > 1 || text[starts[k]] != '\n'
                : !touched[k] && ContentLength(text, starts[k], starts[k + 1]) > 0;
            count += holdsText ? 1 : 0;
        }

        return count;
    }

    /// <summary>Gives each touched line the next code of its own.</summary>
    private static void Unique(int[] codes, bool[] touched, ref int next)
    {
        for (var k = 0; k < codes.Length; k++)
        {
            if (touched[k])
            {
                codes[k] = next++;
            }
        }
    }

    private static ImmutableArray<string> Strings(string text, int[] starts)
    {
        var lines = ImmutableArray.CreateBuilder<string>(starts.Length - 1);
        for (var k = 0; k + 1 < starts.Length; k++)
        {
            lines.Add(text[starts[k]..starts[k + 1]]);
        }

        return lines.MoveToImmutable();
    }

    /// <summary>The length of a line without its <c>\n</c> or <c>\r\n</c>.</summary>
    private static int ContentLength(string text, int start, int end)
    {
        if (end > start && text[end - 1] == '\n')
        {
            end--;
            if (end > start && text[end - 1] == '\r')
            {
                end--;
            }
        }

        return end - start;
    }

    private static ImmutableArray<LineRow> Align(int oldCount, int newCount, IReadOnlyList<EditBlock> blocks, Func<EditBlock, bool> equalUnderOptions)
    {
        // Exactly as many rows as there will be, so the rows are built in place and never copied.
        var rowCount = oldCount;
        foreach (var block in blocks)
        {
            rowCount += Math.Max(block.OldCount, block.NewCount) - block.OldCount;
        }

        var rows = ImmutableArray.CreateBuilder<LineRow>(rowCount);
        int i = 0, j = 0;
        foreach (var block in blocks)
        {
            for (; i < block.OldStart; i++, j++)
            {
                rows.Add(new LineRow(LineChange.Unchanged, i, j));
            }

            var same = equalUnderOptions(block);
            var paired = Math.Min(block.OldCount, block.NewCount);
            for (var k = 0; k < Math.Max(block.OldCount, block.NewCount); k++)
            {
                rows.Add(k < paired
                    ? new LineRow(same ? LineChange.Unchanged : LineChange.Changed, block.OldStart + k, block.NewStart + k)
                    : k < block.OldCount
                        ? new LineRow(same ? LineChange.Unchanged : LineChange.Removed, block.OldStart + k, null)
                        : new LineRow(same ? LineChange.Unchanged : LineChange.Added, null, block.NewStart + k));
            }

            i = block.OldStart + block.OldCount;
            j = block.NewStart + block.NewCount;
        }

        for (; i < oldCount; i++, j++)
        {
            rows.Add(new LineRow(LineChange.Unchanged, i, j));
        }

        return rows.MoveToImmutable();
    }

    /// <summary>Marks the lines of one side that a change touches.</summary>
    private static bool[] Touched(string text, int[] starts, IReadOnlyList<DiffSpan> spans, bool newSide)
    {
        var lineCount = starts.Length - 1;
        var touched = new bool[lineCount];
        foreach (var span in spans)
        {
            var (start, length) = newSide ? (span.NewStart, span.NewLength) : (span.OldStart, span.OldLength);
            var covers = newSide ? span.Kind is DiffSpanKind.Inserted or DiffSpanKind.MovedTo : span.Kind is DiffSpanKind.Deleted or DiffSpanKind.MovedFrom;
            var opens = !covers && span.Kind != DiffSpanKind.Unchanged;
            if (!covers && !opens)
            {
                continue;
            }

            // The line holding the span's first character (or, for a point where the other side changed, the point).
            var line = Array.BinarySearch(starts, start);
            line = line >= 0 ? line : ~line - 1;
            for (; line >= 0 && line < lineCount && starts[line] <= start + length; line++)
            {
                var contentEnd = starts[line] + ContentLength(text, starts[line], starts[line + 1]);
                touched[line] |= covers
                    ? Math.Max(start, starts[line]) < Math.Min(start + length, contentEnd)
                    : start > starts[line] && start < contentEnd;
                if (!covers || starts[line + 1] >= start + length)
                {
                    break;
                }
            }
        }

        return touched;
    }

    private static int[] Codes(string text, int[] starts, bool[] touched, KeyNormalizer keys, KeyCodes codes)
    {
        var result = new int[starts.Length - 1];
        for (var k = 0; k < result.Length; k++)
        {
            // A touched line's code is given once every untouched line has one (see Unique).
            result[k] = touched[k] ? -1 : codes.Code(text, starts[k], ContentLength(text, starts[k], starts[k + 1]), keys);
        }

        return result;
    }

    private static int[] ExactCodes(string text, int[] starts, KeyCodes codes)
    {
        var result = new int[starts.Length - 1];
        for (var k = 0; k < result.Length; k++)
        {
            result[k] = codes.CodeOfText(text, starts[k], starts[k + 1] - starts[k]);
        }

        return result;
    }

    private static string Join(string text, int[] starts, int start, int count) => text[starts[start]..starts[start + count]];

    private static bool EqualKeys(KeyNormalizer keys, string a, string b) =>
        string.Equals(keys.Key(a, 0, a.Length), keys.Key(b, 0, b.Length), StringComparison.Ordinal);

    private static bool Any(bool[] flags, int start, int count)
    {
        for (var k = start; k < start + count; k++)
        {
            if (flags[k])
            {
                return true;
            }
        }

        return false;
    }
}
