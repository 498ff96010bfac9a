namespace ArticleRevisions.Import.Tests.MediaWiki;

/// <summary>Small MediaWiki exports written for the tests.</summary>
internal static class Xml
{
    public const string Https11 = "https://www.mediawiki.org/xml/export-0.11/";

    public static string Export(string pages, string ns = Https11, string prolog = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n") =>
        $"{prolog}<mediawiki xmlns=\"{ns}\" version=\"0.11\" xml:lang=\"en\">\n<siteinfo><sitename>Test</sitename><base>https://wiki.example/wiki/Main_Page</base></siteinfo>\n{pages}</mediawiki>\n";

    public static string Page(string title, params string[] revisions) =>
        $"<page><title>{title}</title><ns>0</ns><id>7</id>\n{string.Concat(revisions)}</page>\n";

    public static string Revision(long id, string timestamp, string text, string? user = "Alice", string? comment = null, bool minor = false) =>
        $"<revision><id>{id}</id><timestamp>{timestamp}</timestamp>" +
        (user is null ? string.Empty : $"<contributor><username>{user}</username><id>1</id></contributor>") +
        (minor ? "<minor/>" : string.Empty) +
        (comment is null ? string.Empty : $"<comment>{comment}</comment>") +
        $"<model>wikitext</model><format>text/x-wiki</format><text bytes=\"{text.Length}\" xml:space=\"preserve\">{text}</text></revision>\n";
}
