using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ArticleRevisions.Diffing;

namespace ArticleRevisions.Storage;

/// <summary>
/// How one text is rebuilt from the one before it, as stored in a version 2 history: a list of operations applied
/// from the start of the previous text. A positive number copies that many characters of the previous text, a
/// negative number skips that many, and a string is inserted. Characters are Unicode code points (a character
/// outside the Basic Multilingual Plane counts once), and the operations must consume the whole previous text.
/// </summary>
/// <remarks>Immutable. Made line by line (paragraphs), then within a single changed line by its common ends, so small edits make small deltas.</remarks>
[JsonConverter(typeof(TextDeltaConverter))]
internal sealed class TextDelta
{
    private TextDelta(IReadOnlyList<Operation> operations) => Operations = operations;

    public IReadOnlyList<Operation> Operations { get; }

    public static TextDelta Compute(string previous, string next)
    {
        // Whole lines both texts share at their start and end are copied without being split or compared: a small
        // edit of a long text then splits and compares only the lines around it.
        var (head, tail) = CommonLines(previous, next);
        var oldLines = SplitLines(previous, head, previous.Length - tail);
        var newLines = SplitLines(next, head, next.Length - tail);
        var builder = new Builder();
        builder.Copy(previous, 0, head);
        int oldLine = 0, oldAt = head, newAt = head;
        foreach (var block in SequenceDiffer.Diff(oldLines, newLines))
        {
            for (; oldLine < block.OldStart; oldLine++)
            {
                builder.Copy(previous, oldAt, oldLines[oldLine].Length);
                oldAt += oldLines[oldLine].Length;
                newAt += oldLines[oldLine].Length;
            }

            var removed = string.Concat(oldLines.Skip(block.OldStart).Take(block.OldCount));
            var added = string.Concat(newLines.Skip(block.NewStart).Take(block.NewCount));
            var prefix = CommonPrefix(removed, added);
            var suffix = CommonSuffix(removed, added, prefix);
            builder.Copy(previous, oldAt, prefix);
            builder.Skip(previous, oldAt + prefix, removed.Length - prefix - suffix);
            builder.Insert(added.Substring(prefix, added.Length - prefix - suffix));
            builder.Copy(previous, oldAt + removed.Length - suffix, suffix);
            oldAt += removed.Length;
            newAt += added.Length;
            oldLine = block.OldStart + block.OldCount;
        }

        builder.Copy(previous, oldAt, previous.Length - oldAt);
        return new TextDelta(builder.Operations);
    }

    /// <summary>Rebuilds the next text from <paramref name="previous"/>; null when the delta does not fit it (a damaged line).</summary>
    public string? ApplyTo(ReadOnlySpan<char> previous)
    {
        // The length first, so the text is written once, into its own string (no builder beside it).
        int at = 0, length = 0;
        foreach (var operation in Operations)
        {
            if (operation.Insert is { } text)
            {
                length += text.Length;
                continue;
            }

            var end = Advance(previous, at, Math.Abs(operation.Count));
            if (end < 0)
            {
                return null;
            }

            length += operation.Count > 0 ? end - at : 0;
            at = end;
        }

        return at != previous.Length ? null : string.Create(length, previous, (destination, source) =>
        {
            int from = 0, written = 0;
            foreach (var operation in Operations)
            {
                if (operation.Insert is { } text)
                {
                    text.CopyTo(destination[written..]);
                    written += text.Length;
                    continue;
                }

                var end = Advance(source, from, Math.Abs(operation.Count));
                if (operation.Count > 0)
                {
                    source[from..end].CopyTo(destination[written..]);
                    written += end - from;
                }

                from = end;
            }
        });
    }

    /// <summary>The number of UTF-8 bytes the delta takes in a line, to choose it only when smaller than the text.</summary>
    public int EncodedSize() => Operations.Sum(o => o.Insert is { } s ? Encoding.UTF8.GetByteCount(s) + 3 : 7);

    internal static TextDelta FromOperations(IReadOnlyList<Operation> operations) => new(operations);

    /// <summary>
    /// The lengths of the longest runs of whole lines the two texts share at their start and at their end, not
    /// overlapping: each run ends (start) or begins (end) at a line break or an end of both texts.
    /// </summary>
    private static (int Head, int Tail) CommonLines(string a, string b)
    {
        var shorter = Math.Min(a.Length, b.Length);
        var prefix = a.AsSpan().CommonPrefixLength(b);
        var head = prefix == shorter && a.Length == b.Length ? prefix : a.AsSpan(0, prefix).LastIndexOf('\n') + 1;
        var room = shorter - head;
        var suffix = 0;
        while (suffix < room && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix])
        {
            suffix++;
        }

