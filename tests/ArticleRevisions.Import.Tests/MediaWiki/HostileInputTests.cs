using System.Text;
using ArticleRevisions.Import.MediaWiki;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Import.Tests.MediaWiki;

/// <summary>
/// Exports crafted to attack the reader or the file system: each is refused with one line naming where, and nothing
/// of the page at fault or after it is written (the pages before it are whole histories).
/// </summary>
public class HostileInputTests
{
    private static (ImportException Error, string[] Files) Refused(string xml)
    {
        using var dir = new TempDirectory();
        var file = dir.Write("dump.xml", xml);
        var error = Assert.Throws<ImportException>(() => MediaWikiImporter.Import(file, dir.File("wiki")));
        return (error, dir.Files());
    }

    [Fact]
    public void An_external_entity_is_refused_without_reading_the_file_it_names()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE mediawiki [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n" +
            Xml.Export(Xml.Page("Kyiv", Xml.Revision(1, "2025-01-07T08:00:00Z", "&secret;")), prolog: string.Empty);

        var (error, files) = Refused(xml);

        Assert.Equal("dump.xml: the file declares a DTD (<!DOCTYPE …>), which MediaWiki exports never do; it is refused so that no external entity is read and no entity expansion can blow up.", Path.GetFileName(error.Message));
        Assert.Equal(["dump.xml"], files);
    }

    [Fact]
    public void A_billion_laughs_entity_bomb_is_refused()
    {
        var entities = new StringBuilder("<!ENTITY lol \"lol\">");
        for (var i = 1; i <= 9; i++)
        {
            entities.Append(System.Globalization.CultureInfo.InvariantCulture, $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat(i == 1 ? "&lol;" : $"&lol{i - 1};", 10))}\">");
        }

        var xml = $"<?xml version=\"1.0\"?>\n<!DOCTYPE mediawiki [{entities}]>\n" + Xml.Export(Xml.Page("Kyiv", Xml.Revision(1, "2025-01-07T08:00:00Z", "&lol9;")), prolog: string.Empty);

        var (error, files) = Refused(xml);

        Assert.Contains("declares a DTD", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(["dump.xml"], files);
    }

    [Theory]
    [InlineData("../../etc/passwd", "is a relative path")]
    [InlineData("a/../../b", "is a relative path")]
    [InlineData("..\\..\\windows", "is a relative path")]
    [InlineData("..", "is a relative path")]
    [InlineData("bad&#x9;title", "control character")]
    [InlineData("bad&#x1;title", "not well-formed XML")]
    public void A_title_that_no_wiki_can_have_is_refused_and_nothing_of_it_is_written(string title, string reason)
    {
        var xml = Xml.Export(Xml.Page("Fine", Xml.Revision(1, "2025-01-07T08:00:00Z", "a")) + Xml.Page(title, Xml.Revision(2, "2025-01-07T08:00:00Z", "b")));

        var (error, files) = Refused(xml);

        Assert.Contains(reason, error.Message);
        Assert.Contains("dump.xml:7:", error.Message);
        Assert.Contains("The 1 page before it was imported", error.Message);
        Assert.Equal(["dump.xml", .. TempDirectory.History("wiki/fine.jsonl")], files);
    }

    [Fact]
    public void A_title_longer_than_mediawiki_allows_is_refused()
    {
        var (error, files) = Refused(Xml.Export(Xml.Page(new string('я', 200), Xml.Revision(1, "2025-01-07T08:00:00Z", "a"))));

        Assert.Contains("is 400 bytes long; MediaWiki titles are at most 255", error.Message);
        Assert.Equal(["dump.xml"], files);
    }

    [Theory]
    [InlineData("CON", "con-page.jsonl")]
    [InlineData("nul", "nul-page.jsonl")]
    [InlineData("COM1", "com1-page.jsonl")]
    [InlineData("/etc/passwd", "etc-passwd.jsonl")]
    [InlineData("C:\\Windows\\win.ini", "c-windows-win-ini.jsonl")]
    [InlineData("~/.bashrc", "bashrc.jsonl")]
    [InlineData("...", "page.jsonl")]
    public void A_title_that_looks_like_a_path_or_a_device_stays_a_plain_file_inside_the_folder(string title, string expected)
    {
        using var dir = new TempDirectory();
        var file = dir.Write("dump.xml", Xml.Export(Xml.Page(title.Replace("&", "&amp;"), Xml.Revision(1, "2025-01-07T08:00:00Z", "a"))));

        MediaWikiImporter.Import(file, dir.File("wiki"));

        Assert.Equal(["dump.xml", .. TempDirectory.History("wiki/" + expected)], dir.Files());
        Assert.Equal(title, HistoryFile.Read(dir.File("wiki/" + expected)).Article.Title);
    }

    [Fact]
    public void A_long_title_gets_a_short_file_name()
    {
        using var dir = new TempDirectory();
        var title = string.Join(' ', Enumerable.Repeat("Very long title", 16));
        var file = dir.Write("dump.xml", Xml.Export(Xml.Page(title, Xml.Revision(1, "2025-01-07T08:00:00Z", "a"))));

        MediaWikiImporter.Import(file, dir.File("wiki"));

        var name = Path.GetFileName(Assert.Single(Directory.GetFiles(dir.File("wiki"), "*.jsonl")));
        Assert.True(name.Length <= FileNames.MaxStemLength + ".jsonl".Length, name);
        Assert.StartsWith("very-long-title-very-long-title", name);
    }

    [Theory]
    [InlineData("<html><body/></html>", "not a MediaWiki export: the root element is <html>")]
    [InlineData("<mediawiki xmlns=\"http://example.org/\"/>", "expected http(s)://www.mediawiki.org/xml/export-0.N/")]
    [InlineData("<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.10/\"><page><title>A</title>", "not well-formed XML")]
    [InlineData("not xml at all", "not well-formed XML")]
    public void Something_that_is_not_an_export_is_refused_with_one_line(string xml, string reason)
    {
        var (error, files) = Refused(xml);

        Assert.Contains(reason, error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(["dump.xml"], files);
    }
}
