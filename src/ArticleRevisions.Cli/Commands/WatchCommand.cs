using System.CommandLine;
using ArticleRevisions.Capture.Capturing;
using ArticleRevisions.Capture.Fetching;
using ArticleRevisions.Capture.Rendering;
using ArticleRevisions.Capture.Watching;
using ArticleRevisions.Model;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev watch DIR</c> and its subcommands <c>add</c>, <c>list</c>, <c>remove</c>: keeps watch over a collection.</summary>
internal static class WatchCommand
{
    public static Command Create(CliServices services)
    {
        var directory = new Argument<string>("DIR") { Description = "The collection's folder (its watch list is DIR/watch.json; one history per article, DIR/ID.jsonl)." };
        var once = new Option<bool>("--once") { Description = "Run one round over the sources that are due, then exit (for cron and CI)." };
        var all = new Option<bool>("--all") { Description = "With --once: check every source now, due or not." };
        var maxConcurrent = new Option<int>("--max-concurrent") { Description = "The most requests at once across hosts; never more than one per host (default 8).", DefaultValueFactory = _ => 8 };
        maxConcurrent.Validators.Add(r =>
        {
            if (CommonOptions.TryGetValue<int>(r, out var value) && value < 1)
            {
                r.AddError("--max-concurrent must be 1 or more.");
            }
        });
        var alertOn = new Option<string?>("--alert-on") { Description = "Raise alerts for substantive edits (stealth or not) or only stealth ones; default: the watch list's setting (substantive)." };
        alertOn.AcceptOnlyFromAmong("substantive", "stealth");
        var phrases = new Option<string[]>("--phrase") { Description = "Alert only for edits that add, remove or change this phrase (repeatable).", AllowMultipleArgumentsPerToken = false };
        var webhook = new Option<string?>("--webhook") { Description = "POST each alert's JSON to this URL too." };
        var timeout = CaptureCli.Timeout();
        var maxBytes = CaptureCli.MaxBytes();
        var userAgent = CaptureCli.UserAgent();
        var format = CaptureCli.Format("Output format: text (one line per event; a progress line on a terminal) or json (JSON Lines, one artrev-watch-log object per event and per round).");

        var command = new Command("watch", "Keep watch over a collection until stopped (Ctrl-C or SIGTERM): check each source on its interval, thinning out checks of pages that stopped changing; record changes, disappearances and returns; add feeds' new entries; write alerts to DIR/alerts.atom.\nExit codes: 0 stopped cleanly (or --once finished), 2 trouble.")
        {
            directory, once, all, maxConcurrent, alertOn, phrases, webhook, timeout, maxBytes, userAgent, format,
        };
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        if (!WebVerbs.InProcess)
        {
            // Compiled out of the AOT artrev: artrev-web runs it (see WebVerbs).
            command.Action = WebVerbs.HandOver;
            return command;
        }

        command.SetAction((parseResult, cancellationToken) => CaptureCli.Run(parseResult, async (output, ct) =>
        {
            var dir = ExistingCollection(parseResult.GetValue(directory)!);
            var list = WatchListFile.Load(dir);
            var alerts = list.Alerts;
            if (parseResult.GetValue(alertOn) is { } on)
            {
                alerts = alerts with { On = on == "stealth" ? AlertFilter.Stealth : AlertFilter.Substantive };
            }

            if (parseResult.GetValue(phrases) is { Length: > 0 } wanted)
            {
                alerts = alerts with { Phrases = [.. wanted] };
            }

            if (parseResult.GetValue(webhook) is { } hook)
            {
                alerts = alerts with { Webhook = CaptureCli.ParseHttpUrl(hook, "--webhook") };
            }

            using var fetcher = new PageFetcher(CaptureCli.MakeFetchOptions(parseResult, timeout, maxBytes, userAgent), services.Clock);
            var watcher = new Watcher(dir, fetcher, services.Clock, new WatchOptions { MaxConcurrent = parseResult.GetValue(maxConcurrent), Alerts = alerts, IgnoreSchedule = parseResult.GetValue(all) && parseResult.GetValue(once) });
            var json = parseResult.GetValue(format) == ReportFormat.Json;
            var report = new WatchConsole(output, json, services.OutputIsTerminal);
            if (parseResult.GetValue(once))
            {
                await watcher.RunOnceAsync(report, ct);
            }
            else
            {
                await watcher.RunAsync(report, ct);
            }

            report.Stop(ct.IsCancellationRequested);
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command Add()
    {
        var directory = new Argument<string>("DIR") { Description = "The collection's folder; created when missing." };
        var url = new Argument<string>("URL") { Description = "The page (or, with --feed, the RSS or Atom feed) to watch." };
        var id = new Option<string?>("--id") { Description = "The source's slug; its history is DIR/ID.jsonl (default: from the URL)." };
        var zone = new Option<string>("--zone") { Description = "The IANA zone its times are shown in (default UTC).", DefaultValueFactory = _ => "UTC" };
        var language = new Option<string>("--language") { Description = "Its BCP 47 language tag (default und).", DefaultValueFactory = _ => Article.UndeterminedLanguage };
        var feed = new Option<bool>("--feed") { Description = "URL is an RSS or Atom feed: each new entry's page is added as an article to watch." };
        var interval = new Option<string>("--interval") { Description = "How often to check while it keeps changing: 90s, 15m, 1h, 1h30m, 1d (default 15m).", DefaultValueFactory = _ => "15m" };
        var declaration = CaptureCli.Declaration();
        var command = new Command("add", "Add a page or feed to a collection's watch list.") { directory, url, id, zone, language, feed, interval, declaration };
        if (!WebVerbs.InProcess)
        {
            // Compiled out of the AOT artrev: artrev-web runs it (see WebVerbs).
            command.Action = WebVerbs.HandOver;
            return command;
        }

        command.SetAction((parseResult, cancellationToken) => CaptureCli.Run(parseResult, (output, _) =>
        {
            var dir = parseResult.GetValue(directory)!;
            var uri = CaptureCli.ParseHttpUrl(parseResult.GetValue(url)!, "URL");
            var zoneName = parseResult.GetValue(zone)!;
            var timeZone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneName) ?? throw new CliException($"--zone '{zoneName}' is not a known time zone: use an IANA name such as Europe/Kyiv or UTC.");
            var tag = parseResult.GetValue(language)!;
            if (!Article.IsValidLanguage(tag))
            {
                throw new CliException($"--language '{tag}' is not a BCP 47 tag such as en or uk-UA.");
            }

            var intervalText = parseResult.GetValue(interval)!;
            if (!IntervalText.TryParse(intervalText, out var every))
            {
                throw new CliException($"--interval '{intervalText}' is not an interval such as 90s, 15m, 1h or 1h30m.");
            }

            if (parseResult.GetValue(declaration) is { } name)
            {
                Capture.Extraction.Declarations.Resolve(File.Exists(Path.Combine(dir, name)) ? Path.Combine(dir, name) : name);
            }

            WatchSource? added = null;
            WatchListFile.Update(dir, list =>
            {
                var slug = parseResult.GetValue(id) ?? list.FreeIdFor(uri);
                added = new WatchSource(slug, uri, parseResult.GetValue(feed) ? WatchSourceKind.Feed : WatchSourceKind.Page, every)
                {
                    Zone = timeZone,
                    Language = tag,
                    Declaration = parseResult.GetValue(declaration),
                };
                return list.Add(added);
            });
            output.WriteLine($"Added {(added!.Kind == WatchSourceKind.Feed ? "feed" : "page")} '{added.Id}' ({added.Url}), every {IntervalText.Format(added.Interval)}.");
            return Task.FromResult(ExitCodes.Success);
        }, cancellationToken));
        return command;
    }

    private static Command List()
    {
        var directory = new Argument<string>("DIR") { Description = "The collection's folder." };
        var command = new Command("list", "List a collection's sources: id, kind, interval, revisions, state and URL.") { directory };
        if (!WebVerbs.InProcess)
        {
            // Compiled out of the AOT artrev: artrev-web runs it (see WebVerbs).
            command.Action = WebVerbs.HandOver;
            return command;
        }

        command.SetAction((parseResult, cancellationToken) => CaptureCli.Run(parseResult, (output, _) =>
        {
            var dir = ExistingCollection(parseResult.GetValue(directory)!);
            new WatchListTextRenderer().Render(WatchListing.Read(dir), output);
            return Task.FromResult(ExitCodes.Success);
        }, cancellationToken));
        return command;
    }

    private static Command Remove()
    {
        var directory = new Argument<string>("DIR") { Description = "The collection's folder." };
        var id = new Argument<string>("ID") { Description = "The source to stop watching; its history file is kept." };
        var command = new Command("remove", "Stop watching a source; its history is kept.") { directory, id };
        if (!WebVerbs.InProcess)
        {
            // Compiled out of the AOT artrev: artrev-web runs it (see WebVerbs).
            command.Action = WebVerbs.HandOver;
            return command;
        }

        command.SetAction((parseResult, cancellationToken) => CaptureCli.Run(parseResult, (output, _) =>
        {
            var dir = ExistingCollection(parseResult.GetValue(directory)!);
            var slug = parseResult.GetValue(id)!;
            WatchListFile.Update(dir, list => list.Remove(slug));
            output.WriteLine($"Removed '{slug}' from the watch list; {Path.Combine(dir, slug + ".jsonl")} is kept.");
            return Task.FromResult(ExitCodes.Success);
        }, cancellationToken));
        return command;
    }

    private static string ExistingCollection(string dir) =>
        File.Exists(Path.Combine(dir, WatchListFile.FileName))
            ? dir
            : throw new CliException($"{dir}: no watch list here ({WatchListFile.FileName}); add a source first with 'artrev watch add {dir} URL'.");
}
