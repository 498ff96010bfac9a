namespace ArticleRevisions.Cli.Tests.Commands;

public class ReportCommandTests
{
    private static readonly string History = Paths.Fixture("harbour-bridge", "history.jsonl");

    [Fact]
    public void Writes_one_self_contained_page_for_a_history()
    {
        using var dir = new TempDirectory();
        var page = dir.File("report.html");

        var run = CliRun.Invoke("report", History, "-o", page);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Wrote {page}: 8 revisions, 0 events.\n", run.Output);
        var html = File.ReadAllText(page);
        Assert.Contains("<svg class=\"timeline-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("<style>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Writes_to_standard_output_without_an_output_file()
    {
        var run = CliRun.Invoke("report", History, "--context", "all", "--zone", "UTC");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("<!DOCTYPE html>", run.Output, StringComparison.Ordinal);
        Assert.Contains("Times in UTC", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("unchanged line", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_an_index_and_a_page_per_history_for_a_folder()
    {
        using var dir = new TempDirectory();
        var collection = Directory.CreateDirectory(dir.File("news")).FullName;
        File.Copy(History, Path.Combine(collection, "harbour-bridge.jsonl"));
        File.Copy(Paths.Fixture("general-staff-kursk", "history.jsonl"), Path.Combine(collection, "kursk.jsonl"));
        var site = dir.File("site");

        var run = CliRun.Invoke("report", collection, "-o", site);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"Wrote {Path.Combine(site, "index.html")} and 2 article pages in {Path.Combine(site, "articles")}.\n", run.Output);
        Assert.True(File.Exists(Path.Combine(site, "articles", "kursk.html")));
    }

    [Theory]
    [InlineData("missing.jsonl", "missing.jsonl: no such file.")]
    [InlineData("news", "news: is a folder; give --output DIR for the report folder (index.html and a page per article).")]
    public void Bad_input_is_one_line_and_exit_2(string input, string error)
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("news"));

        var run = CliRun.Invoke("report", dir.File(input));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"artrev: {dir.File(error)}"], run.ErrorLines);
    }

    [Fact]
    public void A_damaged_history_leaves_the_earlier_page_untouched()
    {
        using var dir = new TempDirectory();
        var page = dir.Write("report.html", "earlier");
        var damaged = dir.Write("damaged.jsonl", File.ReadAllText(History).Replace("Harbour", "Harbor", StringComparison.Ordinal));

        var run = CliRun.Invoke("report", damaged, "-o", page);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith($"artrev: {damaged}", run.Error, StringComparison.Ordinal);
        Assert.Equal("earlier", File.ReadAllText(page));
        Assert.Equal(["damaged.jsonl", "report.html"], Directory.EnumerateFiles(dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "-o" }, "-o")]
    [InlineData(new[] { "--output", "" }, "--output needs a path.")]
    public void An_output_option_without_a_path_is_one_line_of_error_not_a_crash(string[] option, string named)
    {
        var run = CliRun.Invoke(["report", History, .. option]);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }
}
