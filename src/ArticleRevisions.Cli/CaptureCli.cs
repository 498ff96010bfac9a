using System.CommandLine;
using ArticleRevisions.Capture.Capturing;
using ArticleRevisions.Capture.Extraction;
using ArticleRevisions.Capture.Fetching;
using ArticleRevisions.Capture.Watching;
using NodaTime;

namespace ArticleRevisions.Cli;

/// <summary>What the capture verbs (capture, watch, import wayback) share: their fetch options and how their errors become one line.</summary>
internal static class CaptureCli
{
    public static Option<double> Timeout() => Positive(new Option<double>("--timeout") { Description = "Seconds one request may take, headers and body (default 30).", DefaultValueFactory = _ => 30 });

    public static Option<long> MaxBytes() => Positive(new Option<long>("--max-bytes") { Description = "The largest page read, in bytes; a longer one is cut there and reported (default 10485760, 10 MiB).", DefaultValueFactory = _ => 10L * 1024 * 1024 });

    public static Option<string?> UserAgent() => new("--user-agent") { Description = $"The User-Agent sent (default: {FetchOptions.DefaultUserAgent})." };

    /// <summary>The output format of capture and watch: text (lines) or JSON; the report formats beyond those do not apply.</summary>
    public static Option<ReportFormat> Format(string description) =>
        CommonOptions.Choice(new Option<ReportFormat>("--format", "-f") { Description = description, DefaultValueFactory = _ => ReportFormat.Text }, [("text", ReportFormat.Text), ("json", ReportFormat.Json)]);

    public static Option<string?> Declaration() => new("--declaration") { Description = "Extract with this declaration: a shipped one (telegram-post) or a JSON file with CSS selectors to keep and remove. Default: a shipped declaration for the URL's host, else the automatic extractor." };

    public static FetchOptions MakeFetchOptions(ParseResult parseResult, Option<double> timeout, Option<long> maxBytes, Option<string?> userAgent) => new()
    {
        Timeout = Duration.FromMilliseconds(parseResult.GetValue(timeout) * 1000),
        MaxBytes = parseResult.GetValue(maxBytes),
        UserAgent = parseResult.GetValue(userAgent) ?? FetchOptions.DefaultUserAgent,
    };

    public static Uri ParseHttpUrl(string value, string what) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : throw new CliException($"{what} '{value}' is not an http or https URL.");

    /// <summary>Runs an asynchronous command body with the parse result's writers, turning capture's expected errors into one line and exit 2.</summary>
    public static Task<int> Run(ParseResult parseResult, Func<TextWriter, CancellationToken, Task<int>> body, CancellationToken cancellationToken) =>
        Task.FromResult(CommandRunner.Run(parseResult, output =>
        {
            try
            {
                // The commands run on the invocation's thread; System.CommandLine's own synchronous wrapper does the same.
                return body(output, cancellationToken).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is DeclarationException or CaptureException or WatchListException)
            {
                throw new CliException(e.Message);
            }
            catch (InvalidDataException e)
            {
                throw new CliException(e.Message);
            }
        }));

    private static Option<T> Positive<T>(Option<T> option)
        where T : System.Numerics.INumber<T>
    {
        option.Validators.Add(r =>
        {
            if (CommonOptions.TryGetValue<T>(r, out var value) && value <= T.Zero)
            {
                r.AddError($"{option.Name} must be more than 0.");
            }
        });
        return option;
    }
}
