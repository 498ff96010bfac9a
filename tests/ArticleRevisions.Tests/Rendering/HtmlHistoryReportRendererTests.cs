using System.Text.RegularExpressions;
using ArticleRevisions.Rendering;
using ArticleRevisions.Reports;
using ArticleRevisions.Storage;
using ArticleRevisions.Tests.Publishing;

namespace ArticleRevisions.Tests.Rendering;

public class HtmlHistoryReportRendererTests
{
    private static string Render()
    {
        using var temp = new TempDirectory();
        var report = HistoryReport.Create(HistoryFile.Open(ShowcaseHistory.Write(temp.Path)).History);
        return new HtmlHistoryReportRenderer().RenderToString(report);
    }

    [Fact]
    public void Shows_hostile_markup_in_the_title_and_text_as_text()
    {
        var html = Render();

        Assert.DoesNotMatch(new Regex("<script|<img|<b>|<em>", RegexOptions.IgnoreCase), html);
        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Asks_for_nothing_from_the_network_and_carries_no_script()
    {
        var html = Render();

        Assert.DoesNotMatch(new Regex("(src|href)=\"(https?:)?//|@import|url\\((?!#)", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain(" on", Regex.Replace(html, "\"[^\"]*\"|>[^<]*<", string.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public void Gives_every_revision_a_permalink_and_a_collapsible_diff()
    {
        var html = Render();

        for (var n = 1; n <= 5; n++)
        {
            Assert.Contains($"<article class=\"revision\" id=\"r{n}\"", html, StringComparison.Ordinal);
            Assert.Contains($"<details id=\"r{n}-diff\"", html, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"#r{n}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Draws_the_timeline_with_the_stealth_edit_the_revert_the_outage_and_the_capture_window()
    {
        var page = Render();
        var start = page.IndexOf("<svg class=\"timeline-chart\"", StringComparison.Ordinal);
        var html = page[start..page.IndexOf("</svg>", start, StringComparison.Ordinal)];

        Assert.Single(Regex.Matches(html, "<circle class=\"stealth-ring\" cx"));
        Assert.Single(Regex.Matches(html, "<path class=\"revert-arc\" d=\"M[0-9]"));
        Assert.Single(Regex.Matches(html, "<rect class=\"outage\" fill=\"url\\(#timeline-hatch\\)\" x="));
        Assert.Equal(2, Regex.Count(html, "<path class=\"event (gone|returned)\""));
        Assert.Contains("<rect class=\"window\" x=", html, StringComparison.Ordinal);
    }
}
