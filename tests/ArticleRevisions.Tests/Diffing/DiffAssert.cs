using ArticleRevisions.Diffing;

namespace ArticleRevisions.Tests.Diffing;

/// <summary>Checks the invariants every comparison result must keep.</summary>
internal static class DiffAssert
{
    public static void Lossless(DiffResult result, string oldText, string newText)
    {
        Assert.Equal(oldText, result.RebuildOld());
        Assert.Equal(newText, result.RebuildNew());

        var oldCursor = 0;
        var newCursor = 0;
        foreach (var span in result.Spans)
        {
            Assert.True(span.OldLength > 0 || span.NewLength > 0, "spans are never empty");
            switch (span.Kind)
            {
                case DiffSpanKind.Unchanged:
                    Assert.Equal((oldCursor, newCursor), (span.OldStart, span.NewStart));
                    break;
                case DiffSpanKind.Deleted or DiffSpanKind.MovedFrom:
                    Assert.Equal((oldCursor, newCursor, 0), (span.OldStart, span.NewStart, span.NewLength));
                    break;
                default:
                    Assert.Equal((oldCursor, newCursor, 0), (span.OldStart, span.NewStart, span.OldLength));
                    break;
            }

            oldCursor += span.OldLength;
            newCursor += span.NewLength;
        }

        Assert.Equal((oldText.Length, newText.Length), (oldCursor, newCursor));
        var from = result.Spans.Where(s => s.Kind == DiffSpanKind.MovedFrom).ToDictionary(s => s.MoveId);
        foreach (var to in result.Spans.Where(s => s.Kind == DiffSpanKind.MovedTo))
        {
            Assert.True(from.ContainsKey(to.MoveId), $"move {to.MoveId} has both ends");
            var source = from[to.MoveId];
            foreach (var inner in to.Inner)
            {
                Assert.InRange(inner.OldStart, source.OldStart, source.OldEnd);
                Assert.InRange(inner.OldEnd, source.OldStart, source.OldEnd);
                Assert.InRange(inner.NewStart, to.NewStart, to.NewEnd);
                Assert.InRange(inner.NewEnd, to.NewStart, to.NewEnd);
            }

            if (!to.Inner.IsEmpty)
            {
                Assert.Equal(result.OldTextOf(source), string.Concat(to.Inner.Where(s => s.Kind != DiffSpanKind.Inserted).Select(result.OldTextOf)));
                Assert.Equal(result.NewTextOf(to), string.Concat(to.Inner.Where(s => s.Kind != DiffSpanKind.Deleted).Select(result.NewTextOf)));
            }
        }
    }

    /// <summary>The result written with git-like markers, to compare with an expectation at a glance.</summary>
    public static string Marked(DiffResult result) => string.Concat(result.Spans.Select(s => s.Kind switch
    {
        DiffSpanKind.Unchanged => result.NewTextOf(s),
        DiffSpanKind.Deleted => $"[-{result.OldTextOf(s)}-]",
        DiffSpanKind.Inserted => $"{{+{result.NewTextOf(s)}+}}",
        DiffSpanKind.MovedFrom => $"[<{s.MoveId}:{result.OldTextOf(s)}>]",
        _ => $"{{>{s.MoveId}:{result.NewTextOf(s)}<}}",
    }));
}
