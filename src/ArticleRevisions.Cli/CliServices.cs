using NodaTime;

namespace ArticleRevisions.Cli;

/// <summary>What commands take from the outside world, so tests can supply their own clock and standard input.</summary>
internal sealed record CliServices(IClock Clock, Func<Stream> OpenStandardInput)
{
    public static CliServices Default { get; } = new(SystemClock.Instance, Console.OpenStandardInput);
}
