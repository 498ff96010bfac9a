using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using ArticleRevisions.Model;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace ArticleRevisions.Storage;

/// <summary>Turns header and revision lines into bytes and back, checking each line on its own.</summary>
internal static partial class HistoryLineCodec
{
    public const string FormatName = "artrev-history";
    public const int FormatVersion = 2;
    public const int LegacyVersion = 1;

    private static readonly JsonSerializerOptions Options = CreateOptions();

    // Each record's metadata is built on first use (its properties, and a reflection pass over its attributes): a
    // command that reads only a header and revisions, as add and show do, never builds the event's.
    private static JsonTypeInfo<HeaderRecord> HeaderInfo => field ??= (JsonTypeInfo<HeaderRecord>)Options.GetTypeInfo(typeof(HeaderRecord));

    private static JsonTypeInfo<RevisionRecord> RevisionInfo => field ??= (JsonTypeInfo<RevisionRecord>)Options.GetTypeInfo(typeof(RevisionRecord));

    private static JsonTypeInfo<EventRecord> EventInfo => field ??= (JsonTypeInfo<EventRecord>)Options.GetTypeInfo(typeof(EventRecord));

    public static byte[] EncodeHeader(Article article) => EncodeLine(
        new HeaderRecord { Format = FormatName, Version = FormatVersion, Article = ToRecord(article), Sha256 = RevisionHasher.ComputeHeader(article) },
        HeaderInfo);

    /// <summary>A version 2 revision line holding the full text, or <paramref name="delta"/> against the previous revision's.</summary>
    public static byte[] EncodeRevision(Revision revision, TextDelta? delta) =>
        delta is null && TryEncodeFullText(revision) is { } line ? line : SerializeRevision(revision, delta);

    /// <summary>The revision line as System.Text.Json writes the whole record, text included.</summary>
    internal static byte[] SerializeRevision(Revision revision, TextDelta? delta) => EncodeLine(
        ToRecord(revision, delta is null ? revision.Text : null, delta),
        RevisionInfo,
        // Room for a text of few escapes and multi-byte characters, so the buffer rarely grows.
        1024 + (delta is null ? revision.Text.Length + (revision.Text.Length >> 3) : 0));

    /// <summary>
    /// A full text's line written straight into its array: the record's other fields serialized with an empty text,
    /// which is last, and the text escaped by the same encoder in small pieces after it. No buffer the text's size
    /// beside the line (System.Text.Json escapes a string into a pooled buffer of six times its length, then writes
    /// it into another). Null when the record does not end with the text, for the serializer to write it all.
    /// </summary>
    private static byte[]? TryEncodeFullText(Revision revision)
    {
        var head = EncodeLine(ToRecord(revision, string.Empty, null), RevisionInfo);
        if (!head.AsSpan().EndsWith(",\"text\":\"\"}\n"u8) || EscapedLength(revision.Text) is not { } length)
        {
            return null;
        }

        var line = new byte[head.Length + length];
        head.AsSpan(0, head.Length - 3).CopyTo(line);
        var written = head.Length - 3;
        var encoder = Options.Encoder!;
        Span<char> escaped = stackalloc char[1024];
        var text = revision.Text.AsSpan();
        while (!text.IsEmpty)
        {
            encoder.Encode(text, escaped, out var consumed, out var count, isFinalBlock: true);
            System.Text.Unicode.Utf8.FromUtf16(escaped[..count], line.AsSpan(written), out _, out var bytes, replaceInvalidSequences: false);
            text = text[consumed..];
            written += bytes;
        }

        "\"}\n"u8.CopyTo(line.AsSpan(written));
        return line;
    }

