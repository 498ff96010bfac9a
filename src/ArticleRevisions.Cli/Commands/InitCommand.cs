using System.CommandLine;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev init FILE [--id ID] --title T</c>: creates an empty history file.</summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The history file to create (conventionally NAME.jsonl); it must not exist." };
        var id = new Option<string?>("--id") { Description = "The article's slug, e.g. general-staff-kursk. Default: FILE's name without its extension, when that is a slug." };
        id.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string?>();
            if (value is not null && !Article.IsValidId(value))
            {
                r.AddError($"--id '{value}' is not a slug: use lowercase letters and digits joined by '-', '_' or '.'.");
            }
        });
        var title = new Option<string>("--title") { Description = "The article's title.", Required = true };
        title.Validators.Add(r =>
        {
            if (string.IsNullOrWhiteSpace(r.GetValueOrDefault<string>()))
            {
                r.AddError("--title must not be empty.");
            }
        });
        var source = new Option<Uri?>("--source") { Description = "Where the article is published (an absolute URI).", CustomParser = CommonOptions.ParseSource };
        var language = new Option<string>("--language") { Description = "The article's BCP 47 language tag, e.g. en or uk.", DefaultValueFactory = _ => Article.UndeterminedLanguage };
        language.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string>();
            if (!Article.IsValidLanguage(value))
            {
                r.AddError($"--language '{value}' is not a BCP 47 tag such as en or uk-UA.");
            }
        });
        var zone = CommonOptions.WithZoneCompletions(new Option<DateTimeZone>("--zone")
        {
            Description = "The IANA time zone the article's times are shown in, e.g. Europe/Kyiv.",
            DefaultValueFactory = _ => DateTimeZone.Utc,
            CustomParser = r => CommonOptions.ParseZone(r) ?? DateTimeZone.Utc,
        });

        var command = new Command("init", "Create an empty history file for an article.") { file, id, title, source, language, zone };
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var path = parseResult.GetValue(file)!;
            if (path.Length == 0)
            {
                throw new CliException("FILE is empty; give the path of the history file to create.");
            }

            var article = new Article(
                parseResult.GetValue(id) ?? IdFromName(path),
                parseResult.GetValue(title)!,
                parseResult.GetValue(zone)!,
                parseResult.GetValue(language),
                parseResult.GetValue(source));

            if (File.Exists(path) || Directory.Exists(path))
            {
                throw new CliException($"{path}: already exists; artrev init never overwrites a file.");
            }

            HistoryFile.Create(path, article);
            output.WriteLine($"Created {path} for '{article.Id}' (zone {article.Zone.Id}, language {article.Language}).");
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The id a history takes from its file's name (<c>general-staff-kursk.jsonl</c> → <c>general-staff-kursk</c>).</summary>
    private static string IdFromName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        return Article.IsValidId(name)
            ? name
            : throw new CliException($"{path}: the file's name '{name}' is not a slug to use as the article's id; give --id, e.g. --id general-staff-kursk.");
    }
}
