using System.Collections.Immutable;
using System.CommandLine;
using ArticleRevisions.Capture.Archives;
using ArticleRevisions.Capture.Capturing;
using ArticleRevisions.Capture.Extraction;
using ArticleRevisions.Capture.Fetching;
using ArticleRevisions.Capture.Rendering;
using NodaTime;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev import wayback URL HISTORY</c>: imports every distinct archived capture of a page.</summary>
internal static class ImportWaybackCommand
{
    /// <summary>The <c>wayback</c> subcommand of <c>import</c>.</summary>
    public static Command Create(CliServices services)
    {
        var url = new Argument<string>("URL") { Description = "The page whose archived captures to import." };
        var file = new Argument<string>("HISTORY") { Description = "The history file; created when it does not exist. Must be empty or end before the first capture imported." };
        var archive = new Option<string?>("--archive") { Description = $"The archive's base URL, serving BASE/cdx/search/cdx and BASE/web/TIMESTAMP/URL (default {WaybackOptions.WaybackMachine})." };
        var rate = new Option<int>("--rate-limit") { Description = "The most requests a minute to the archive (default 20, under the Internet Archive's stated limits).", DefaultValueFactory = _ => 20 };
        rate.Validators.Add(r =>
        {
            if (CommonOptions.TryGetValue<int>(r, out var value) && value < 1)
            {
                r.AddError("--rate-limit must be 1 or more.");
            }
        });
        var declaration = CaptureCli.Declaration();
        var zone = new Option<string>("--zone") { Description = "For a new history: the IANA zone its times are shown in (default UTC).", DefaultValueFactory = _ => "UTC" };
        var timeout = CaptureCli.Timeout();
        var maxBytes = CaptureCli.MaxBytes();
        var userAgent = CaptureCli.UserAgent();
        var command = new Command("wayback", "Import every distinct capture of a page from the Wayback Machine (or another CDX archive), oldest first, each a revision observed at its capture time with the archive URL as its source. An interrupted import resumes where it stopped.")
        {
            url, file, archive, rate, declaration, zone, timeout, maxBytes, userAgent,
        };
        if (!WebVerbs.InProcess)
        {
            // Compiled out of the AOT artrev: artrev-web runs it (see WebVerbs).
            command.Action = WebVerbs.HandOver;
            return command;
        }

        command.SetAction((parseResult, cancellationToken) => CaptureCli.Run(parseResult, async (output, ct) =>
        {
            var page = CaptureCli.ParseHttpUrl(parseResult.GetValue(url)!, "URL");
            var path = parseResult.GetValue(file)!;
            var options = new WaybackOptions { RequestsPerMinute = parseResult.GetValue(rate) };
            if (parseResult.GetValue(archive) is { } baseUrl)
            {
                var uri = CaptureCli.ParseHttpUrl(baseUrl, "--archive");
                options = options with { Archive = uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/") };
            }

            var existed = File.Exists(path);
            var chosen = parseResult.GetValue(declaration) is { } name ? Declarations.Resolve(name) : null;
            using var fetcher = new PageFetcher(CaptureCli.MakeFetchOptions(parseResult, timeout, maxBytes, userAgent), services.Clock);
            var importer = new WaybackImporter(fetcher, services.Clock, options);
            var renderer = new ArchiveStepTextRenderer();
            void Report(ArchiveStep step) => renderer.Render(step, output);
            ImmutableArray<ArchiveStep> steps;
            if (existed)
            {
                steps = await importer.ImportAsync(path, page, chosen, Report, ct);
            }
            else
            {
                // The import creates the history with its first revisions; one that records none leaves no file behind.
                var zoneName = parseResult.GetValue(zone)!;
                var timeZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneName) ?? throw new CliException($"--zone '{zoneName}' is not a known time zone: use an IANA name such as Europe/Kyiv or UTC.");
                var article = new Model.Article(CaptureCommand.Slug(Path.GetFileNameWithoutExtension(path)), page.AbsoluteUri, timeZone, null, page);
                steps = await importer.ImportAsync(path, article, page, chosen, Report, ct);
            }

            var added = steps.Count(s => s.Outcome == CaptureOutcome.Added);
            if (!File.Exists(path))
            {
                parseResult.InvocationConfiguration.Error.WriteLine($"artrev: imported nothing: the archive holds no capture of {page.AbsoluteUri} that could be recorded, so {path} was not created.");
                return ExitCodes.Trouble;
            }

            output.WriteLine($"Imported {added} revision{(added == 1 ? string.Empty : "s")} from {steps.Length} new capture{(steps.Length == 1 ? string.Empty : "s")} into {path}.");
            return steps.Any(s => s.Outcome is CaptureOutcome.Failed or CaptureOutcome.Broken or CaptureOutcome.TooLarge) ? ExitCodes.Trouble : ExitCodes.Success;
        }, cancellationToken));
        return command;
    }
}