        // The shared end starts just after a line break in both texts (or where a text starts): within the shared
        // characters the two texts agree, so only the character before the whole run needs checking in both.
        var tail = suffix;
        while (tail > 0 && !(StartsLine(a, a.Length - tail) && StartsLine(b, b.Length - tail)))
        {
            var next = a.AsSpan(a.Length - tail).IndexOf('\n');
            tail = next < 0 ? 0 : tail - next - 1;
        }

        return (head, tail);
    }

    private static bool StartsLine(string text, int at) => at == 0 || text[at - 1] == '\n';

    private static List<string> SplitLines(string text, int start, int stop)
    {
        var lines = new List<string>();
        while (start < stop)
        {
            var end = text.AsSpan(start, stop - start).IndexOf('\n');
            end = end < 0 ? stop : start + end + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return lines;
    }

    private static int CommonPrefix(string a, string b)
    {
        var n = a.AsSpan().CommonPrefixLength(b);
        return n > 0 && n < a.Length && char.IsLowSurrogate(a[n]) ? n - 1 : n;
    }

    private static int CommonSuffix(string a, string b, int prefix)
    {
        var max = Math.Min(a.Length, b.Length) - prefix;
        var n = 0;
        while (n < max && a[a.Length - 1 - n] == b[b.Length - 1 - n])
        {
            n++;
        }

        return n > 0 && char.IsLowSurrogate(a[a.Length - n]) ? n - 1 : n;
    }

    /// <summary>The UTF-16 index <paramref name="codePoints"/> code points after <paramref name="at"/>, or -1 past the end.</summary>
    internal static int Advance(ReadOnlySpan<char> text, int at, int codePoints)
    {
        // Most text has no surrogate pair: then a code point is one UTF-16 unit, found without walking.
        if (codePoints <= text.Length - at && text.Slice(at, codePoints).IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return at + codePoints;
        }

        for (var i = 0; i < codePoints; i++)
        {
            if (at >= text.Length)
            {
                return -1;
            }

            at += char.IsHighSurrogate(text[at]) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]) ? 2 : 1;
        }

        return at;
    }

    private static int CodePoints(string text, int start, int length)
    {
        var count = length;
        for (var i = start; i < start + length - 1; i++)
        {
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1]))
            {
                count--;
                i++;
            }
        }

        return count;
    }

    /// <summary>One operation: a copy (positive count), a skip (negative count) or an insertion (text).</summary>
    internal readonly record struct Operation(int Count, string? Insert);

    private sealed class Builder
    {
        public List<Operation> Operations { get; } = [];

        public void Copy(string text, int start, int length) => Add(CodePoints(text, start, length));

        public void Skip(string text, int start, int length) => Add(-CodePoints(text, start, length));

        public void Insert(string text)
        {
            if (text.Length == 0)
            {
                return;
            }

            if (Operations.Count > 0 && Operations[^1].Insert is { } last)
            {
                Operations[^1] = new Operation(0, last + text);
            }
            else
            {
                Operations.Add(new Operation(0, text));
            }
        }

        private void Add(int count)
        {
            if (count == 0)
            {
                return;
            }

            if (Operations.Count > 0 && Operations[^1].Insert is null && Math.Sign(Operations[^1].Count) == Math.Sign(count))
            {
                Operations[^1] = new Operation(Operations[^1].Count + count, null);
            }
            else
            {
                Operations.Add(new Operation(count, null));
            }
        }
    }
}

/// <summary>Reads and writes a <see cref="TextDelta"/> as a JSON array of integers and strings.</summary>
internal sealed class TextDeltaConverter : JsonConverter<TextDelta>
{
    public override TextDelta Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("a delta is an array of numbers and strings.");
        }

        var operations = new List<TextDelta.Operation>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            operations.Add(reader.TokenType switch
            {
                JsonTokenType.String => new TextDelta.Operation(0, reader.GetString() is { Length: > 0 } s ? s : throw new JsonException("a delta inserts no empty string.")),
                // int.MinValue has no positive twin: a count of it would overflow where its length is taken.
                JsonTokenType.Number when reader.TryGetInt32(out var n) && n != 0 && n != int.MinValue => new TextDelta.Operation(n, null),
                _ => throw new JsonException("a delta holds only non-zero whole numbers and non-empty strings."),
            });
        }

        return TextDelta.FromOperations(operations);
    }

    public override void Write(Utf8JsonWriter writer, TextDelta value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var operation in value.Operations)
        {
            if (operation.Insert is { } text)
            {
                writer.WriteStringValue(text);
            }
            else
            {
                writer.WriteNumberValue(operation.Count);
            }
        }

        writer.WriteEndArray();
    }
}
