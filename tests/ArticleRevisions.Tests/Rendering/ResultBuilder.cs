using System.Collections.Immutable;
using System.Text;
using ArticleRevisions.Diffing;

namespace ArticleRevisions.Tests.Rendering;

/// <summary>
/// Builds a <see cref="DiffResult"/> by hand from stretches of text in reading order, computing every range, so a
/// renderer can be tested without the diff engine.
/// </summary>
internal sealed class ResultBuilder
{
    private readonly List<Part> _parts = [];
    private DiffOptions _options = DiffOptions.Default;
    private DiffStatistics _statistics = new();
    private IgnoredChanges _ignored = IgnoredChanges.None;
    private double? _similarity;

    /// <summary>A result for two texts that shows the whole old text deleted and the whole new text inserted.</summary>
    public static DiffResult ForTexts(string oldText, string newText)
    {
        var builder = new ResultBuilder();
        if (oldText == newText)
        {
            return builder.Same(oldText).Build();
        }

        if (oldText.Length > 0)
        {
            builder.Deleted(oldText);
        }

        if (newText.Length > 0)
        {
            builder.Inserted(newText);
        }

        return builder.Build();
    }

    public ResultBuilder Same(string text) => Same(text, text);

    public ResultBuilder Same(string oldText, string newText) => Add(new Part(DiffSpanKind.Unchanged, oldText, newText, 0, null));

    public ResultBuilder Deleted(string text) => Add(new Part(DiffSpanKind.Deleted, text, string.Empty, 0, null));

    public ResultBuilder Inserted(string text) => Add(new Part(DiffSpanKind.Inserted, string.Empty, text, 0, null));

    public ResultBuilder MovedFrom(int moveId, string text) => Add(new Part(DiffSpanKind.MovedFrom, text, string.Empty, moveId, null));

    public ResultBuilder MovedTo(int moveId, string text) => Add(new Part(DiffSpanKind.MovedTo, string.Empty, text, moveId, null));

    /// <summary>A moved text that changed on the way; <paramref name="inner"/> holds its edits (its old side must equal the MovedFrom text).</summary>
    public ResultBuilder MovedTo(int moveId, ResultBuilder inner) =>
        Add(new Part(DiffSpanKind.MovedTo, string.Empty, inner.NewSide(), moveId, inner));

    public ResultBuilder WithOptions(DiffOptions options) => Set(() => _options = options);

    public ResultBuilder WithStatistics(DiffStatistics statistics) => Set(() => _statistics = statistics);

    public ResultBuilder WithIgnored(IgnoredChangeKind kind, int count) =>
        Set(() => _ignored = new IgnoredChanges(new Dictionary<IgnoredChangeKind, int>(_ignored.Counts) { [kind] = count }));

    public ResultBuilder WithSimilarity(double similarity) => Set(() => _similarity = similarity);

    public DiffResult Build()
    {
        var oldText = new StringBuilder();
        var newText = new StringBuilder();
        var placed = new List<(Part Part, int OldStart, int NewStart)>();
        foreach (var part in _parts)
        {
            placed.Add((part, oldText.Length, newText.Length));
            oldText.Append(part.Old);
            newText.Append(part.New);
        }

        var spans = placed.Select(p =>
        {
            var inner = ImmutableArray<DiffSpan>.Empty;
            if (p.Part.Inner is { } edits)
            {
                var from = placed.Single(q => q.Part.Kind == DiffSpanKind.MovedFrom && q.Part.MoveId == p.Part.MoveId);
                if (edits.OldSide() != from.Part.Old)
                {
                    throw new InvalidOperationException($"Move {p.Part.MoveId}: the inner edits' old side is not the moved-from text.");
                }

                inner = edits.Spans(from.OldStart, p.NewStart);
            }

            return new DiffSpan(p.Part.Kind, p.OldStart, p.Part.Old.Length, p.NewStart, p.Part.New.Length, p.Part.MoveId, inner);
        }).ToImmutableArray();

        var hasDifferences = _parts.Any(p => p.Kind != DiffSpanKind.Unchanged);
        var result = new DiffResult(
            oldText.ToString(),
            newText.ToString(),
            _options,
            spans,
            _statistics,
            _ignored,
            _similarity ?? (hasDifferences ? 0.5 : 1.0));
        Assert.Equal(result.OldText, result.RebuildOld());
        Assert.Equal(result.NewText, result.RebuildNew());
        return result;
    }

    private ImmutableArray<DiffSpan> Spans(int oldStart, int newStart)
    {
        var spans = ImmutableArray.CreateBuilder<DiffSpan>();
        foreach (var part in _parts)
        {
            spans.Add(new DiffSpan(part.Kind, oldStart, part.Old.Length, newStart, part.New.Length));
            oldStart += part.Old.Length;
            newStart += part.New.Length;
        }

        return spans.ToImmutable();
    }

    private string OldSide() => string.Concat(_parts.Select(p => p.Old));

    private string NewSide() => string.Concat(_parts.Select(p => p.New));

    private ResultBuilder Add(Part part)
    {
        _parts.Add(part);
        return this;
    }

    private ResultBuilder Set(Action set)
    {
        set();
        return this;
    }

    private sealed record Part(DiffSpanKind Kind, string Old, string New, int MoveId, ResultBuilder? Inner);
}
