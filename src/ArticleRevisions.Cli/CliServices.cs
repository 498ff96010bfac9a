using NodaTime;

namespace ArticleRevisions.Cli;

/// <summary>What commands take from the outside world, so tests can supply their own clock, input and terminal.</summary>
/// <param name="Clock">Supplies "now".</param>
/// <param name="OpenStandardInput">Opens standard input, read when a file argument is <c>-</c>.</param>
/// <param name="GetEnvironmentVariable">Reads an environment variable, such as <c>NO_COLOR</c>.</param>
/// <param name="OutputIsTerminal">Whether standard output is a terminal (colour in auto mode, the width of side-by-side output).</param>
/// <param name="TerminalWidth">The terminal's width in columns, when known.</param>
internal sealed record CliServices(
    IClock Clock,
    Func<Stream> OpenStandardInput,
    Func<string, string?> GetEnvironmentVariable,
    bool OutputIsTerminal,
    int? TerminalWidth)
{
    /// <summary>Gets whether standard error is a terminal (a long import shows its progress there).</summary>
    public bool ErrorIsTerminal { get; init; }

    public static CliServices Default { get; } = CreateDefault();

    private static CliServices CreateDefault()
    {
        var outputIsTerminal = StandardStreams.OutputIsTerminal();
        return new(SystemClock.Instance, StandardStreams.OpenInput, Environment.GetEnvironmentVariable, outputIsTerminal, outputIsTerminal ? StandardStreams.TerminalWidth() : null)
        {
            ErrorIsTerminal = StandardStreams.ErrorIsTerminal(),
        };
    }
}
