using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using NodaTime;
using NodaTime.Text;

namespace ArticleRevisions.Import.MediaWiki;

/// <summary>
/// Reads a MediaWiki XML export (Special:Export or a dump, schema 0.3 to 0.11, http or https namespace) as a stream:
/// one page at a time, each revision handed over as it is read, so memory does not grow with the file.
/// </summary>
/// <remarks>
/// DTDs are prohibited and no resolver is set, so no external file is ever read and no entity is expanded; the
/// encoding is the one the file declares (UTF-8, UTF-16 with or without a byte-order mark, legacy code pages).
/// Elements this reader does not need (uploads, log items, extra content slots) are skipped.
/// </remarks>
internal sealed partial class MediaWikiParser : IDisposable
{
    private readonly XmlReader reader;
    private readonly string sourceName;
    private bool inPages;
    private bool finished;

    static MediaWikiParser()
    {
        // Exports may declare a legacy code page (windows-1251, ISO-8859-2…); .NET knows them only once asked to.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public MediaWikiParser(Stream stream, string sourceName)
    {
        this.sourceName = sourceName;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CheckCharacters = true,
            CloseInput = false,
        };
        reader = XmlReader.Create(stream, settings);
    }

    /// <summary>Gets the export's schema version, such as 0.11, once the root element is read.</summary>
    public string? SchemaVersion { get; private set; }

    /// <summary>Gets the wiki's language from the root's <c>xml:lang</c>, if given.</summary>
    public string? Language { get; private set; }

    /// <summary>Gets the wiki's main page URL from <c>siteinfo/base</c>, if given.</summary>
    public string? BaseUrl { get; private set; }

    private int LineNumber => reader is IXmlLineInfo info ? info.LineNumber : 0;

    /// <summary>Reads the next page, handing each of its revisions to <paramref name="onRevision"/>; null at the end of the file.</summary>
    public PageInfo? ReadPage(Action<PageInfo, RawRevision> onRevision)
    {
        try
        {
            return ReadPageCore(onRevision);
        }
        catch (XmlException e)
        {
            throw Describe(e);
        }
        catch (DecoderFallbackException e)
        {
            throw new ImportException(sourceName, LineNumber, $"bytes that are not valid in the file's declared encoding ({e.Message.TrimEnd('.')}).", e);
        }
    }

    public void Dispose() => reader.Dispose();

    private PageInfo? ReadPageCore(Action<PageInfo, RawRevision> onRevision)
    {
        if (finished)
        {
            return null;
        }

        if (!inPages)
        {
            ReadRoot();
            inPages = true;
        }

        while (true)
        {
            // Positioned on the next child of <mediawiki>, or on its end.
            while (reader.NodeType != XmlNodeType.Element && reader.NodeType != XmlNodeType.EndElement && reader.Read())
            {
            }

            if (reader.NodeType == XmlNodeType.EndElement || reader.EOF)
            {
                finished = true;
                return null;
            }

            switch (reader.LocalName)
            {
                case "siteinfo":
                    ReadSiteInfo();
                    break;
                case "page":
                    return ReadPageElement(onRevision);
                default:
                    reader.Skip();
                    break;
            }
        }
    }

    private void ReadRoot()
    {
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "mediawiki")
        {
            throw new ImportException(sourceName, LineNumber, $"not a MediaWiki export: the root element is <{reader.LocalName}>, not <mediawiki>.");
        }

