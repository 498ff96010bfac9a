using System.Net;
using System.Text.RegularExpressions;
using ArticleRevisions.Diffing;
using ArticleRevisions.Rendering;
using NodaTime;

namespace ArticleRevisions.Tests.Rendering;

public class HtmlDiffRendererTests
{
    [Fact]
    public void Writes_one_self_contained_page_for_light_and_dark_mode()
    {
        var result = Samples.Kursk().Build();

        var html = new HtmlDiffRenderer().RenderToString(Compared.Of(result));

        Assert.StartsWith("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n", html, StringComparison.Ordinal);
        Assert.EndsWith("</body>\n</html>\n", html, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "<style>"));
        Assert.Contains("@media (prefers-color-scheme: dark)", html, StringComparison.Ordinal);
        Assert.Contains("white-space: pre-wrap", html, StringComparison.Ordinal);
        AssertNothingExternal(html);
    }

    [Fact]
    public void Escapes_a_script_in_article_text_and_in_labels()
    {
        var result = new ResultBuilder()
            .Same("Before <script>alert(1)</script> & \"quoted\" 'single' ")
            .Inserted("<img onerror=alert(2)>")
            .Build();
        var html = new HtmlDiffRenderer().RenderToString(Compared.Of(result, "<script>alert('old')</script>", "\"><script>alert(3)</script>"));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Before &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39; ", html, StringComparison.Ordinal);
        Assert.Contains("<ins class=\"inserted\">&lt;img onerror=alert(2)&gt;</ins>", html, StringComparison.Ordinal);
        Assert.Contains("<title>&lt;script&gt;alert(&#39;old&#39;)&lt;/script&gt; → &quot;&gt;&lt;script&gt;alert(3)&lt;/script&gt;</title>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_no_external_address_even_for_a_URL_quoted_in_the_article()
    {
        var result = new ResultBuilder()
            .Same("Source: https://t.me/GeneralStaffZSU/21034 and ")
            .Inserted("HTTP://example.com/x.png")
            .Same(".")
            .Build();

        var html = new HtmlDiffRenderer().RenderToString(Compared.Of(result, "https://example.org/old"));

        AssertNothingExternal(html);
        Assert.Equal(result.OldText.Replace("and ", "and HTTP://example.com/x.png", StringComparison.Ordinal), VisibleText(html));
    }

    [Fact]
    public void Marks_deleted_and_inserted_text_and_keeps_every_character()
    {
        var result = Samples.Kursk().Build();

        var html = new HtmlDiffRenderer().RenderToString(Compared.Of(result));

        Assert.Contains(
            "<div class=\"text\">This strike is part of the <del class=\"deleted\">new offensive</del><ins class=\"inserted\">combat</ins> operations",
            html,
            StringComparison.Ordinal);
        Assert.Equal(string.Concat(result.Spans.Select(s => s.Kind == DiffSpanKind.Deleted ? result.OldTextOf(s) : result.NewTextOf(s))), VisibleText(html));
    }

    [Fact]
    public void Links_the_two_ends_of_a_move_and_marks_its_own_edits()
    {
        var result = Samples.MovedParagraph().Build();

        var html = new HtmlDiffRenderer().RenderToString(Compared.Of(result));

        Assert.Contains(
            "<ins class=\"moved moved-to\" id=\"move-1-to\" title=\"Move 1: this text moved here\">The <del class=\"deleted\">old</del>"
            + "<ins class=\"inserted\">new</ins> cat sat.<a class=\"move-link\" href=\"#move-1-from\" title=\"Where it came from\">↓1</a>\n\n</ins>",
            html,
            StringComparison.Ordinal);
        Assert.Contains(
            "<del class=\"moved moved-from\" id=\"move-1-from\" title=\"Move 1: this text moved elsewhere\">The old cat sat."
            + "<a class=\"move-link\" href=\"#move-1-to\" title=\"Where it went\">↑1</a>\n\n</del>",
            html,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_labels_times_in_the_chosen_zone_summary_ignored_changes_and_counts()
    {
        var result = Samples.Kursk().WithIgnored(IgnoredChangeKind.Whitespace, 3).Build();
        var model = Compared.Of(result, oldLabel: "revision 1", newLabel: "revision 2", oldTime: TestData.Morning, newTime: TestData.Morning + Duration.FromMinutes(215), zone: TestData.Kyiv);

        var html = new HtmlDiffRenderer().RenderToString(model);

        Assert.Contains("<h1><span class=\"old-label\">revision 1</span> → <span class=\"new-label\">revision 2</span></h1>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Old</dt><dd>revision 1, <time datetime=\"2025-01-07T08:12:00Z\">2025-01-07 10:12:00 +02:00</time> (Europe/Kyiv)</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>New</dt><dd>revision 2, <time datetime=\"2025-01-07T11:47:00Z\">2025-01-07 13:47:00 +02:00</time> (Europe/Kyiv)</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"summary\">Replaced “new offensive” with “combat”; 1 sentence changed</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"ignored\">3 whitespace changes not shown</p>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">words</th><td>+1</td><td>-2</td><td></td><td></td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">sentences</th><td>0</td><td>0</td><td>1</td><td>0</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"similarity\">Similarity: 91.2%</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_Cyrillic_CJK_emoji_and_CRLF_as_they_are()
    {
        var result = new ResultBuilder().Same("Київ\r\n").Deleted("中文 😀\r\n").Inserted("🇺🇦\r\n").Build();

        var html = new HtmlDiffRenderer().RenderToString(Compared.Of(result));

        Assert.Contains("<div class=\"text\">Київ\r\n<del class=\"deleted\">中文 😀\r\n</del><ins class=\"inserted\">🇺🇦\r\n</ins></div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_out_the_text_when_only_statistics_are_asked_for()
    {
        var result = Samples.Kursk().Build();

        var html = new HtmlDiffRenderer(new HtmlDiffOptions { StatOnly = true }).RenderToString(Compared.Of(result));

        Assert.DoesNotContain("<main>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("offensive</del>", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"counts\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_an_empty_text_block_for_two_empty_texts()
    {
        var result = ResultBuilder.ForTexts(string.Empty, string.Empty);

        var html = new HtmlDiffRenderer().RenderToString(Compared.Of(result));

        Assert.Contains("<div class=\"text\"></div>", html, StringComparison.Ordinal);
        AssertNothingExternal(html);
    }

    private static void AssertNothingExternal(string html)
    {
        foreach (var forbidden in new[] { "http://", "https://", "<script", "<link", "<img", "<iframe", "@import", "url(", "src=", "@font-face" })
        {
            Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    // The article text as a reader sees it: the text block without tags, the move links, or entity escapes.
    private static string VisibleText(string html)
    {
        var start = html.IndexOf("<div class=\"text\">", StringComparison.Ordinal) + "<div class=\"text\">".Length;
        var block = html[start..html.IndexOf("</div>", start, StringComparison.Ordinal)];
        block = Regex.Replace(block, "<a class=\"move-link\"[^>]*>[^<]*</a>", string.Empty);
        return WebUtility.HtmlDecode(Regex.Replace(block, "<[^>]+>", string.Empty));
    }
}
