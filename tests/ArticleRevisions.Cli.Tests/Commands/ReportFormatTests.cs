namespace ArticleRevisions.Cli.Tests.Commands;

/// <summary>The options every history report shares: the formats, the stylesheet, the zone.</summary>
public class ReportFormatTests
{
    private static readonly string Bridge = Paths.Fixture("harbour-bridge", "history.jsonl");

    [Theory]
    [InlineData("log")]
    [InlineData("timeline")]
    [InlineData("blame")]
    public void Writes_every_report_as_Markdown_and_as_one_HTML_page(string command)
    {
        var markdown = CliRun.Invoke(command, Bridge, "--format", "markdown");
        var html = CliRun.Invoke(command, Bridge, "--format", "html");

        Assert.Equal((0, string.Empty), (markdown.ExitCode, markdown.Error));
        Assert.StartsWith("**", markdown.Output);
        Assert.Contains("|:--|", markdown.Output);
        Assert.Equal((0, string.Empty), (html.ExitCode, html.Error));
        Assert.StartsWith("<!DOCTYPE html>\n", html.Output);
        Assert.Contains("<table class=\"report\">", html.Output);
        Assert.DoesNotContain("<script", html.Output);
    }

    [Fact]
    public void Links_a_stylesheet_instead_of_inlining_it_only_for_HTML()
    {
        var linked = CliRun.Invoke("search", Bridge, "from 3 March", "--format", "html", "--stylesheet", "https://example.org/report.css");
        var text = CliRun.Invoke("search", Bridge, "from 3 March", "--stylesheet", "report.css");
        var diff = CliRun.Invoke("diff", Bridge, "--format", "html", "--stylesheet", "report.css");

        Assert.Contains("<link rel=\"stylesheet\" href=\"https&#58;//example.org/report.css\">\n", linked.Output);
        Assert.DoesNotContain("<style>", linked.Output);
        Assert.Equal((2, "artrev: --stylesheet applies only to --format html.\n"), (text.ExitCode, text.Error));
        Assert.Contains("<link rel=\"stylesheet\" href=\"report.css\">", diff.Output);
    }

    [Theory]
    [InlineData("log", "--format", "pdf")]
    [InlineData("blame", "--granularity", "letter")]
    [InlineData("timeline", "--zone", "Mars/Base")]
    public void Refuses_values_the_parser_does_not_know_with_exit_2(string command, string option, string value)
    {
        var run = CliRun.Invoke(command, Bridge, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(value, run.Error);
        Assert.Single(run.ErrorLines);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void Names_a_missing_or_empty_history_file_in_one_line()
    {
        var missing = CliRun.Invoke("timeline", "no-such-history.jsonl");
        var empty = CliRun.Invoke("log", string.Empty);

        Assert.Equal((2, "artrev: no-such-history.jsonl: no such file.\n"), (missing.ExitCode, missing.Error));
        Assert.Equal((2, "artrev: a file name is empty; give the path of a file.\n"), (empty.ExitCode, empty.Error));
    }
}
