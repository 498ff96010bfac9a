using System.Reflection;
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
        Assert.DoesNotContain("Africa/Abidjan", run.Output); // zone ids are completions, not help text
        if (run.Output.Contains("--zone", StringComparison.Ordinal))
        {
            Assert.Contains("--zone <zone>", run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Version_prints_the_informational_version()
    {
        var run = CliRun.Invoke("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Output);
    }

    [Fact]
    public void Version_is_the_programs_informational_version_on_one_line()
    {
        var expected = typeof(CliApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var run = CliRun.Invoke("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected + Environment.NewLine, run.Output);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void Version_after_a_command_is_still_the_parsers_business()
    {
        var run = CliRun.Invoke("diff", "--version");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["artrev: --version: no such option (nor file); see --help."], run.ErrorLines);
        Assert.Equal(string.Empty, run.Output);
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

    [Theory]
    [InlineData("init h.jsonl --id a --title T --zone Europe/K")]
    [InlineData("log h.jsonl --zone Europe/K")]
    [InlineData("import folder d h.jsonl --zone Europe/K")]
    public void Completes_time_zone_ids(string line)
    {
        var root = CliApp.CreateRoot(new CliServices(new FakeClock(CliRun.Now), () => Stream.Null, _ => null, false, null));

        var zones = root.Parse(line).GetCompletions().Select(c => c.Label).ToArray();

        Assert.Contains("Europe/Kyiv", zones);
        Assert.DoesNotContain("America/New_York", zones);
    }

    [Theory]
    [InlineData(new[] { "diff", "a.txt", "b.txt", "--format", "pdf" }, "artrev: --format: 'pdf' is not one of inline, word-diff, side-by-side, unified, json, markdown, html.")]
    [InlineData(new[] { "log", "h.jsonl", "--format", "pdf" }, "artrev: --format: 'pdf' is not one of text, json, markdown, html.")]
    [InlineData(new[] { "diff", "a.txt", "b.txt", "--color", "sometimes" }, "artrev: --color: 'sometimes' is not one of auto, always, never.")]
    [InlineData(new[] { "export", "h.jsonl", "--to", "d", "--format", "pdf" }, "artrev: --format: 'pdf' is not one of folder, mediawiki.")]
    [InlineData(new[] { "diff", "a", "b", "c", "d" }, "artrev: too many arguments: 'd' is not expected by diff; see artrev diff --help.")]
    [InlineData(new[] { "bogus" }, "artrev: 'bogus' is not a command; see artrev --help.")]
    [InlineData(new[] { "show", "h.jsonl", "-r", "99999999999" }, "artrev: --revision: '99999999999' is out of range: too large a number for this option.")]
    [InlineData(new[] { "show", "h.jsonl", "-r", "two" }, "artrev: --revision: 'two' is not a whole number.")]
    public void Parse_errors_name_the_option_at_fault_and_say_when_there_are_too_many_arguments(string[] args, string message)
    {
        var run = CliRun.Invoke(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([message], run.ErrorLines);
        Assert.Equal(string.Empty, run.Output);
    }

    public static TheoryData<string> CommandNames() => new(EveryCommand);
}
