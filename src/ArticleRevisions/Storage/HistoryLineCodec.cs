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
    public const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Options = CreateOptions();
    private static readonly JsonTypeInfo<HeaderRecord> HeaderInfo = (JsonTypeInfo<HeaderRecord>)Options.GetTypeInfo(typeof(HeaderRecord));
    private static readonly JsonTypeInfo<RevisionRecord> RevisionInfo = (JsonTypeInfo<RevisionRecord>)Options.GetTypeInfo(typeof(RevisionRecord));

    public static byte[] EncodeHeader(Article article) => EncodeLine(
        new HeaderRecord
        {
            Format = FormatName,
            Version = FormatVersion,
            Article = new ArticleRecord
            {
                Id = article.Id,
                Title = article.Title,
                Source = article.Source?.OriginalString,
                Language = article.Language,
                Zone = article.Zone.Id,
            },
        },
        HeaderInfo);

    public static byte[] EncodeRevision(Revision revision) => EncodeLine(
        new RevisionRecord
        {
            Number = revision.Number,
            At = revision.At,
            ObservedAt = revision.ObservedAt,
            Editor = revision.Editor,
            Note = revision.Note,
            Title = revision.Title,
            Source = revision.Source?.OriginalString,
            Sha256 = revision.Hash,
            Text = revision.Text,
        },
        RevisionInfo);

    public static Article DecodeHeader(ReadOnlySpan<byte> line, string path)
    {
        var header = Deserialize(line, HeaderInfo, path, 1, "header");
        if (header.Format != FormatName)
        {
            throw new HistoryFormatException(path, 1, HistoryFileFault.WrongFormat, $"format is '{header.Format}', expected '{FormatName}': this is not an artrev history file.");
        }

        if (header.Version != FormatVersion)
        {
            throw new HistoryFormatException(path, 1, HistoryFileFault.UnsupportedVersion, $"format version {header.Version} is not supported; this build reads version {FormatVersion}.");
        }

        var record = header.Article;
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(record.Zone)
            ?? throw new HistoryFormatException(path, 1, HistoryFileFault.InvalidValue, $"unknown time zone '{record.Zone}'.");
        var source = ParseUri(record.Source, path, 1, "article.source");
        try
        {
            return new Article(record.Id, record.Title, zone, record.Language, source);
        }
        catch (ArgumentException e)
        {
            throw new HistoryFormatException(path, 1, HistoryFileFault.InvalidValue, Sentence(e), e);
        }
    }

    public static Revision DecodeRevision(ReadOnlySpan<byte> line, string path, int lineNumber)
    {
        var record = Deserialize(line, RevisionInfo, path, lineNumber, "revision");
        var source = ParseUri(record.Source, path, lineNumber, "source");
        try
        {
            return new Revision(record.Number, record.At, record.Text, record.Sha256, record.ObservedAt, record.Title, record.Editor, record.Note, source);
        }
        catch (ArgumentException e)
        {
            throw new HistoryFormatException(path, lineNumber, HistoryFileFault.InvalidValue, Sentence(e), e);
        }
    }

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

    private static byte[] EncodeLine<T>(T value, JsonTypeInfo<T> info)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, info);
        var line = new byte[json.Length + 1];
        json.CopyTo(line, 0);
        line[^1] = (byte)'\n';
        return line;
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