    /// <summary>The length in UTF-8 bytes of <paramref name="text"/> escaped by the lines' encoder; null when it cannot be escaped in pieces.</summary>
    private static int? EscapedLength(string text)
    {
        var encoder = Options.Encoder!;
        Span<char> escaped = stackalloc char[1024];
        Span<byte> utf8 = stackalloc byte[3 * 1024];
        var rest = text.AsSpan();
        var length = 0;
        while (!rest.IsEmpty)
        {
            var status = encoder.Encode(rest, escaped, out var consumed, out var count, isFinalBlock: true);
            if (status is not (System.Buffers.OperationStatus.Done or System.Buffers.OperationStatus.DestinationTooSmall) || consumed == 0
                || System.Text.Unicode.Utf8.FromUtf16(escaped[..count], utf8, out _, out var bytes, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
            {
                return null;
            }

            rest = rest[consumed..];
            length += bytes;
        }

        return length;
    }

    private static RevisionRecord ToRecord(Revision revision, string? text, TextDelta? delta) => new()
    {
        Type = "revision",
        Number = revision.Number,
        At = revision.At,
        ObservedAt = revision.ObservedAt,
        Editor = revision.Editor,
        Note = revision.Note,
        Title = revision.Title,
        Source = revision.Source?.OriginalString,
        Attributes = revision.Attributes.IsEmpty ? null : revision.Attributes.ToDictionary(StringComparer.Ordinal),
        RawSource = revision.RawSource is { } raw ? new RawSourceRecord { Sha256 = raw.Sha256, MediaType = raw.MediaType, Length = raw.Length } : null,
        Sha256 = revision.Hash,
        Text = text,
        Delta = delta,
    };

    public static byte[] EncodeEvent(RecordedEvent recorded)
    {
        var e = recorded.Event;
        return EncodeLine(
            new EventRecord
            {
                Type = RevisionHasher.EventKindName(e.Kind),
                At = e.At,
                Article = e.Article is { } article ? ToRecord(article) : null,
                Status = e.HttpStatus,
                FinalUrl = e.FinalUrl?.OriginalString,
                Revision = e.RevisionNumber,
                Note = e.Note,
                Sha256 = recorded.Hash,
            },
            EventInfo);
    }

    /// <summary>Reads the header line: the article, the format version and (version 2) the seal, checked against the article.</summary>
    public static (Article Article, int Version, string? Seal) DecodeHeader(ReadOnlySpan<byte> line, string path)
    {
        var header = Deserialize(line, HeaderInfo, path, 1, "header");
        if (header.Format != FormatName)
        {
            throw new HistoryFormatException(path, 1, HistoryFileFault.WrongFormat, $"format is '{header.Format}', expected '{FormatName}': this is not an artrev history file.");
        }

        if (header.Version is not (LegacyVersion or FormatVersion))
        {
            throw new HistoryFormatException(path, 1, HistoryFileFault.UnsupportedVersion, $"format version {header.Version} is not supported; this build reads versions {LegacyVersion} and {FormatVersion}.");
        }

        var article = ToArticle(header.Article, path, 1, "article");
        if (header.Version == LegacyVersion)
        {
            return header.Sha256 is null
                ? (article, LegacyVersion, null)
                : throw new HistoryFormatException(path, 1, HistoryFileFault.MalformedLine, "not a valid header line: unknown field 'sha256' (a version 1 header is not sealed).");
        }

        var seal = RevisionHasher.ComputeHeader(article);
        if (header.Sha256 is null)
        {
            throw new HistoryFormatException(path, 1, HistoryFileFault.MalformedLine, "not a valid header line: missing field 'sha256' (a version 2 header is sealed).");
        }

        return header.Sha256 == seal
            ? (article, FormatVersion, seal)
            : throw new HistoryFormatException(path, 1, HistoryFileFault.HashMismatch, $"the header does not match its sha256: the article's metadata was changed after it was written (stored {Short(header.Sha256)}, content gives {Short(seal)}).");
    }

    /// <summary>Reads the value of a version 2 line's first field, which must be <c>type</c>.</summary>
    public static string ReadType(ReadOnlySpan<byte> line, string path, int lineNumber)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject && reader.Read()
                && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("type"u8) && reader.Read()
                && reader.TokenType == JsonTokenType.String && reader.GetString() is { } type)
            {
                return type;
            }
        }
        catch (JsonException)
        {
            // Reported below, as a line that is not a JSON object starting with its type.
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8 in the value: reported below the same way.
        }

