using System.CommandLine;
using ArticleRevisions.Capture.Capturing;
using ArticleRevisions.Capture.Extraction;
using ArticleRevisions.Capture.Fetching;
using ArticleRevisions.Capture.Rendering;
using ArticleRevisions.Model;
using ArticleRevisions.Rendering;
using NodaTime;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev capture HISTORY [URL]</c>: fetches the page once and records what changed.</summary>
internal static class CaptureCommand
{
    public static Command Create(CliServices services)
    {
        var file = new Argument<string>("HISTORY") { Description = "The history file; created when it does not exist (then URL is needed)." };
        var url = new Argument<string?>("URL") { Description = "The page to capture; default: the history's source.", Arity = ArgumentArity.ZeroOrOne };
        var declaration = CaptureCli.Declaration();
        var automatic = new Option<bool>("--automatic") { Description = "Use the automatic (Readability-style) extractor even where a shipped declaration applies." };
        var reextract = new Option<bool>("--reextract") { Description = "Do not fetch: rerun extraction on the raw page kept for the current text, and record a re-extraction if the text differs." };
        var id = new Option<string?>("--id") { Description = "For a new history: the article's slug (default: from the file name)." };
        var zone = new Option<string>("--zone") { Description = "For a new history: the IANA zone its times are shown in (default UTC).", DefaultValueFactory = _ => "UTC" };
        var language = new Option<string>("--language") { Description = "For a new history: its BCP 47 language tag (default und).", DefaultValueFactory = _ => Article.UndeterminedLanguage };
        var timeout = CaptureCli.Timeout();
        var maxBytes = CaptureCli.MaxBytes();
        var userAgent = CaptureCli.UserAgent();
        var format = CaptureCli.Format("Output format: text (one line) or json (the artrev-capture document).");

        var command = new Command("capture", "Fetch a page once, extract its article and append it to the history when its text changed; a page that disappears or comes back is recorded as an event.\nExit codes: 0 captured (changed or not), 2 trouble (the fetch failed, the source is broken or too large).")
        {
            file, url, declaration, automatic, reextract, id, zone, language, timeout, maxBytes, userAgent, format,
        };
        if (!WebVerbs.InProcess)
        {
            // Compiled out of the AOT artrev: artrev-web runs it (see WebVerbs).
            command.Action = WebVerbs.HandOver;
            return command;
        }

        command.SetAction((parseResult, cancellationToken) => CaptureCli.Run(parseResult, async (output, ct) =>
        {
            var path = parseResult.GetValue(file)!;
            var uri = parseResult.GetValue(url) is { } text ? CaptureCli.ParseHttpUrl(text, "URL") : null;
            var json = parseResult.GetValue(format) == ReportFormat.Json;
            var existed = File.Exists(path);
            var doReextract = parseResult.GetValue(reextract);
            var request = new CaptureRequest
            {
                Url = uri,
                Declaration = parseResult.GetValue(declaration) is { } name ? Declarations.Resolve(name) : null,
                Automatic = parseResult.GetValue(automatic),

                // A new history is created by the capture, with what it records first; one that records nothing leaves no file.
                Article = existed || doReextract ? null : NewArticle(path, uri, parseResult.GetValue(id), parseResult.GetValue(zone)!, parseResult.GetValue(language)!),
            };
            using var fetcher = new PageFetcher(CaptureCli.MakeFetchOptions(parseResult, timeout, maxBytes, userAgent), services.Clock);
            var capturer = new PageCapturer(fetcher, services.Clock);
            var result = doReextract
                ? capturer.ReExtract(path, request)
                : await capturer.CaptureAsync(path, request, ct);
            var failed = result.Outcome is CaptureOutcome.Failed or CaptureOutcome.Broken or CaptureOutcome.TooLarge;
            if (!existed && !json && File.Exists(path))
            {
                output.WriteLine($"Created {path}.");
            }

            IRenderer<CaptureResult> renderer = json ? new CaptureJsonRenderer() : new CaptureTextRenderer();
            renderer.Render(result, failed && !json ? parseResult.InvocationConfiguration.Error : output);
            return failed ? ExitCodes.Trouble : ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    /// <summary>The article of a history <c>capture</c> is to create, from the URL and the options.</summary>
    private static Article NewArticle(string path, Uri? uri, string? id, string zone, string language)
    {
        if (uri is null)
        {
            throw new CliException($"{path}: no such file; give the URL to capture, and the history is created.");
        }

        var slug = id ?? Slug(Path.GetFileNameWithoutExtension(path));
        if (!Article.IsValidId(slug))
        {
            throw new CliException($"--id '{slug}' is not a slug: use lowercase letters and digits joined by '-', '_' or '.'.");
        }

        var timeZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) ?? throw new CliException($"--zone '{zone}' is not a known time zone: use an IANA name such as Europe/Kyiv or UTC.");
        if (!Article.IsValidLanguage(language))
        {
            throw new CliException($"--language '{language}' is not a BCP 47 tag such as en or uk-UA.");
        }

        return new Article(slug, uri.AbsoluteUri, timeZone, language, uri);
    }

    /// <summary>A slug made from a file name or URL: lowercase letters and digits joined by '-'.</summary>
    public static string Slug(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length == 0 ? "article" : slug.Length > 80 ? slug[..80].TrimEnd('-') : slug;
    }
}
