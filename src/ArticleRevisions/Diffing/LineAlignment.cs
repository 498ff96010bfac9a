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
    private LineAlignment(ImmutableArray<string> oldLines, ImmutableArray<string> newLines, ImmutableArray<LineRow> rows)
    {
        OldLines = oldLines;
        NewLines = newLines;
        Rows = rows;
    }

    /// <summary>Gets the lines of the old text, each with its line ending.</summary>
    public ImmutableArray<string> OldLines { get; }

    /// <summary>Gets the lines of the new text, each with its line ending.</summary>
    public ImmutableArray<string> NewLines { get; }

    /// <summary>Gets the rows in reading order.</summary>
    public ImmutableArray<LineRow> Rows { get; }

    /// <summary>Gets whether any row is not <see cref="LineChange.Unchanged"/>.</summary>
    public bool HasDifferences => Rows.Any(r => r.Change != LineChange.Unchanged);

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
        var oldLines = TextLines.SplitKeepingEndings(result.OldText);
        var newLines = TextLines.SplitKeepingEndings(result.NewText);
        var oldTouched = Touched(oldLines, result.Spans, newSide: false);
        var newTouched = Touched(newLines, result.Spans, newSide: true);
        var keys = result.Options.Keys;
        var oldKeys = Keys(oldLines, oldTouched, keys, "old");
        var newKeys = Keys(newLines, newTouched, keys, "new");
        var rows = Align(oldLines.Count, newLines.Count, SequenceDiffer.Diff(oldKeys, newKeys), block =>
            !Any(oldTouched, block.OldStart, block.OldCount) && !Any(newTouched, block.NewStart, block.NewCount)
            && EqualKeys(keys, Join(oldLines, block.OldStart, block.OldCount), Join(newLines, block.NewStart, block.NewCount)));
        return new LineAlignment([.. oldLines], [.. newLines], rows);
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
        var oldLines = TextLines.SplitKeepingEndings(oldText);
        var newLines = TextLines.SplitKeepingEndings(newText);
        var rows = Align(oldLines.Count, newLines.Count, SequenceDiffer.Diff(oldLines, newLines), _ => false);
        return new LineAlignment([.. oldLines], [.. newLines], rows);
    }

    private static ImmutableArray<LineRow> Align(int oldCount, int newCount, IReadOnlyList<EditBlock> blocks, Func<EditBlock, bool> equalUnderOptions)
    {
        var rows = ImmutableArray.CreateBuilder<LineRow>(Math.Max(oldCount, newCount));
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

        return rows.ToImmutable();
    }

    /// <summary>Marks the lines of one side that a change touches.</summary>
    private static bool[] Touched(List<string> lines, IReadOnlyList<DiffSpan> spans, bool newSide)
    {
        var starts = new int[lines.Count + 1];
        for (var k = 0; k < lines.Count; k++)
        {
            starts[k + 1] = starts[k] + lines[k].Length;
        }

        var touched = new bool[lines.Count];
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
            for (; line >= 0 && line < lines.Count && starts[line] <= start + length; line++)
            {
                var contentEnd = starts[line] + TextLines.StripEnding(lines[line]).Length;
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

    private static string[] Keys(List<string> lines, bool[] touched, KeyNormalizer keys, string side)
    {
        var result = new string[lines.Count];
        for (var k = 0; k < lines.Count; k++)
        {
            // A touched line matches nothing; the prefix cannot begin a line's text, which never holds a \n.
            result[k] = touched[k]
                ? $"\n{side}{k}"
                : keys.Key(lines[k], 0, TextLines.StripEnding(lines[k]).Length);
        }

        return result;
    }

    private static string Join(List<string> lines, int start, int count) => string.Concat(lines.Skip(start).Take(count));

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