        throw new HistoryFormatException(path, lineNumber, HistoryFileFault.MalformedLine, "not a valid line: a version 2 line is a JSON object whose first field is \"type\" (revision, metadata, source-gone, source-returned or extraction-rerun).");
    }

    public static RevisionRecord DecodeRevisionRecord(ReadOnlySpan<byte> line, string path, int lineNumber, int version)
    {
        var record = Deserialize(line, RevisionInfo, path, lineNumber, "revision");
        if (version == LegacyVersion)
        {
            var extra = record.Type is not null ? "type" : record.Delta is not null ? "delta" : record.Attributes is not null ? "attributes" : record.RawSource is not null ? "rawSource" : null;
            if (extra is not null)
            {
                throw new HistoryFormatException(path, lineNumber, HistoryFileFault.MalformedLine, $"not a valid revision line: unknown field '{extra}' (not in format version 1).");
            }
        }

        if ((record.Text is null) == (record.Delta is null))
        {
            throw new HistoryFormatException(path, lineNumber, HistoryFileFault.MalformedLine, version == LegacyVersion || record.Text is null
                ? "not a valid revision line: missing field 'text'" + (version == LegacyVersion ? "." : " (or 'delta').")
                : "not a valid revision line: it has both 'text' and 'delta'.");
        }

        return record;
    }

    /// <summary>
    /// Reads a version 2 revision line that holds a delta, applying the delta to <paramref name="previous"/> into
    /// <paramref name="buffer"/> (grown when needed) without building the record or the text as a string: how the
    /// revisions between a full text and the one asked for are replayed.
    /// </summary>
    /// <param name="line">The line, without its newline.</param>
    /// <param name="previous">The previous revision's text; it may lie in <paramref name="buffer"/>, at least <paramref name="line"/>'s length from its start (a delta inserts fewer units than its line has bytes, so the next text never overtakes what is still to be read).</param>
    /// <param name="buffer">Receives the next text from its start.</param>
    /// <param name="path">The file, for errors.</param>
    /// <param name="lineNumber">The line's number, for errors.</param>
    /// <param name="number">The revision number the line carries.</param>
    /// <returns>The next text's length in UTF-16 units; -1 when the line holds a full text instead, -2 when the delta does not fit <paramref name="previous"/>.</returns>
    /// <exception cref="HistoryFormatException">The line is not a valid revision line.</exception>
    public static int ApplyDeltaLine(ReadOnlySpan<byte> line, ReadOnlySpan<char> previous, ref char[] buffer, string path, int lineNumber, out int number)
    {
        number = 0;
        try
        {
            var reader = new Utf8JsonReader(line);
            var written = -3;
            if (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("number"u8))
                    {
                        if (!reader.Read() || !reader.TryGetInt32(out number))
                        {
                            written = -4;
                            break;
                        }
                    }
                    else if (reader.ValueTextEquals("delta"u8))
                    {
                        written = reader.Read() && reader.TokenType == JsonTokenType.StartArray ? ApplyDelta(ref reader, previous, ref buffer) : -4;
                    }
                    else if (reader.ValueTextEquals("text"u8))
                    {
                        return -1;
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }

                    if (written == -4)
                    {
                        break;
                    }
                }
            }

            if (written is -2 or >= 0 && number > 0 && reader.TokenType == JsonTokenType.EndObject && !reader.Read())
            {
                return written;
            }
        }
        catch (JsonException)
        {
            // Described below, by the reader that knows every field.
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8 or a value of the wrong kind: likewise.
        }

        // The full decoder names what is wrong; a line it accepts but this one does not is a delta that breaks its rules.
        DecodeRevisionRecord(line, path, lineNumber, FormatVersion);
        throw new HistoryFormatException(path, lineNumber, HistoryFileFault.MalformedLine, "not a valid revision line: its delta holds only non-zero whole numbers and non-empty strings.");
    }

    /// <summary>Applies the delta array the reader stands at the start of; the text's length, -2 when it does not fit, -4 when it is malformed.</summary>
    private static int ApplyDelta(ref Utf8JsonReader reader, ReadOnlySpan<char> previous, ref char[] buffer)
    {
        int at = 0, written = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                // A JSON string never unescapes to more UTF-16 units than it has bytes.
                Ensure(ref buffer, written + reader.ValueSpan.Length);
                var count = reader.CopyString(buffer.AsSpan(written));
                if (count == 0)
                {
                    return -4;
                }

                written += count;
            }
            else if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var n) && n != 0)
            {
                var end = TextDelta.Advance(previous, at, Math.Abs(n));
                if (end < 0)
                {
                    return -2;
                }

                if (n > 0)
                {
                    Ensure(ref buffer, written + (end - at));
                    previous[at..end].CopyTo(buffer.AsSpan(written));
                    written += end - at;
                }

                at = end;
            }
            else
            {
                return -4;
            }
        }

        return at == previous.Length ? written : -2;
    }

    /// <summary>
    /// Unescapes a JSON string's value (its bytes between the quotes, as the line holds them) into
    /// <paramref name="destination"/>, as <see cref="Utf8JsonReader.CopyString(Span{char})"/> does but with no buffer
    /// beside it; -1 for what that would refuse (invalid UTF-8, an unpaired surrogate, a malformed escape).
    /// </summary>
    /// <param name="value">The escaped value, valid JSON string content.</param>
    /// <param name="destination">Receives the text; a value never unescapes to more UTF-16 units than it has bytes.</param>
    /// <returns>The text's length in UTF-16 units, or -1.</returns>
    public static int Unescape(ReadOnlySpan<byte> value, Span<char> destination)
    {
        var written = 0;
        while (true)
        {
            var backslash = value.IndexOf((byte)'\\');
            var run = backslash < 0 ? value : value[..backslash];
            if (System.Text.Unicode.Utf8.ToUtf16(run, destination[written..], out _, out var count, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
            {
                return -1;
            }

            written += count;
            if (backslash < 0)
            {
                return written;
            }

            if (backslash + 1 >= value.Length)
            {
                return -1;
            }

            var escape = value[backslash + 1];
            value = value[(backslash + 2)..];
            char c;
            switch (escape)
            {
                case (byte)'n': c = '\n'; break;
                case (byte)'"': c = '"'; break;
                case (byte)'\\': c = '\\'; break;
                case (byte)'/': c = '/'; break;
                case (byte)'t': c = '\t'; break;
                case (byte)'r': c = '\r'; break;
                case (byte)'b': c = '\b'; break;
                case (byte)'f': c = '\f'; break;
                case (byte)'u':
                    if (!TryHex(value, out c))
                    {
                        return -1;
                    }

                    value = value[4..];
                    if (char.IsHighSurrogate(c))
                    {
                        if (value.Length < 6 || value[0] != (byte)'\\' || value[1] != (byte)'u' || !TryHex(value[2..], out var low) || !char.IsLowSurrogate(low))
                        {
                            return -1;
                        }

                        destination[written++] = c;
                        c = low;
                        value = value[6..];
                    }
                    else if (char.IsLowSurrogate(c))
                    {
                        return -1;
                    }

                    break;
                default:
                    return -1;
            }

            destination[written++] = c;
        }
    }

    private static bool TryHex(ReadOnlySpan<byte> digits, out char c)
    {
        c = '\0';
        if (digits.Length < 4 || !ushort.TryParse(digits[..4], System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }

        c = (char)code;
        return true;
    }

    private static void Ensure(ref char[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            Array.Resize(ref buffer, Math.Max(length, buffer.Length * 2));
        }
    }

    public static Revision ToRevision(RevisionRecord record, string text, string path, int lineNumber)
    {
        var source = ParseUri(record.Source, path, lineNumber, "source");
        try
        {
            var attributes = record.Attributes is { } map ? RevisionAttributes.Create(map) : RevisionAttributes.Empty;
            var raw = record.RawSource is { } r ? new RawSourceReference(r.Sha256, r.MediaType, r.Length) : null;
            return new Revision(record.Number, record.At, text, record.Sha256, record.ObservedAt, record.Title, record.Editor, record.Note, source, attributes, raw);
        }
        catch (ArgumentException e)
        {
            throw new HistoryFormatException(path, lineNumber, HistoryFileFault.InvalidValue, Sentence(e), e);
        }
    }

    /// <summary>Reads an event line: the event and the hash it carries.</summary>
    public static (HistoryEvent Event, string Hash) DecodeEvent(ReadOnlySpan<byte> line, string path, int lineNumber)
    {
        var record = Deserialize(line, EventInfo, path, lineNumber, "event");
        var present = (record.Article is not null ? "article " : string.Empty) + (record.Status is not null ? "status " : string.Empty)
            + (record.FinalUrl is not null ? "finalUrl " : string.Empty) + (record.Revision is not null ? "revision " : string.Empty);
        var expected = record.Type switch
        {
            "metadata" => "article ",
            "source-gone" or "source-returned" => present.Replace("article ", "?", StringComparison.Ordinal).Replace("revision ", "?", StringComparison.Ordinal),
            "extraction-rerun" => "revision ",
            _ => throw new HistoryFormatException(path, lineNumber, HistoryFileFault.MalformedLine, $"unknown line type '{record.Type}'."),
        };
        if (present != expected)
        {
            throw new HistoryFormatException(path, lineNumber, HistoryFileFault.MalformedLine, $"a '{record.Type}' line has fields [{present.Trim()}] where it needs [{expected.Replace("?", string.Empty, StringComparison.Ordinal).Trim()}].");
        }

        if (!RevisionHasher.IsWellFormed(record.Sha256))
        {
            throw new HistoryFormatException(path, lineNumber, HistoryFileFault.InvalidValue, $"Hash '{record.Sha256}' is not 64 lowercase hexadecimal digits.");
        }

        try
        {
            var e = record.Type switch
            {
                "metadata" => HistoryEvent.MetadataChanged(record.At, ToArticle(record.Article!, path, lineNumber, "article"), record.Note),
                "source-gone" => HistoryEvent.SourceGone(record.At, record.Status, ParseUri(record.FinalUrl, path, lineNumber, "finalUrl"), record.Note),
                "source-returned" => HistoryEvent.SourceReturned(record.At, record.Status, ParseUri(record.FinalUrl, path, lineNumber, "finalUrl"), record.Note),
                _ => HistoryEvent.ExtractionRerun(record.At, record.Revision!.Value, record.Note),
            };
            return (e, record.Sha256);
        }
        catch (ArgumentException e)
        {
            throw new HistoryFormatException(path, lineNumber, HistoryFileFault.InvalidValue, Sentence(e), e);
        }
    }

    private static ArticleRecord ToRecord(Article article) => new()
    {
        Id = article.Id,
        Title = article.Title,
        Source = article.Source?.OriginalString,
        Language = article.Language,
        Zone = article.Zone.Id,
    };

    private static Article ToArticle(ArticleRecord record, string path, int lineNumber, string field)
    {
        // UTC is NodaTime's own zone, as an article made with DateTimeZone.Utc holds it: the time zone database (about
        // 0.8 MB of allocations and a few milliseconds to load) is read only for a history kept in another zone.
        var zone = (record.Zone == DateTimeZone.Utc.Id ? DateTimeZone.Utc : DateTimeZoneProviders.Tzdb.GetZoneOrNull(record.Zone))
            ?? throw new HistoryFormatException(path, lineNumber, HistoryFileFault.InvalidValue, $"unknown time zone '{record.Zone}'.");
        var source = ParseUri(record.Source, path, lineNumber, field + ".source");
        try
        {
            return new Article(record.Id, record.Title, zone, record.Language, source);
        }
        catch (ArgumentException e)
        {
            throw new HistoryFormatException(path, lineNumber, HistoryFileFault.InvalidValue, Sentence(e), e);
        }
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] + "…" : hash;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(HistoryJsonContext.Default.Options)
        {
            // Keeps Cyrillic, curly quotes and other non-ASCII text readable in the file; control characters,
            // quotes and backslashes are still escaped, so every record stays on one line.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        // Only an instant converter, built here: registering them all (ConfigureForNodaTime), or touching
        // NodaConverters at all, roots NodaTime's interval converters, whose reflection produces trim and AOT
        // warnings in a Native AOT build of the tool.
        options.Converters.Add(new NodaPatternConverter<Instant>(InstantPattern.ExtendedIso));
        options.MakeReadOnly();
        return options;
    }

    private static byte[] EncodeLine<T>(T value, JsonTypeInfo<T> info, int sizeHint = 1024)
    {
        // Written into a pooled buffer and copied once into the line (a full text's line is the text's size).
        using var buffer = new PooledBytes(sizeHint);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Options.Encoder, SkipValidation = true }))
        {
            JsonSerializer.Serialize(writer, value, info);
        }

        var line = new byte[buffer.Written.Length + 1];
        buffer.Written.CopyTo(line);
        line[^1] = (byte)'\n';
        return line;
    }

    /// <summary>
    /// Finds where a valid version 2 line differs from the bytes this codec writes for the values it holds: the hash
    /// chain covers the values, so the same values spelt another way (an escape, a number, added white space) pass it,
    /// and only this comparison shows such a change.
    /// </summary>
    /// <param name="line">The line, without its newline; already read and checked as <paramref name="type"/>.</param>
    /// <param name="type">The line's type: <c>header</c>, <c>revision</c>, or an event's type.</param>
    /// <returns>The offset of the first byte that differs, or -1 when the line is exactly as written.</returns>
    public static int FindRespelling(ReadOnlySpan<byte> line, string type) => type switch
    {
        "header" => FindRespelling(line, HeaderInfo),
        "revision" => FindRespelling(line, RevisionInfo),
        _ => FindRespelling(line, EventInfo),
    };

    private static int FindRespelling<T>(ReadOnlySpan<byte> line, JsonTypeInfo<T> info)
    {
        var written = EncodeLine(JsonSerializer.Deserialize(line, info)!, info, line.Length + 16).AsSpan()[..^1];
        var common = line.CommonPrefixLength(written);
        return common == line.Length && common == written.Length ? -1 : common;
    }

    private static T Deserialize<T>(ReadOnlySpan<byte> line, JsonTypeInfo<T> info, string path, int lineNumber, string what)
    {
        try
        {
            return JsonSerializer.Deserialize(line, info)
                ?? throw new HistoryFormatException(path, lineNumber, HistoryFileFault.MalformedLine, $"the {what} line is null.");
        }
        catch (JsonException e)
        {
            throw new HistoryFormatException(path, lineNumber, HistoryFileFault.MalformedLine, $"not a valid {what} line: {Describe(e)}", e);
        }
    }

    private static Uri? ParseUri(string? text, string path, int lineNumber, string field)
    {
        if (text is null)
        {
            return null;
        }

        return Article.TryParseSource(text, out var uri)
            ? uri
            : throw new HistoryFormatException(path, lineNumber, HistoryFileFault.InvalidValue, $"field '{field}' is not an absolute URI with a scheme: '{text}'.");
    }

    /// <summary>Says what is wrong with a line in the file's terms: its fields, not .NET types or reader positions.</summary>
    private static string Describe(JsonException e)
    {
        var message = JsonLocationSuffix().Replace(e.Message, string.Empty).Trim();
        var field = e.Path is { Length: > 2 } p ? p.TrimStart('$', '.') : null;
        if (e.InnerException is DecoderFallbackException || $"{message} {e.InnerException?.Message}".Contains("transcode", StringComparison.OrdinalIgnoreCase))
        {
            return "not valid UTF-8 text.";
        }

        if (UnknownField().Match(message) is { Success: true } unknown)
        {
            return $"unknown field '{unknown.Groups[1].Value}'.";
        }

        if (MissingFields().Match(message) is { Success: true } missing)
        {
            return $"missing field {missing.Groups[1].Value}.";
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal) && field is "at" or "observedAt")
        {
            return $"field '{field}' is not an instant in UTC such as 2025-01-07T08:12:00Z.";
        }

        if (message.Contains("could not be converted", StringComparison.Ordinal) && field is not null)
        {
            var detail = e.InnerException is { } inner and not JsonException ? $" ({JsonLocationSuffix().Replace(inner.Message, string.Empty).Trim()})" : string.Empty;
            return $"field '{field}' has a value of the wrong type{detail}.";
        }

        if (message.Contains("duplicate", StringComparison.OrdinalIgnoreCase))
        {
            return field is null ? "a field appears twice." : $"field '{field}' appears twice.";
        }

        if (message.Contains("null", StringComparison.OrdinalIgnoreCase) && field is not null)
        {
            return $"field '{field}' must not be null.";
        }

        return "not a JSON object on one line (" + message.TrimEnd('.') + ").";
    }

    private static string Sentence(ArgumentException e) =>
        e.ParamName is null ? e.Message : e.Message.Replace($" (Parameter '{e.ParamName}')", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"\s*(Path: \S*\s*\|\s*)?LineNumber: \d+ \| BytePositionInLine: \d+\.?", RegexOptions.CultureInvariant)]
    private static partial Regex JsonLocationSuffix();

    [GeneratedRegex("The JSON property '(.+?)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownField();

    [GeneratedRegex("missing required properties including: (.+?)\\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex MissingFields();
}
