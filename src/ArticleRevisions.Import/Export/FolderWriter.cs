using System.Text;
using ArticleRevisions.Import.Folders;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using ArticleRevisions.Text;
using NodaTime.Text;

namespace ArticleRevisions.Import.Export;

/// <summary>Writes a history as a snapshot folder: what <see cref="SnapshotFolder"/> reads back into the same history.</summary>
internal static class FolderWriter
{
    // Windows forbids ':' in names, so the time in a file name uses '-' (which the folder import reads back).
    private static readonly InstantPattern NamePattern = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH'-'mm'-'ss;FFFFFFFFF'Z'");

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The folder holding the raw sources an export copies, one file per source named by its SHA-256.</summary>
    public const string RawFolder = "raw";

    public static IReadOnlyList<string> Write(ArticleHistory history, RawSourceStore rawSources, string directory)
    {
        var files = new List<string>();
        var revisions = history.Revisions;
        var attributeKeys = revisions.SelectMany(r => r.Attributes).Select(a => a.Key).Distinct().Order(StringComparer.Ordinal).ToList();
        var columns = new List<(string Name, Func<Revision, string?> Value)>
        {
            ("file", r => FileName(r)),
            ("time", r => TimeFormat.Utc(r.At)),
        };
        AddIfUsed("observed", r => r.ObservedAt is { } o ? TimeFormat.Utc(o) : null);
        AddIfUsed("editor", r => r.Editor);
        AddIfUsed("note", r => r.Note);
        AddIfUsed("title", r => r.Title);
        AddIfUsed("source", r => r.Source?.OriginalString);
        AddIfUsed("raw", r => r.RawSource is { } raw ? RawFileName(raw) : null);
        AddIfUsed("raw-type", r => r.RawSource?.MediaType);
        foreach (var key in attributeKeys)
        {
            columns.Add(("attr:" + key, r => r.Attributes.GetValueOrDefault(key)));
        }

        var manifest = new StringBuilder();
        manifest.AppendJoin('\t', columns.Select(c => c.Name)).Append('\n');
        foreach (var revision in revisions)
        {
            var name = FileName(revision);
            File.WriteAllBytes(Path.Combine(directory, name), Utf8.GetBytes(revision.Text));
            files.Add(name);
            if (revision.RawSource is { } raw && !files.Contains(RawFileName(raw)))
            {
                Directory.CreateDirectory(Path.Combine(directory, RawFolder));
                File.WriteAllBytes(Path.Combine(directory, RawFileName(raw)), rawSources.Get(raw));
                files.Add(RawFileName(raw));
            }

            manifest.AppendJoin('\t', columns.Select(c => TabularText.EscapeTsv(c.Value(revision)))).Append('\n');
        }

        File.WriteAllBytes(Path.Combine(directory, "manifest.tsv"), Utf8.GetBytes(manifest.ToString()));
        files.Add("manifest.tsv");
        if (history.Events.Count > 0)
        {
            File.WriteAllBytes(Path.Combine(directory, EventTable.FileName), Utf8.GetBytes(EventTable.Write(history.Events)));
            files.Add(EventTable.FileName);
        }

        // The header's article: a later metadata change is an event, and events.tsv brings it back.
        var article = history.Header;
        var fields = new StringBuilder()
            .Append("id\t").Append(TabularText.EscapeTsv(article.Id)).Append('\n')
            .Append("title\t").Append(TabularText.EscapeTsv(article.Title)).Append('\n')
            .Append("zone\t").Append(TabularText.EscapeTsv(article.Zone.Id)).Append('\n')
            .Append("language\t").Append(TabularText.EscapeTsv(article.Language)).Append('\n');
        if (article.Source is { } source)
        {
            fields.Append("source\t").Append(TabularText.EscapeTsv(source.OriginalString)).Append('\n');
        }

        File.WriteAllBytes(Path.Combine(directory, ArticleFields.FileName), Utf8.GetBytes(fields.ToString()));
        files.Add(ArticleFields.FileName);
        return files;

        void AddIfUsed(string name, Func<Revision, string?> value)
        {
            if (revisions.Any(r => value(r) is not null))
            {
                columns.Add((name, value));
            }
        }
    }

    public static string FileName(Revision revision) => NamePattern.Format(revision.At) + ".txt";

    /// <summary>Where a raw source is copied: <c>raw/SHA256.EXT</c>, the extension from its media type so it opens in the right program.</summary>
    private static string RawFileName(RawSourceReference raw)
    {
        var type = raw.MediaType.Split(';', 2)[0].Trim().ToLowerInvariant();
        var extension = type switch
        {
            "text/html" => ".html",
            "application/xhtml+xml" => ".xhtml",
            "text/plain" => ".txt",
            "application/json" or "application/ld+json" => ".json",
            "text/xml" or "application/xml" or "application/rss+xml" or "application/atom+xml" => ".xml",
            "application/pdf" => ".pdf",
            _ => ".bin",
        };
        return $"{RawFolder}/{raw.Sha256}{extension}";
    }
}
