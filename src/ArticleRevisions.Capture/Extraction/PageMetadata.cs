using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using NodaTime;
using NodaTime.Text;

namespace ArticleRevisions.Capture.Extraction;

/// <summary>Reads what a page says about itself: its title and its claimed published and modified times, from meta tags and JSON-LD.</summary>
internal static class PageMetadata
{
    private static readonly string[] PublishedMeta = ["article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "dc.date.issued", "dcterms.created", "date"];
    private static readonly string[] ModifiedMeta = ["article:modified_time", "og:updated_time", "dateModified", "last-modified", "dcterms.modified"];
    private static readonly IPattern<OffsetDateTime>[] OffsetPatterns =
    [
        OffsetDateTimePattern.ExtendedIso,
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'sso<G>"),
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm':'sso<+HHmm>"),
    ];

    public static string? Title(IHtmlDocument document) =>
        Clean(Meta(document, "og:title")) ?? Clean(document.Title) ?? Clean(document.QuerySelector("h1")?.TextContent) ?? Clean(JsonLdStrings(document, "headline").FirstOrDefault());

    public static ClaimedTime? Published(IHtmlDocument document) => Claimed(document, PublishedMeta, "datePublished");

    public static ClaimedTime? Modified(IHtmlDocument document) => Claimed(document, ModifiedMeta, "dateModified");

    /// <summary>Reads a time as the page wrote it; null instant when it is not a form we recognise.</summary>
    public static ClaimedTime Read(string text, string from)
    {
        text = text.Trim();
        foreach (var pattern in OffsetPatterns)
        {
            var parsed = pattern.Parse(text);
            if (parsed.Success)
            {
                return new ClaimedTime(text, parsed.Value.ToInstant(), from);
            }
        }

        var local = LocalDateTimePattern.ExtendedIso.Parse(text);
        if (local.Success)
        {
            return new ClaimedTime(text, local.Value.InUtc().ToInstant(), from);
        }

        var date = LocalDatePattern.Iso.Parse(text);
        return new ClaimedTime(text, date.Success ? date.Value.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant() : null, from);
    }

    private static ClaimedTime? Claimed(IHtmlDocument document, string[] metaNames, string jsonLdKey)
    {
        foreach (var name in metaNames)
        {
            if (Clean(Meta(document, name)) is { } value)
            {
                return Read(value, $"meta {name}");
            }
        }

        if (JsonLdStrings(document, jsonLdKey).Select(Clean).FirstOrDefault(v => v is not null) is { } fromJson)
        {
            return Read(fromJson, $"json-ld {jsonLdKey}");
        }

        return null;
    }

    private static string? Meta(IHtmlDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return meta.GetAttribute("content");
            }
        }

        return null;
    }

    private static IEnumerable<string> JsonLdStrings(IHtmlDocument document, string key)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
            }
            catch (JsonException)
            {
                // Malformed JSON-LD is the page's own fault and simply carries no metadata we can trust.
                continue;
            }

            using (json)
            {
                foreach (var value in Find(json.RootElement, key, depth: 0))
                {
                    yield return value;
                }
            }
        }
    }

    private static IEnumerable<string> Find(JsonElement element, string key, int depth)
    {
        if (depth > 8)
        {
            yield break;
        }

        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.NameEquals(key) && property.Value.ValueKind == JsonValueKind.String)
                {
                    yield return property.Value.GetString() ?? string.Empty;
                }
                else if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                {
                    foreach (var nested in Find(property.Value, key, depth + 1))
                    {
                        yield return nested;
                    }
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var nested in Find(item, key, depth + 1))
                {
                    yield return nested;
                }
            }
        }
    }

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var collapsed = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed.Length > 500 ? collapsed[..500] : collapsed;
    }
}
