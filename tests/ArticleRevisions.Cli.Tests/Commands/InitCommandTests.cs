namespace ArticleRevisions.Cli.Tests.Commands;

public class InitCommandTests
{
    [Fact]
    public void Creates_a_history_file_with_the_article()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");

        var run = CliRun.Invoke("init", path, "--id", "kursk", "--title", "Statement", "--source", "https://t.me/x/1", "--language", "uk", "--zone", "Europe/Kyiv");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("Created", run.Output);
        var header = File.ReadAllText(path);
        Assert.Contains("\"id\":\"kursk\"", header);
        Assert.Contains("\"zone\":\"Europe/Kyiv\"", header);
        Assert.Contains("\"language\":\"uk\"", header);
        Assert.Contains("\"source\":\"https://t.me/x/1\"", header);
    }

    [Fact]
    public void Defaults_to_UTC_and_an_undetermined_language()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");

        var run = CliRun.Invoke("init", path, "--id", "a", "--title", "T");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"zone\":\"UTC\"", File.ReadAllText(path));
        Assert.Contains("\"language\":\"und\"", File.ReadAllText(path));
    }

    [Fact]
    public void Refuses_to_overwrite_an_existing_file()
    {
        using var dir = new TempDirectory();
        var path = dir.Write("h.jsonl", "precious");

        var run = CliRun.Invoke("init", path, "--id", "a", "--title", "T");

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains($"{path}: already exists", run.Error);
        Assert.Equal("precious", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("--id", "Not A Slug", "--id 'Not A Slug' is not a slug")]
    [InlineData("--zone", "Mars/Olympus", "--zone 'Mars/Olympus' is not a known time zone")]
    [InlineData("--language", "english!", "--language 'english!' is not a BCP 47 tag")]
    [InlineData("--source", "not a uri", "--source 'not a uri' is not an absolute URI")]
    [InlineData("--title", " ", "--title must not be empty")]
    public void Rejects_bad_values_with_one_line_and_exit_2(string option, string value, string message)
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var args = new List<string> { "init", path, "--id", "a", "--title", "T" };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var run = CliRun.Invoke([.. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["artrev: " + message], run.ErrorLines.Select(l => l[..("artrev: " + message).Length]));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Requires_a_title()
    {
        using var dir = new TempDirectory();

        var run = CliRun.Invoke("init", dir.File("h.jsonl"));

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["artrev: Option '--title' is required."], run.ErrorLines);
        Assert.DoesNotContain("Usage", run.Output);
    }

    [Fact]
    public void Without_an_id_takes_the_file_name_as_the_article_id()
    {
        using var dir = new TempDirectory();
        var path = dir.File("general-staff-kursk.jsonl");

        var run = CliRun.Invoke("init", path, "--title", "Statement");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("for 'general-staff-kursk'", run.Output);
        Assert.Contains("\"id\":\"general-staff-kursk\"", File.ReadAllText(path));
    }

    [Fact]
    public void Without_an_id_refuses_a_file_name_that_is_no_slug_and_names_the_option()
    {
        using var dir = new TempDirectory();
        var path = dir.File("My Statement.jsonl");

        var run = CliRun.Invoke("init", path, "--title", "Statement");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"artrev: {path}: the file's name 'My Statement' is not a slug to use as the article's id; give --id, e.g. --id general-staff-kursk."], run.ErrorLines);
        Assert.False(File.Exists(path));
    }
}
