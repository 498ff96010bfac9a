using System.CommandLine;
using System.Diagnostics;
using ArticleRevisions.Import;
using ArticleRevisions.Import.Folders;
using ArticleRevisions.Import.Git;
using ArticleRevisions.Import.MediaWiki;
using ArticleRevisions.Import.Rendering;
using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Cli.Commands;

// Arguments are required, so GetValue never returns null for them (hence the !).
/// <summary><c>artrev import folder|mediawiki|git</c>: brings versions people already keep into histories.</summary>
internal static class ImportCommand
{
    public static Command Create(CliServices services) => new("import", "Import versions kept elsewhere: a folder of snapshots, a MediaWiki XML export, a file's git history, or a page's captures in a web archive. Into an existing history only revisions newer than its latest are appended; each history is written whole or not at all.")
    {
        Folder(),
        MediaWiki(services),
        Git(),
        ImportWaybackCommand.Create(services),
    };

    private static Command Folder()
    {
        var directory = new Argument<string>("DIR") { Description = "The folder of snapshots: times from its manifest.tsv or manifest.csv (file, time, and optionally observed, editor, note, title, source, raw, raw-type, attr:KEY) and events from its events.tsv, or ISO-8601 times in the file names (2025-01-07T10-12-00Z.txt)." };
        var history = new Argument<string>("HISTORY") { Description = "The history file to create or append to." };
        var naming = new NamingOptions();
        var command = new Command("folder", "Import a folder of saved versions into one history.") { directory, history };
        naming.AddTo(command);
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var report = FolderImporter.Import(parseResult.GetValue(directory)!, parseResult.GetValue(history)!, naming.Read(parseResult));
            ImportReportRenderer.Write(report, output);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command MediaWiki(CliServices services)
    {
        var file = new Argument<string>("FILE") { Description = "The MediaWiki XML export or dump (Special:Export, schema 0.3 to 0.11; plain or .gz), or - to read standard input." };
        var folder = new Argument<string>("OUTDIR") { Description = "The collection folder: one history per page, named from its title (created when absent)." };
        var zone = NamingOptions.ZoneOption("The IANA zone new histories show their times in (default UTC; MediaWiki times are UTC instants either way).");
        var language = NamingOptions.LanguageOption("The BCP 47 language of new histories (default: the wiki's, from the export).");
        var command = new Command("mediawiki", "Import every page of a MediaWiki export, one history per page, streamed in bounded memory.") { file, folder, zone, language };
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var options = new NewHistoryOptions { Zone = NamingOptions.Zone(parseResult.GetValue(zone)), Language = parseResult.GetValue(language) };
            var progress = services.ErrorIsTerminal ? new TerminalProgress(parseResult.InvocationConfiguration.Error) : null;
            var input = parseResult.GetValue(file)!;
            try
            {
                ImportReport report;
                if (input == "-")
                {
                    using var stdin = services.OpenStandardInput();
                    report = MediaWikiImporter.Import(stdin, "-", parseResult.GetValue(folder)!, options, progress);
                }
                else
                {
                    report = MediaWikiImporter.Import(input, parseResult.GetValue(folder)!, options, progress);
                }

                progress?.Clear();
                ImportReportRenderer.Write(report, output);
                return ExitCodes.Success;
            }
            finally
            {
                progress?.Clear();
            }
        }));
        return command;
    }

    private static Command Git()
    {
        var repository = new Argument<string>("REPO") { Description = "The git repository's folder (the git program must be installed)." };
        var path = new Argument<string>("PATH") { Description = "The file's path in the repository, as it is called now; renames are followed back." };
        var history = new Argument<string>("HISTORY") { Description = "The history file to create or append to." };
        var naming = new NamingOptions();
        var command = new Command("git", "Import the history of one file in a git repository: each commit that changed it, at its author date, with its author and subject.") { repository, path, history };
        naming.AddTo(command);
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var report = GitImporter.Import(parseResult.GetValue(repository)!, parseResult.GetValue(path)!, parseResult.GetValue(history)!, naming.Read(parseResult));
            ImportReportRenderer.Write(report, output);
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The options that describe a new history, as <c>init</c> has them.</summary>
    private sealed class NamingOptions
    {
        private readonly Option<string?> id = new("--id") { Description = "The new history's slug (default: from the history file's name)." };
        private readonly Option<string?> title = new("--title") { Description = "The new history's title (default: the folder's or file's name)." };
        private readonly Option<string?> zone = ZoneOption("The IANA zone of a new history, in which local times in file names and manifests are read (default UTC).");
        private readonly Option<string?> language = LanguageOption("The new history's BCP 47 language tag (default und).");
        private readonly Option<string?> source = new("--source") { Description = "Where the article is published (an absolute URI)." };

        public NamingOptions()
        {
            id.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<string?>() is { } value && !Article.IsValidId(value))
                {
                    r.AddError($"--id '{value}' is not a slug (lowercase letters and digits joined by '-', '_' or '.').");
                }
            });
            source.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<string?>() is { } value && !Article.TryParseSource(value, out _))
                {
                    r.AddError($"--source '{value}' is not an absolute URI with a scheme, such as https://….");
                }
            });
        }

        public static Option<string?> ZoneOption(string description)
        {
            var option = CommonOptions.WithZoneCompletions(new Option<string?>("--zone") { Description = description });
            option.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<string?>() is { } value && DateTimeZoneProviders.Tzdb.GetZoneOrNull(value) is null)
                {
                    r.AddError($"--zone '{value}' is not a known time zone: use an IANA name such as Europe/Kyiv or UTC.");
                }
            });
            return option;
        }

        public static Option<string?> LanguageOption(string description)
        {
            var option = new Option<string?>("--language") { Description = description };
            option.Validators.Add(r =>
            {
                if (r.GetValueOrDefault<string?>() is { } value && !Article.IsValidLanguage(value))
                {
                    r.AddError($"--language '{value}' is not a BCP 47 tag such as 'en' or 'uk-UA'.");
                }
            });
            return option;
        }

        public static DateTimeZone? Zone(string? name) => name is null ? null : DateTimeZoneProviders.Tzdb[name];

        public void AddTo(Command command)
        {
            command.Options.Add(id);
            command.Options.Add(title);
            command.Options.Add(zone);
            command.Options.Add(language);
            command.Options.Add(source);
        }

        public NewHistoryOptions Read(ParseResult parseResult) => new()
        {
            Id = parseResult.GetValue(id),
            Title = parseResult.GetValue(title),
            Zone = Zone(parseResult.GetValue(zone)),
            Language = parseResult.GetValue(language),
            Source = parseResult.GetValue(source) is { } uri && Article.TryParseSource(uri, out var parsed) ? parsed : null,
        };
    }

    /// <summary>Shows the import's progress on one terminal line on standard error, at most four times a second.</summary>
    private sealed class TerminalProgress(TextWriter error) : IProgress<ImportProgress>
    {
        private readonly Stopwatch clock = Stopwatch.StartNew();
        private TimeSpan? last;
        private bool shown;

        public void Report(ImportProgress value)
        {
            if (last is { } previous && clock.Elapsed - previous < TimeSpan.FromMilliseconds(250))
            {
                return;
            }

            last = clock.Elapsed;
            error.Write($"\r\u001b[K{ImportProgressRenderer.Format(value)}");
            error.Flush();
            shown = true;
        }

        public void Clear()
        {
            if (shown)
            {
                error.Write("\r\u001b[K");
                error.Flush();
                shown = false;
            }
        }
    }
}
