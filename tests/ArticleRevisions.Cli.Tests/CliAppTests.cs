namespace ArticleRevisions.Cli.Tests;

public class CliAppTests
{
    [Fact]
    public void An_unknown_command_is_trouble()
    {
        var run = CliRun.Invoke("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("frobnicate", run.Error);
    }

    [Fact]
    public void Help_lists_every_command()
    {
        var run = CliRun.Invoke("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(["init", "add", "log", "show", "verify"], c => Assert.Contains(c, run.Output));
    }
}
