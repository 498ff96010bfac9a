using System.Collections.Immutable;
using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>
/// Where each piece of the new text came from, as a comparison found it: the stretches carried over (unchanged or
/// moved) paired with their old places, and the stretches only inserted or only deleted.
/// </summary>
/// <remarks>
/// Carried text whose bytes differ (white space, quotes or case the options counted as equal) is paired word by
/// word and gap by gap, so every word continues the word it matched; where the options even joined or split words
/// (a dash become a hyphen), the stretch is paired by offset. This type is immutable.
/// </remarks>
/// <param name="Carried">The carried stretches, in the order of the spans that carried them.</param>
/// <param name="Inserted">The new-text ranges that continue nothing, in new-text order.</param>
/// <param name="Deleted">The old-text ranges that nothing continues, in old-text order.</param>
internal sealed record TextAlignment(
    ImmutableArray<AlignedRange> Carried,
    ImmutableArray<(int Start, int Length)> Inserted,
    ImmutableArray<(int Start, int Length)> Deleted)
{
    public static TextAlignment FromSpans(IReadOnlyList<DiffSpan> spans, string oldText, string newText)
    {
        var carried = ImmutableArray.CreateBuilder<AlignedRange>();
        var inserted = ImmutableArray.CreateBuilder<(int, int)>();
        var deleted = new List<(int Start, int Length)>();
        var sources = spans.Where(s => s.Kind == DiffSpanKind.MovedFrom).ToDictionary(s => s.MoveId);
        foreach (var span in spans)
        {
            Add(span);
        }

        // A move's inner deletions are met where the text arrives, so they can come out of old-text order.
        deleted.Sort();
        return new TextAlignment(carried.ToImmutable(), inserted.ToImmutable(), [.. deleted]);

        void Add(DiffSpan span)
        {
            switch (span.Kind)
            {
                // With white space ignored, white space that is only on one side counts as unchanged.
                case DiffSpanKind.Unchanged when span.OldLength == 0:
                case DiffSpanKind.Inserted:
                    inserted.Add((span.NewStart, span.NewLength));
                    break;
                case DiffSpanKind.Unchanged when span.NewLength == 0:
                case DiffSpanKind.Deleted:
                    deleted.Add((span.OldStart, span.OldLength));
                    break;
                case DiffSpanKind.Unchanged:
                    Pair(oldText, span.OldStart, span.OldLength, newText, span.NewStart, span.NewLength, carried);
                    break;
                case DiffSpanKind.MovedTo when span.Inner.IsEmpty:
                    var source = sources[span.MoveId];
                    Pair(oldText, source.OldStart, source.OldLength, newText, span.NewStart, span.NewLength, carried);
                    break;
                case DiffSpanKind.MovedTo:
                    foreach (var inner in span.Inner)
                    {
                        Add(inner);
                    }

                    break;
                default:
                    // MovedFrom: its text is carried where it arrives, at the MovedTo.
                    break;
            }
        }
    }

    private static void Pair(string oldText, int oldStart, int oldLength, string newText, int newStart, int newLength, ImmutableArray<AlignedRange>.Builder carried)
    {
        if (oldLength == newLength && string.CompareOrdinal(oldText, oldStart, newText, newStart, oldLength) == 0)
        {
            Carry(oldStart, oldLength, newStart, newLength, carried);
            return;
        }

        var oldTokens = Visible(TextSegmenter.SplitWords(oldText, oldStart, oldLength));
        var newTokens = Visible(TextSegmenter.SplitWords(newText, newStart, newLength));
        if (oldTokens.Length != newTokens.Length)
        {
            // A dash that became a hyphen turns "a—b" (three tokens) into "a-b" (one word), yet the options may
            // count them equal; pairing by offset is then as good as anything.
            Carry(oldStart, oldLength, newStart, newLength, carried);
            return;
        }

        int oldGapStart = oldStart, newGapStart = newStart;
        for (var k = 0; k <= newTokens.Length; k++)
        {
            var oldGapEnd = k < oldTokens.Length ? oldTokens[k].Start : oldStart + oldLength;
            var newGapEnd = k < newTokens.Length ? newTokens[k].Start : newStart + newLength;
            Carry(oldGapStart, oldGapEnd - oldGapStart, newGapStart, newGapEnd - newGapStart, carried);
            if (k < newTokens.Length)
            {
                Carry(oldTokens[k].Start, oldTokens[k].Length, newTokens[k].Start, newTokens[k].Length, carried);
                oldGapStart = oldTokens[k].End;
                newGapStart = newTokens[k].End;
            }
        }
    }

    private static void Carry(int oldStart, int oldLength, int newStart, int newLength, ImmutableArray<AlignedRange>.Builder carried)
    {
        // New text facing no old text (a gap only one side has) continues nothing.
        if (oldLength > 0 && newLength > 0)
        {
            carried.Add(new AlignedRange(oldStart, oldLength, newStart, newLength));
        }
    }

    private static Segment[] Visible(IReadOnlyList<Segment> segments) =>
        [.. segments.Where(s => s.Kind != SegmentKind.Whitespace)];
}
