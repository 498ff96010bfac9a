using System.CommandLine;
using System.CommandLine.Parsing;
using NodaTime.Testing;

namespace ArticleRevisions.Cli.Tests;

/// <summary>
/// A run whose arguments cannot reach help, --version, a directive or a response file is parsed by a plain root
/// (CliApp.CreateLeanRoot); these tests hold it to parsing every such argument list exactly as the full root does.
/// </summary>
public class LeanRootTests
{
    private static readonly CliServices Services = new(new FakeClock(CliRun.Now), () => Stream.Null, _ => null, false, null);

    public static TheoryData<string[]> LeanArguments() => new(
        ["diff", "a.txt", "b.txt"],
        ["diff", "a.txt", "b.txt", "--format", "word-diff"],
        ["diff", "a.txt", "b.txt", "-f", "json", "-w", "-i", "--stat"],
        ["diff", "a.txt", "b.txt", "-wi"],
        ["diff", "a.txt", "b.txt", "-wx"],
        ["diff", "a.txt", "b.txt", "-U3"],
        ["diff", "a.txt", "b.txt", "-U", "x"],
        ["diff", "a.txt", "b.txt", "--unified=2"],
        ["diff", "a.txt", "b.txt", "--unified:-1"],
        ["diff", "a.txt", "b.txt", "--format:pdf"],
        ["diff", "a.txt", "b.txt", "--format", "side-by-side", "--width", "80", "--color", "always"],
        ["diff", "a.txt", "b.txt", "--width", "10"],
        ["diff", "a.txt", "b.txt", "--stylesheet", "s.css"],
        ["diff", "a.txt", "b.txt", "-o", ""],
        ["diff", "a", "b", "c", "d"],
        ["diff"],
        ["diff", "--", "-x", "b.txt"],
        ["diff", "a.txt", "b.txt", "--bogus"],
        ["diff", "a.txt", "b.txt", "-z"],
        ["diff", "/home/reader/old.txt", "/hx/new.txt"],
        ["diff", "-", "b.txt"],
        ["diff", "artrev", "diff"],
        ["log", "h.jsonl", "--zone", "Europe/Kyiv", "--format", "json"],
        ["log", "h.jsonl", "--zone", "Mars/Olympus"],
        ["show", "h.jsonl", "--revision", "2"],
        ["show", "h.jsonl", "--revision", "two"],
        ["add", "h.jsonl", "t.txt", "--at", "2025-01-07T10:12", "--editor", "Desk"],
        ["blame", "h.jsonl", "--format", "markdown", "--granularity", "word"],
        ["search", "h.jsonl", "new offensive", "-i"],
        ["timeline", "h.jsonl", "--zone", "UTC"],
        ["import", "folder", "d", "h.jsonl", "--zone", "Europe/Kyiv"],
        ["import", "nothing"],
        ["watch", "add", "desk/", "https://example.org/", "--interval", "30m"],
        ["capture", "h.jsonl", "https://example.org/"],
        ["verify", "h.jsonl", "--expect-sha256", "00"],
        ["export", "h.jsonl", "--to", "d", "--format", "pdf"]);

    [Theory]
    [MemberData(nameof(LeanArguments))]
    public void Parses_like_the_full_root(string[] args)
    {
        Assert.False(CliApp.CanReachRootExtras(args));

        var lean = CliApp.CreateLeanRoot(Services, args[0]).Parse(args);
        var full = CliApp.CreateRoot(Services).Parse(args);

        Assert.Equal(Describe(full), Describe(lean));
    }

    [Theory]
    [MemberData(nameof(LeanArguments))]
    public void Runs_like_the_full_root(string[] args)
    {
        var lean = Run(CliApp.CreateLeanRoot(Services, args[0]), args);
        var full = Run(CliApp.CreateRoot(Services), args);

        Assert.Equal(full, lean);
    }

    [Fact]
    public void Is_named_as_the_root_command_is()
    {
        var root = CliApp.CreateLeanRoot(Services, "diff");

        Assert.Equal(RootCommand.ExecutableName, root.Name);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("/h")]
    [InlineData("-?")]
    [InlineData("/?")]
    [InlineData("-wh")]
    [InlineData("-w?")]
    [InlineData("-h:x")]
    [InlineData("--help=x")]
    [InlineData("/h:x")]
    [InlineData("/?=x")]
    [InlineData("--version")]
    [InlineData("--version:x")]
    [InlineData("@arguments.rsp")]
    [InlineData("[suggest]")]
    [InlineData("[diagram]")]
    public void Arguments_that_can_reach_help_version_directives_or_response_files_take_the_full_root(string arg)
    {
        Assert.True(CliApp.CanReachRootExtras(["diff", "a.txt", "b.txt", arg]));
    }

    [Theory]
    [InlineData("a.txt")]
    [InlineData("/home/reader/a.txt")]
    [InlineData("/hello")]
    [InlineData("/h.txt")]
    [InlineData("--width")]
    [InlineData("--helpful")]
    [InlineData("--versions")]
    [InlineData("-U3")]
    [InlineData("-wi")]
    [InlineData("--")]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("a@b.txt")]
    public void Other_arguments_do_not(string arg)
    {
        Assert.False(CliApp.CanReachRootExtras(["diff", "a.txt", arg]));
    }

    [Fact]
    public void A_bundled_help_option_still_shows_the_commands_help()
    {
        var run = CliRun.Invoke("diff", "a.txt", "b.txt", "-wh");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
        Assert.Contains("Examples:", run.Output, StringComparison.Ordinal);
    }

    /// <summary>Everything a parse decides: the command, every token with its kind and owner, the errors, the unmatched tokens.</summary>
    private static string Describe(ParseResult result)
    {
        var lines = new List<string> { $"command {result.CommandResult.Command.Name} (parents: {result.CommandResult.Command.Parents.Count()})" };
        lines.AddRange(result.Tokens.Select(t => $"token {t.Type} '{t.Value}' of {Owner(t, result)}"));
        lines.AddRange(result.Errors.Select(e => $"error {e.Message} at {e.SymbolResult?.GetType().Name}"));
        lines.AddRange(result.UnmatchedTokens.Select(t => $"unmatched '{t}'"));
        lines.Add($"action {result.Action?.GetType().Name}");
        return string.Join('\n', lines);
    }

    private static string Owner(Token token, ParseResult result) =>
        result.GetResult(result.CommandResult.Command) is { } command && command.Tokens.Contains(token) ? "the command" : "another symbol";

    /// <summary>The exit code and the text of a run through <see cref="CliApp.Invoke"/>'s error path with the given root.</summary>
    private static (int, string, string) Run(Command root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Action is System.CommandLine.Invocation.ParseErrorAction)
        {
            var first = parsed.Errors.FirstOrDefault(e => !e.Message.StartsWith("Required command", StringComparison.Ordinal)) ?? parsed.Errors[0];
            return (2, string.Empty, ParseErrors.OneLine(first, parsed.CommandResult.Command));
        }

        return (0, string.Join(',', parsed.CommandResult.Children.Select(c => c switch
        {
            OptionResult o => $"{o.Option.Name}={string.Join('|', o.Tokens.Select(t => t.Value))}",
            ArgumentResult a => $"{a.Argument.Name}={string.Join('|', a.Tokens.Select(t => t.Value))}",
            _ => c.GetType().Name,
        })), string.Empty);
    }
}
