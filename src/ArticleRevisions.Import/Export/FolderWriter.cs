using System.Text;
using ArticleRevisions.Import.Folders;
using ArticleRevisions.Model;
using ArticleRevisions.Text;
using NodaTime.Text;

namespace ArticleRevisions.Import.Export;

/// <summary>Writes a history as a snapshot folder: what <see cref="SnapshotFolder"/> reads back into the same history.</summary>
internal static class FolderWriter
{
    // Windows forbids ':' in names, so the time in a file name uses '-' (which the folder import reads back).
    private static readonly InstantPattern NamePattern = InstantPattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH'-'mm'-'ss;FFFFFFFFF'Z'");

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static IReadOnlyList<string> Write(ArticleHistory history, string directory)
    {
        var files = new List<string>();
        var revisions = history.Revisions;
        var attributeKeys = revisions.SelectMany(AttributeBridge.Of).Select(a => a.Key).Distinct().Order(StringComparer.Ordinal).ToList();
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
        foreach (var key in attributeKeys)
        {
            columns.Add(("attr:" + key, r => AttributeBridge.Of(r).GetValueOrDefault(key)));
        }

        var manifest = new StringBuilder();
        manifest.AppendJoin('\t', columns.Select(c => c.Name)).Append('\n');
        foreach (var revision in revisions)
        {
            var name = FileName(revision);
            File.WriteAllBytes(Path.Combine(directory, name), Utf8.GetBytes(revision.Text));
            files.Add(name);
            manifest.AppendJoin('\t', columns.Select(c => TabularText.EscapeTsv(c.Value(revision)))).Append('\n');
        }

        File.WriteAllBytes(Path.Combine(directory, "manifest.tsv"), Utf8.GetBytes(manifest.ToString()));
        files.Add("manifest.tsv");

        var article = history.Article;
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
}
