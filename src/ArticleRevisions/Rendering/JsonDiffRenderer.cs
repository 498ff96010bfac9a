using System.Collections.Immutable;
using System.Text.Json;
using ArticleRevisions.Diffing;
using ArticleRevisions.Reports;
using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a comparison as JSON following the <c>artrev-diff</c> schema, version 1.</summary>
/// <remarks>
/// Positions and lengths count UTF-16 code units, like JavaScript strings; times follow the convention of every
/// document of this library (UTC with <c>Z</c>, and local with the offset of the comparison's zone). See the README
/// for the schema. This type is immutable and thread-safe.
/// </remarks>
public sealed class JsonDiffRenderer : IRenderer<Comparison>
{
    /// <summary>The schema name written in every document.</summary>
    public const string SchemaName = "artrev-diff";

    /// <summary>The schema version; raised whenever a field changes meaning or disappears.</summary>
    public const int SchemaVersion = 1;

    private readonly JsonDiffOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">Whether to leave out the spans; <see cref="JsonDiffOptions.Default"/> when null.</param>
    public JsonDiffRenderer(JsonDiffOptions? options = null)
    {
        this.options = options ?? JsonDiffOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(Comparison model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var result = model.Result;
        JsonDocumentWriter.Write(writer, SchemaName, SchemaVersion, json =>
        {
            WriteVersion(json, "old", model.Old, model.Zone, result.OldText.Length);
            WriteVersion(json, "new", model.New, model.Zone, result.NewText.Length);
            WriteOptions(json, result.Options);
            json.WriteBoolean("identical", !result.HasDifferences);
            json.WriteNumber("similarity", StatTable.Similarity(result, decimals: 4));
            json.WriteString("summary", DiffSummary.Of(model));
            json.WriteStartObject("ignored");
            foreach (var (kind, count) in result.Ignored.Counts)
            {
                json.WriteNumber(IgnoredName(kind), count);
            }

            json.WriteEndObject();
            WriteStatistics(json, result.Statistics);
            if (!options.StatOnly)
            {
                WriteSpans(json, "spans", result, result.Spans);
            }
        });
    }

    private static void WriteVersion(Utf8JsonWriter writer, string name, ComparedVersion version, DateTimeZone zone, int length)
    {
        writer.WriteStartObject(name);
        writer.WriteString("label", version.Label);
        if (version.Time is { } instant)
        {
            JsonDocumentWriter.WriteTime(writer, "time", instant, zone);
        }

        writer.WriteNumber("length", length);
        writer.WriteEndObject();
    }

    private static void WriteOptions(Utf8JsonWriter writer, DiffOptions options)
    {
        writer.WriteStartObject("options");
        writer.WriteString("granularity", options.Granularity switch
        {
            DiffGranularity.Character => "character",
            DiffGranularity.Word => "word",
            DiffGranularity.Sentence => "sentence",
            DiffGranularity.Paragraph => "paragraph",
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Granularity, "Unknown granularity."),
        });
        writer.WriteBoolean("ignoreWhitespace", options.IgnoreWhitespace);
        writer.WriteBoolean("ignoreCase", options.IgnoreCase);
        writer.WriteBoolean("normalizePunctuation", options.NormalizePunctuation);
        writer.WriteBoolean("normalizeUnicode", options.NormalizeUnicode);
        writer.WriteBoolean("detectMoves", options.DetectMoves);
        writer.WriteEndObject();
    }

    private static void WriteStatistics(Utf8JsonWriter writer, DiffStatistics statistics)
    {
        writer.WriteStartObject("statistics");
        writer.WriteNumber("wordsAdded", statistics.WordsAdded);
        writer.WriteNumber("wordsRemoved", statistics.WordsRemoved);
        writer.WriteNumber("sentencesAdded", statistics.SentencesAdded);
        writer.WriteNumber("sentencesRemoved", statistics.SentencesRemoved);
        writer.WriteNumber("sentencesChanged", statistics.SentencesChanged);
        writer.WriteNumber("sentencesMoved", statistics.SentencesMoved);
        writer.WriteNumber("paragraphsAdded", statistics.ParagraphsAdded);
        writer.WriteNumber("paragraphsRemoved", statistics.ParagraphsRemoved);
        writer.WriteNumber("paragraphsChanged", statistics.ParagraphsChanged);
        writer.WriteNumber("paragraphsMoved", statistics.ParagraphsMoved);
        writer.WriteEndObject();
    }

    private static void WriteSpans(Utf8JsonWriter writer, string name, DiffResult result, ImmutableArray<DiffSpan> spans)
    {
        // Texts are written from spans of the compared texts, never copied out of them.
        var oldText = result.OldText.AsSpan();
        var newText = result.NewText.AsSpan();
        writer.WriteStartArray(name);
        foreach (var span in spans)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", KindName(span.Kind));
            WriteRange(writer, "old", span.OldStart, span.OldLength);
            WriteRange(writer, "new", span.NewStart, span.NewLength);
            var showsOld = span.Kind is DiffSpanKind.Deleted or DiffSpanKind.MovedFrom;
            var text = showsOld ? oldText.Slice(span.OldStart, span.OldLength) : newText.Slice(span.NewStart, span.NewLength);
            writer.WriteString("text", text);
            if (span.Kind == DiffSpanKind.Unchanged)
            {
                var old = oldText.Slice(span.OldStart, span.OldLength);
                if (!old.SequenceEqual(text))
                {
                    writer.WriteString("oldText", old);
                }
            }

            if (span.MoveId != 0)
            {
                writer.WriteNumber("moveId", span.MoveId);
            }

            if (!span.Inner.IsEmpty)
            {
                WriteSpans(writer, "inner", result, span.Inner);
            }

            writer.WriteEndObject();
            JsonDocumentWriter.FlushIfFull(writer);
        }

        writer.WriteEndArray();
    }

    private static void WriteRange(Utf8JsonWriter writer, string name, int start, int length)
    {
        writer.WriteStartObject(name);
        writer.WriteNumber("start", start);
        writer.WriteNumber("length", length);
        writer.WriteEndObject();
    }

    private static string KindName(DiffSpanKind kind) => kind switch
    {
        DiffSpanKind.Unchanged => "unchanged",
        DiffSpanKind.Inserted => "inserted",
        DiffSpanKind.Deleted => "deleted",
        DiffSpanKind.MovedFrom => "movedFrom",
        DiffSpanKind.MovedTo => "movedTo",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown span kind."),
    };

    private static string IgnoredName(IgnoredChangeKind kind) => kind switch
    {
        IgnoredChangeKind.Whitespace => "whitespace",
        IgnoredChangeKind.Case => "case",
        IgnoredChangeKind.Quotes => "quotes",
        IgnoredChangeKind.Dashes => "dashes",
        IgnoredChangeKind.Ellipses => "ellipses",
        IgnoredChangeKind.UnicodeNormalization => "unicodeNormalization",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown ignored change kind."),
    };
}
