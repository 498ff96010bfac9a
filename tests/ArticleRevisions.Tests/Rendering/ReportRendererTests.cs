using System.Text.Json;
using ArticleRevisions.Reports;
using ArticleRevisions.Rendering;
using ArticleRevisions.Timeline;
using NodaTime;
using NodaTime.Text;

namespace ArticleRevisions.Tests.Rendering;

/// <summary>What every history report renderer shares: one JSON convention, the zone asked for, escaping in Markdown and HTML.</summary>
public class ReportRendererTests
{
    private static readonly ArticleRevisions.Model.ArticleHistory History = TestData.History("The council met.", "The council met on Monday | 3 *March*.");

    [Fact]
    public void Report_options_fit_the_log_in_100_columns_by_default_and_refuse_a_width_too_narrow_for_it()
    {
        Assert.Equal(100, ReportOptions.Default.Width);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ReportOptions { Width = ReportOptions.MinimumWidth - 1 });
    }

    [Fact]
    public void Every_JSON_document_gives_each_time_in_UTC_and_in_the_zone_asked_for()
    {
        var options = new ReportOptions { Zone = DateTimeZoneProviders.Tzdb["America/New_York"] };
        string[] documents =
        [
            new JsonLogRenderer(options).RenderToString(RevisionLog.Create(History)),
            new JsonTimelineRenderer(options).RenderToString(TimelineChart.Create(History)),
            new JsonBlameRenderer(options).RenderToString(BlameReport.Create(History)),
            new JsonSearchRenderer(options).RenderToString(PhraseSearch.Find(History, "council")),
        ];

        foreach (var json in documents)
        {
            Assert.DoesNotContain('\r', json);
            Assert.EndsWith("}\n", json);
            var times = Objects(JsonDocument.Parse(json).RootElement)
                .SelectMany(o => o.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String && InstantPattern.ExtendedIso.Parse(p.Value.GetString()!).Success).Select(p => (Object: o, p.Name, Utc: p.Value.GetString()!)))
                .ToArray();
            Assert.NotEmpty(times);
            Assert.All(times, t =>
            {
                var local = OffsetDateTimePattern.Rfc3339.Parse(t.Object.GetProperty(t.Name + "Local").GetString()!).Value;
                Assert.Equal(InstantPattern.ExtendedIso.Parse(t.Utc).Value, local.ToInstant());
                Assert.Equal(Offset.FromHours(-5), local.Offset);
            });
        }
    }

    [Fact]
    public void Word_blame_JSON_writes_runs_that_cover_every_character_but_white_space()
    {
        var report = BlameReport.Create(History, granularity: BlameGranularity.Word);

        var segments = JsonDocument.Parse(new JsonBlameRenderer().RenderToString(report)).RootElement.GetProperty("segments").EnumerateArray()
            .Select(s => (Text: s.GetProperty("text").GetString(), Start: s.GetProperty("start").GetInt32(), Length: s.GetProperty("length").GetInt32(), Origin: s.GetProperty("origin").GetProperty("number").GetInt32()))
            .ToArray();

        Assert.Equal([("The council met", 0, 15, 1), ("on Monday | 3 *March*", 16, 21, 2), (".", 37, 1, 1)], segments);
    }

    [Fact]
    public void Markdown_and_HTML_escape_the_history_text_in_their_tables()
    {
        var markdown = new MarkdownLogRenderer().RenderToString(RevisionLog.Create(History));
        var html = new HtmlBlameRenderer().RenderToString(BlameReport.Create(History));

        Assert.StartsWith("**General Staff statement (general-staff-kursk)**\n\n2 revisions, times in Europe/Kyiv and UTC\n\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| \\# | Europe/Kyiv | UTC |", markdown, StringComparison.Ordinal);
        Assert.Contains("The council met on Monday \\| 3 \\*March\\*.", new MarkdownBlameRenderer().RenderToString(BlameReport.Create(History)), StringComparison.Ordinal);
        Assert.Contains("<td>The council met on Monday | 3 *March*.</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public void HTML_pages_inline_the_shared_stylesheet_or_link_the_one_given()
    {
        var inline = new HtmlTimelineRenderer().RenderToString(TimelineChart.Create(History));
        var linked = new HtmlTimelineRenderer(new HtmlReportOptions { StylesheetHref = "style.css?v=\"1\"" }).RenderToString(TimelineChart.Create(History));

        Assert.Contains($"<style>\n{HtmlStylesheet.Default}\n</style>\n", inline, StringComparison.Ordinal);
        Assert.Equal(inline.Replace($"<style>\n{HtmlStylesheet.Default}\n</style>\n", "<link rel=\"stylesheet\" href=\"style.css?v=&quot;1&quot;\">\n", StringComparison.Ordinal), linked);
    }

    private static IEnumerable<JsonElement> Objects(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Objects(p.Value)).Prepend(element),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Objects),
        _ => [],
    };
}
