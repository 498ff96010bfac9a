using System.Globalization;
using System.Text;
using System.Xml;
using ArticleRevisions.Model;
using ArticleRevisions.Text;

namespace ArticleRevisions.Import.MediaWiki;

/// <summary>
/// Writes a history as a MediaWiki XML export (schema 0.11): one page, every revision with its timestamp, editor,
/// note, minor flag and text; suppressed parts written as <c>deleted="deleted"</c>. Line endings are kept (a carriage
/// return is written as <c>&amp;#xD;</c>), so the MediaWiki import reads back the same texts.
/// </summary>
internal static class MediaWikiWriter
{
    public const string Namespace = "https://www.mediawiki.org/xml/export-0.11/";

    public static IReadOnlyList<string> WriteFile(ArticleHistory history, string directory)
    {
        var name = history.Article.Id + ".xml";
        using (var stream = new FileStream(Path.Combine(directory, name), FileMode.CreateNew, FileAccess.Write))
        {
            Write(history, stream);
            stream.Flush(flushToDisk: true);
        }

        return [name];
    }

    public static void Write(ArticleHistory history, Stream stream)
    {
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
            CheckCharacters = true,
        };
        using var writer = XmlWriter.Create(stream, settings);
        writer.WriteStartDocument();
        writer.WriteStartElement("mediawiki", Namespace);
        writer.WriteAttributeString("version", "0.11");
        writer.WriteAttributeString("xml", "lang", null, history.Article.Language);
        writer.WriteStartElement("page", Namespace);
        writer.WriteElementString("title", Namespace, history.Article.Title);
        writer.WriteElementString("ns", Namespace, "0");
        string? previousId = null;
        foreach (var revision in history.Revisions)
        {
            var attributes = revision.Attributes;
            var suppressed = (attributes.GetValueOrDefault(AttributeNames.Suppressed) ?? string.Empty).Split(',');
            var id = attributes.GetValueOrDefault(AttributeNames.MediaWikiRevisionId) ?? revision.Number.ToString(CultureInfo.InvariantCulture);
            writer.WriteStartElement("revision", Namespace);
            writer.WriteElementString("id", Namespace, id);
            if ((attributes.GetValueOrDefault(AttributeNames.MediaWikiParentId) ?? previousId) is { } parent)
            {
                writer.WriteElementString("parentid", Namespace, parent);
            }

            writer.WriteElementString("timestamp", Namespace, TimeFormat.Utc(revision.At));
            writer.WriteStartElement("contributor", Namespace);
            if (suppressed.Contains("editor"))
            {
                writer.WriteAttributeString("deleted", "deleted");
            }
            else if (revision.Editor is { } editor)
            {
                writer.WriteElementString("username", Namespace, Checked(editor, revision, "editor"));
            }

            writer.WriteEndElement();
            if (attributes.GetValueOrDefault(AttributeNames.MediaWikiMinor) == "true")
            {
                writer.WriteElementString("minor", Namespace, null);
            }

            if (suppressed.Contains("note"))
            {
                writer.WriteStartElement("comment", Namespace);
                writer.WriteAttributeString("deleted", "deleted");
                writer.WriteEndElement();
            }
            else if (revision.Note is { } note)
            {
                writer.WriteElementString("comment", Namespace, Checked(note, revision, "note"));
            }

            writer.WriteElementString("model", Namespace, "wikitext");
            writer.WriteElementString("format", Namespace, "text/x-wiki");
            writer.WriteStartElement("text", Namespace);
            if (suppressed.Contains("text"))
            {
                writer.WriteAttributeString("deleted", "deleted");
            }
            else
            {
                writer.WriteAttributeString("bytes", Encoding.UTF8.GetByteCount(revision.Text).ToString(CultureInfo.InvariantCulture));
                writer.WriteAttributeString("xml", "space", null, "preserve");
                writer.WriteString(Checked(revision.Text, revision, "text"));
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
            previousId = id;
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndDocument();
    }

    private static string Checked(string value, Revision revision, string part)
    {
        var bad = value.FirstOrDefault(c => c < 0x20 && c is not ('\t' or '\n' or '\r'));
        return bad == default
            ? value
            : throw new ImportException($"revision {revision.Number}", 0, $"its {part} holds the control character U+{(int)bad:X4}, which XML 1.0 cannot carry; it cannot be exported to MediaWiki XML (the folder export keeps it).");
    }
}
