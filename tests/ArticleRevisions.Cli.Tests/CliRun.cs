using System.CommandLine;
using System.Text;
using NodaTime;
using NodaTime.Testing;

namespace ArticleRevisions.Cli.Tests;

/// <summary>What one in-process run of artrev printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static readonly Instant Now = Instant.FromUtc(2025, 1, 7, 12, 0);

    public static CliRun Invoke(params string[] args) => InvokeWithInput(string.Empty, args);

    public static CliRun InvokeWithInput(string standardInput, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var services = new CliServices(new FakeClock(Now), () => new MemoryStream(Encoding.UTF8.GetBytes(standardInput)));

        var exitCode = CliApp.Invoke(args, new InvocationConfiguration { Output = output, Error = error }, services);

        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>The error output as lines, to check that an error is exactly one line.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
