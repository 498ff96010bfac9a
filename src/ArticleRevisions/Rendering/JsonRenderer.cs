using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ArticleRevisions.Diffing;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a comparison as JSON following the <c>artrev-diff</c> schema, version 1.</summary>
/// <remarks>
/// Written with <see cref="Utf8JsonWriter"/> so no reflection is involved (Native AOT safe). Indented with two
/// spaces and <c>\n</c> line breaks on every platform; non-ASCII text is written as is (characters outside the
/// Basic Multilingual Plane, such as emoji, as <c>\u</c> surrogate escapes). Positions and lengths count UTF-16 code
/// units, like JavaScript strings. See the README for the schema.
/// </remarks>
internal static class JsonRenderer
{
    /// <summary>The schema name written in every document.</summary>
    public const string SchemaName = "artrev-diff";

    /// <summary>The schema version; raised whenever a field changes meaning or disappears.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",

        // Not embedded in HTML or script, so the HTML-sensitive characters need no escaping; keeps text readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Render(DiffResult result, RenderOptions options)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("schema", SchemaName);
            writer.WriteNumber("schemaVersion", SchemaVersion);
            WriteVersion(writer, "old", options.OldLabel, options.OldTime, result.OldText.Length);
            WriteVersion(writer, "new", options.NewLabel, options.NewTime, result.NewText.Length);
            WriteOptions(writer, result.Options);
            writer.WriteBoolean("identical", !result.HasDifferences);
            writer.WriteNumber("similarity", Math.Round(result.Similarity, 4, MidpointRounding.AwayFromZero));
            writer.WriteString("summary", DiffSummary.Of(result));
            writer.WriteStartObject("ignored");
            foreach (var (kind, count) in result.Ignored.Counts)
            {
                writer.WriteNumber(IgnoredName(kind), count);
            }

            writer.WriteEndObject();
            WriteStatistics(writer, result.Statistics);
            if (!options.StatOnly)
            {
                WriteSpans(writer, "spans", result, result.Spans);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length) + "\n";
    }

    private static void WriteVersion(Utf8JsonWriter writer, string name, string label, Instant? time, int length)
    {
        writer.WriteStartObject(name);
        writer.WriteString("label", label);
        if (time is { } instant)
        {
            writer.WriteString("time", TimeFormat.Utc(instant));
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

    private static void WriteSpans(Utf8JsonWriter writer, string name, DiffResult result, IEnumerable<DiffSpan> spans)
    {
        writer.WriteStartArray(name);
        foreach (var span in spans)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", KindName(span.Kind));
            WriteRange(writer, "old", span.OldStart, span.OldLength);
            WriteRange(writer, "new", span.NewStart, span.NewLength);
            var showsOld = span.Kind is DiffSpanKind.Deleted or DiffSpanKind.MovedFrom;
            var text = showsOld ? result.OldTextOf(span) : result.NewTextOf(span);
            writer.WriteString("text", text);
            if (span.Kind == DiffSpanKind.Unchanged)
            {
                var oldText = result.OldTextOf(span);
                if (!string.Equals(oldText, text, StringComparison.Ordinal))
                {
                    writer.WriteString("oldText", oldText);
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