        var match = ExportNamespace().Match(reader.NamespaceURI);
        if (!match.Success || int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) < 3)
        {
            throw new ImportException(sourceName, LineNumber, $"not a MediaWiki export this tool reads: its namespace is '{reader.NamespaceURI}', expected http(s)://www.mediawiki.org/xml/export-0.N/ with N from 3 to 11.");
        }

        SchemaVersion = "0." + match.Groups[1].Value;
        Language = reader.XmlLang is { Length: > 0 } lang ? lang : null;
        if (reader.IsEmptyElement)
        {
            finished = true;
            return;
        }

        reader.Read();
    }

    private void ReadSiteInfo() => ReadChildren(name =>
    {
        if (name == "base")
        {
            BaseUrl = reader.ReadElementContentAsString();
        }
        else
        {
            reader.Skip();
        }
    });

    /// <summary>Calls <paramref name="onChild"/> on each child element (which it must read or skip), then moves past the end of the current element.</summary>
    private void ReadChildren(Action<string> onChild)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                onChild(reader.LocalName);
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
    }

    private PageInfo ReadPageElement(Action<PageInfo, RawRevision> onRevision)
    {
        var line = LineNumber;
        string? title = null;
        int? ns = null;
        long? id = null;
        PageInfo? page = null;
        if (reader.IsEmptyElement)
        {
            throw new ImportException(sourceName, line, "a <page> without a <title>.");
        }

        ReadChildren(name =>
        {
            switch (name)
            {
                case "title":
                    title = reader.ReadElementContentAsString();
                    break;
                case "ns":
                    ns = (int)ReadNumber("ns");
                    break;
                case "id":
                    id = ReadNumber("page id");
                    break;
                case "revision":
                    page ??= new PageInfo(title ?? throw new ImportException(sourceName, line, "a <page> whose <title> does not come before its revisions."), ns, id, line);
                    onRevision(page, ReadRevision());
                    break;
                default:
                    reader.Skip();
                    break;
            }
        });
        return page ?? new PageInfo(title ?? throw new ImportException(sourceName, line, "a <page> without a <title>."), ns, id, line);
    }

    private RawRevision ReadRevision()
    {
        var line = LineNumber;
        long? id = null, parent = null;
        string? timestamp = null, editor = null, comment = null, text = null;
        bool editorSuppressed = false, commentSuppressed = false, minor = false, textSuppressed = false, textSeen = false;
        if (reader.IsEmptyElement)
        {
            throw new ImportException(sourceName, line, "an empty <revision>: it has no timestamp.");
        }

        ReadChildren(name =>
        {
            switch (name)
            {
                case "id":
                    id = ReadNumber("revision id");
                    break;
                case "parentid":
                    parent = ReadNumber("parent id");
                    break;
                case "timestamp":
                    timestamp = reader.ReadElementContentAsString().Trim();
                    break;
                case "minor":
                    minor = true;
                    reader.Skip();
                    break;
                case "contributor":
                    editorSuppressed = IsDeleted();
                    editor = editorSuppressed ? SkipSuppressed() : ReadContributor();
                    break;
                case "comment":
                    commentSuppressed = IsDeleted();
                    comment = commentSuppressed ? SkipSuppressed() : reader.ReadElementContentAsString();
                    break;
                case "text":
                    textSeen = true;
                    textSuppressed = IsDeleted();
                    text = textSuppressed ? SkipSuppressed() : ReadText();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        });
        if (timestamp is null)
        {
            throw new ImportException(sourceName, line, $"revision {id?.ToString(CultureInfo.InvariantCulture) ?? "without id"} has no <timestamp>.");
        }

        if (!textSeen)
        {
            throw new ImportException(sourceName, line, $"revision {id?.ToString(CultureInfo.InvariantCulture) ?? "without id"} has no <text>; only exports with the revisions' texts can be imported.");
        }

        return new RawRevision
        {
            Line = line,
            Id = id,
            ParentId = parent,
            Timestamp = ParseTimestamp(timestamp, line),
            TimestampText = timestamp,
            Editor = editor,
            EditorSuppressed = editorSuppressed,
            Comment = comment,
            CommentSuppressed = commentSuppressed,
            Minor = minor,
            Text = text ?? string.Empty,
            TextSuppressed = textSuppressed,
        };
    }

    private string? ReadContributor()
    {
        string? name = null, ip = null;
        ReadChildren(child =>
        {
            switch (child)
            {
                case "username":
                    name = reader.ReadElementContentAsString();
                    break;
                case "ip":
                    ip = reader.ReadElementContentAsString();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        });
        return name ?? ip;
    }

    private string ReadText()
    {
        var line = LineNumber;
        var declared = reader.GetAttribute("bytes");
        var empty = reader.IsEmptyElement;
        var text = reader.ReadElementContentAsString();
        if (empty && long.TryParse(declared, NumberStyles.None, CultureInfo.InvariantCulture, out var bytes) && bytes > 0)
        {
            throw new ImportException(sourceName, line, $"a revision's <text> is left out ({bytes} bytes not included): this is a stub dump without the texts; use a full-history export or dump.");
        }

        return text;
    }

    private bool IsDeleted() => reader.GetAttribute("deleted") == "deleted";

    private string? SkipSuppressed()
    {
        reader.Skip();
        return null;
    }

    private long ReadNumber(string what)
    {
        var line = LineNumber;
        var text = reader.ReadElementContentAsString().Trim();
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ImportException(sourceName, line, $"{what} '{Shorten(text)}' is not a whole number.");
    }

    private Instant ParseTimestamp(string text, int line)
    {
        var instant = InstantPattern.ExtendedIso.Parse(text);
        if (instant.Success)
        {
            return instant.Value;
        }

        var offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        return offset.Success
            ? offset.Value.ToInstant()
            : throw new ImportException(sourceName, line, $"timestamp '{Shorten(text)}' is not an ISO-8601 time such as 2025-01-07T08:12:00Z.");
    }

    private ImportException Describe(XmlException e)
    {
        var line = e.LineNumber > 0 ? e.LineNumber : LineNumber;
        var reason = e.Message.Contains("DTD", StringComparison.Ordinal)
            ? "the file declares a DTD (<!DOCTYPE …>), which MediaWiki exports never do; it is refused so that no external entity is read and no entity expansion can blow up."
            : $"not well-formed XML: {FirstSentence(e.Message)}";
        return new ImportException(sourceName, line, reason, e);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..(end + 1)] : message).ReplaceLineEndings(" ");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"^https?://www\.mediawiki\.org/xml/export-0\.([0-9]{1,2})/?$", RegexOptions.CultureInvariant)]
    private static partial Regex ExportNamespace();
}
