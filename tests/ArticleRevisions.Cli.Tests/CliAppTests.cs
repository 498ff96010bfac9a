using NodaTime.Testing;

namespace ArticleRevisions.Cli.Tests;

public class CliAppTests
{
    private static readonly string[] Commands = ["init", "add", "diff", "log", "search", "blame", "timeline", "show", "verify"];

    private static readonly string[] EveryCommand =
    [
        .. Commands, "upgrade", "repair", "import folder", "import mediawiki", "import git", "import wayback", "export",
        "capture", "watch", "watch add", "watch list", "watch remove", "report", "bundle",
    ];

    [Fact]
    public void An_unknown_command_is_trouble()
    {
        var run = CliRun.Invoke("frobnicate");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("frobnicate", run.Error);
    }

    [Fact]
    public void Help_lists_every_command_and_examples()
    {
        var run = CliRun.Invoke("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.All(Commands, c => Assert.Contains($"  {c} <", run.Output));
        Assert.Contains("Examples:\n  artrev diff fixtures/general-staff-kursk/original.txt", run.Output);
        Assert.Contains("Exit codes:", run.Output);
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Every_command_has_help_with_examples(string command)
    {
        var run = CliRun.Invoke([.. command.Split(' '), "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Examples:", run.Output);
        var examples = run.Output[run.Output.IndexOf("Examples:", StringComparison.Ordinal)..];
        Assert.Contains($"artrev {command} ", examples, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_prints_the_informational_version()
    {
        var run = CliRun.Invoke("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Output);
    }

    [Fact]
    public void Completes_commands_and_option_values()
    {
        var root = CliApp.CreateRoot(new CliServices(new FakeClock(CliRun.Now), () => Stream.Null, _ => null, false, null));

        var commands = root.Parse("").GetCompletions().Select(c => c.Label).ToArray();
        var formats = root.Parse("diff a b --format ").GetCompletions().Select(c => c.Label).ToArray();

        Assert.Contains("diff", commands);
        Assert.Equal(["html", "inline", "json", "markdown", "side-by-side", "unified", "word-diff"], formats);
    }

    public static TheoryData<string> CommandNames() => new(EveryCommand);
}
