using System.CommandLine;
using System.Text;
using NodaTime;
using NodaTime.Testing;

namespace ArticleRevisions.Cli.Tests;

/// <summary>What one in-process run of artrev printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>"Now" for every run: after every time the tests and fixtures use.</summary>
    public static readonly Instant Now = Instant.FromUtc(2025, 3, 1, 12, 0);

    public static CliRun Invoke(params string[] args) => InvokeWithInput(string.Empty, args);

    public static CliRun InvokeWithInput(string standardInput, params string[] args) =>
        InvokeIn(new Dictionary<string, string?>(), terminal: false, standardInput, args);

    /// <summary>Runs as if on a terminal (or not) with the given environment variables.</summary>
    public static CliRun InvokeIn(Dictionary<string, string?> environment, bool terminal, string standardInput, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var services = new CliServices(new FakeClock(Now), () => new MemoryStream(Encoding.UTF8.GetBytes(standardInput)), environment.GetValueOrDefault, terminal, terminal ? 100 : null);

        var exitCode = CliApp.Invoke(args, new InvocationConfiguration { Output = output, Error = error }, services);

        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The error output as lines, to check that an error is exactly one line.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
