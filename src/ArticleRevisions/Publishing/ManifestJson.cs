using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using ArticleRevisions.Model;
using ArticleRevisions.Reports;
using ArticleRevisions.Text;
using NodaTime;
using NodaTime.Text;

namespace ArticleRevisions.Publishing;

/// <summary>
/// Writes and reads <c>manifest.json</c>. Each time is written twice: <c>utc</c>, the exact instant (ISO-8601 with
/// any fraction; this is what the revision hashes are recomputed from), and <c>local</c>, the same instant in the
/// article's zone for people (never read back).
/// </summary>
internal static class ManifestJson
{
    private static readonly InstantPattern Exact = InstantPattern.ExtendedIso;

    public static byte[] Write(EvidenceBundle bundle, IReadOnlyList<BundleFile> files, IReadOnlyDictionary<int, string> textFiles, IReadOnlyDictionary<string, string> rawFiles)
    {
        var zone = bundle.Article.Zone;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("format", BundleManifest.FormatName);
            json.WriteNumber("version", BundleManifest.FormatVersion);
            WriteTime(json, "created", bundle.CreatedAt, zone);
            json.WriteStartObject("article");
            json.WriteString("id", bundle.Article.Id);
            json.WriteString("title", bundle.Article.Title);
            json.WriteString("zone", zone.Id);
            json.WriteString("language", bundle.Article.Language);
            json.WriteString("source", bundle.Article.Source?.OriginalString);
            json.WriteEndObject();

            var statistics = bundle.Comparison.Result.Statistics;
            json.WriteStartObject("change");
            json.WriteNumber("from", bundle.From.Revision.Number);
            json.WriteNumber("to", bundle.To.Revision.Number);
            json.WriteString("verdict", bundle.Classification.Verdict.ToString().ToLowerInvariant());
            json.WriteBoolean("stealthEdit", bundle.Classification.IsStealthEdit);
            json.WriteNumber("wordsAdded", statistics.WordsAdded);
            json.WriteNumber("wordsRemoved", statistics.WordsRemoved);
            json.WriteEndObject();

            json.WriteStartArray("revisions");
            foreach (var (role, bundled) in new[] { ("from", bundle.From), ("to", bundle.To) })
            {
                var revision = bundled.Revision;
                json.WriteStartObject();
                json.WriteString("role", role);
                json.WriteNumber("number", revision.Number);
                json.WriteString("text", textFiles[revision.Number]);
                WriteTime(json, "at", revision.At, zone);
                if (revision.ObservedAt is { } observed)
                {
                    WriteTime(json, "observedAt", observed, zone);
                }
                else
                {
                    json.WriteNull("observedAt");
                }

                json.WriteString("title", revision.Title);
                json.WriteString("editor", revision.Editor);
                json.WriteString("note", revision.Note);
                json.WriteString("source", revision.Source?.OriginalString);
                json.WriteStartObject("attributes");
                foreach (var (key, value) in revision.Attributes)
                {
                    json.WriteString(key, value);
                }

                json.WriteEndObject();
                if (revision.RawSource is { } raw)
                {
                    json.WriteStartObject("rawSource");
                    json.WriteString("sha256", raw.Sha256);
                    json.WriteString("mediaType", raw.MediaType);
                    json.WriteNumber("length", raw.Length);
                    json.WriteString("file", rawFiles.TryGetValue(raw.Sha256, out var file) ? file : null);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("rawSource");
                }

                json.WriteString("previousSha256", bundled.PreviousHash);
                json.WriteString("sha256", revision.Hash);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("files");
            foreach (var file in files)
            {
                json.WriteStartObject();
                json.WriteString("path", file.Path);
                json.WriteString("sha256", file.Sha256);
                json.WriteNumber("bytes", file.Length);
                json.WriteString("what", file.Description);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>Reads a manifest; any departure from the format is a <see cref="FormatException"/> saying what.</summary>
    public static (ImmutableArray<BundleFile> Files, ImmutableArray<ManifestRevision> Revisions) Read(byte[] bytes)
    {
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        if (StringOf(root, "format") != BundleManifest.FormatName)
        {
            throw new FormatException($"not an evidence bundle manifest (its format is not \"{BundleManifest.FormatName}\").");
        }

        if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number || version.GetInt32() != BundleManifest.FormatVersion)
        {
            throw new FormatException($"manifest version is not {BundleManifest.FormatVersion}; this artrev reads only that version.");
        }

        var files = ListOf(root, "files")
            .Select(f => new BundleFile(StringOf(f, "path") ?? Missing("a file's path"), StringOf(f, "sha256") ?? Missing("a file's sha256"), Property(f, "bytes").GetInt64(), StringOf(f, "what") ?? string.Empty))
            .ToImmutableArray();
        var revisions = ListOf(root, "revisions").Select(ReadRevision).ToImmutableArray();
        return (files, revisions);
    }

    private static ManifestRevision ReadRevision(JsonElement element)
    {
        var attributes = Property(element, "attributes").EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString() ?? string.Empty));
        RawSourceReference? raw = null;
        string? rawFile = null;
        if (Property(element, "rawSource") is { ValueKind: JsonValueKind.Object } rawElement)
        {
            raw = new RawSourceReference(StringOf(rawElement, "sha256") ?? Missing("a raw source's sha256"), StringOf(rawElement, "mediaType") ?? Missing("a raw source's media type"), Property(rawElement, "length").GetInt64());
            rawFile = StringOf(rawElement, "file");
        }

        var source = StringOf(element, "source");
        return new ManifestRevision(
            StringOf(element, "role") ?? Missing("a revision's role"),
            StringOf(element, "text") ?? Missing("a revision's text file"),
            StringOf(element, "previousSha256"),
            rawFile,
            new Revision(
                Property(element, "number").GetInt32(),
                Time(element, "at") ?? throw new FormatException("a revision has no time (at)."),
                string.Empty,
                StringOf(element, "sha256") ?? Missing("a revision's sha256"),
                Time(element, "observedAt"),
                StringOf(element, "title"),
                StringOf(element, "editor"),
                StringOf(element, "note"),
                source is null ? null : new Uri(source, UriKind.Absolute),
                RevisionAttributes.Create(attributes),
                raw));
    }

    private static void WriteTime(Utf8JsonWriter json, string name, Instant instant, DateTimeZone zone)
    {
        json.WriteStartObject(name);
        json.WriteString("utc", Exact.Format(instant));
        json.WriteString("local", TimeFormat.InZone(instant, zone));
        json.WriteEndObject();
    }

    private static Instant? Time(JsonElement element, string name)
    {
        var value = Property(element, name);
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = StringOf(value, "utc") ?? Missing($"{name}.utc");
        var parsed = Exact.Parse(text);
        return parsed.Success ? parsed.Value : throw new FormatException($"{name}.utc \"{text}\" is not a UTC time such as 2025-01-07T08:12:00Z.");
    }

    private static JsonElement Property(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value
            : throw new FormatException($"\"{name}\" is missing.");

    private static JsonElement.ArrayEnumerator ListOf(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : throw new FormatException($"\"{name}\" is not a list.");

    private static string? StringOf(JsonElement element, string name)
    {
        var value = Property(element, name);
        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.String => value.GetString(),
            _ => throw new FormatException($"\"{name}\" is not text."),
        };
    }

    private static string Missing(string what) => throw new FormatException($"{what} is missing.");
}
