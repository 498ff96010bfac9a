using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Import.Folders;

/// <summary>
/// The article described by an exported folder's <c>article.tsv</c> (lines of <c>key TAB value</c> for <c>id</c>,
/// <c>title</c>, <c>zone</c>, <c>language</c> and <c>source</c>), used when a folder import creates a history.
/// </summary>
internal sealed record ArticleFields(string? Id, string? Title, DateTimeZone? Zone, string? Language, Uri? Source)
{
    public const string FileName = "article.tsv";

    public static readonly ArticleFields None = new(null, null, null, null, null);

    public static ArticleFields Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return None;
        }

        var values = new Dictionary<string, (string Value, int Line)>(StringComparer.Ordinal);
        foreach (var record in TabularText.ParseTsv(Text.ArticleText.ReadFile(path).TrimStart('\uFEFF'), path))
        {
            if (record.Cells is not [{ } key, { } value])
            {
                throw new ImportException(path, record.Line, "each line must be a key and a value separated by one tab.");
            }

            if (key is not ("id" or "title" or "zone" or "language" or "source"))
            {
                throw new ImportException(path, record.Line, $"unknown key '{key}'; the keys are id, title, zone, language and source.");
            }

            if (!values.TryAdd(key, (value, record.Line)))
            {
                throw new ImportException(path, record.Line, $"'{key}' is given twice.");
            }
        }

        DateTimeZone? zone = null;
        if (values.TryGetValue("zone", out var zoneValue))
        {
            zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneValue.Value)
                ?? throw new ImportException(path, zoneValue.Line, $"zone '{zoneValue.Value}' is not a known IANA time zone.");
        }

        Uri? source = null;
        if (values.TryGetValue("source", out var sourceValue) && !Article.TryParseSource(sourceValue.Value, out source))
        {
            throw new ImportException(path, sourceValue.Line, $"source '{sourceValue.Value}' is not an absolute URI with a scheme.");
        }

        if (values.TryGetValue("id", out var id) && !Article.IsValidId(id.Value))
        {
            throw new ImportException(path, id.Line, $"id '{id.Value}' is not a slug (lowercase letters and digits joined by '-', '_' or '.').");
        }

        if (values.TryGetValue("language", out var language) && !Article.IsValidLanguage(language.Value))
        {
            throw new ImportException(path, language.Line, $"language '{language.Value}' is not a BCP 47 tag such as 'en' or 'uk-UA'.");
        }

        return new ArticleFields(
            values.GetValueOrDefault("id").Value,
            values.GetValueOrDefault("title").Value,
            zone,
            values.GetValueOrDefault("language").Value,
            source);
    }
}
