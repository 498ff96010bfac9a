using System.CommandLine;
using System.CommandLine.Parsing;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Cli;

/// <summary>Arguments and options several commands share, built and validated the same way everywhere.</summary>
internal static class CommonOptions
{
    private static readonly (string Name, ReportFormat Value)[] ReportFormats =
        [("text", ReportFormat.Text), ("json", ReportFormat.Json), ("markdown", ReportFormat.Markdown), ("html", ReportFormat.Html)];

    /// <summary>The history file every history command reads: it must exist and be a file.</summary>
    public static Argument<FileInfo> HistoryFile() => ExistingFile(new Argument<FileInfo>("FILE") { Description = "The history file." });

    /// <summary>Makes an argument accept only the path of an existing file, naming the path when it is not one.</summary>
    public static Argument<FileInfo> ExistingFile(Argument<FileInfo> argument)
    {
        argument.CustomParser = r =>
        {
            var path = r.Tokens[0].Value;
            var error = path.Length == 0 ? "a file name is empty; give the path of a file."
                : Directory.Exists(path) ? $"{path}: is a directory, not a file."
                : !File.Exists(path) ? $"{path}: no such file."
                : null;
            if (error is null)
            {
                return new FileInfo(path);
            }

            r.AddError(error);
            return null;
        };
        return argument;
    }

    /// <summary>How long a writer waits for another writer of the same history, in seconds.</summary>
    public static Option<double> LockTimeout()
    {
        var option = new Option<double>("--lock-timeout") { HelpName = "SECONDS", Description = "How long to wait while another writer holds the history before giving up (default 10).", DefaultValueFactory = _ => 10 };
        option.Validators.Add(r =>
        {
            if (TryGetValue<double>(r, out var seconds) && (seconds < 0 || seconds > 86_400 || double.IsNaN(seconds)))
            {
                r.AddError($"--lock-timeout must be 0 to 86400 seconds, not {seconds}.");
            }
        });
        return option;
    }

    public static Storage.HistoryFileOptions WriteOptions(ParseResult parseResult, Option<double> lockTimeout) =>
        new() { LockTimeout = TimeSpan.FromSeconds(parseResult.GetValue(lockTimeout)) };

    public static Option<ReportFormat> Format() =>
        Choice(new Option<ReportFormat>("--format", "-f") { Description = "Output format: text, json, markdown or html.", DefaultValueFactory = _ => ReportFormat.Text }, ReportFormats);

    /// <summary>Makes an option accept only the given names, each standing for one value (completion offers the names).</summary>
    public static Option<T> Choice<T>(Option<T> option, (string Name, T Value)[] choices)
    {
        // Completions rather than AcceptOnlyFromAmong, whose error does not say which option is at fault.
        // Plain loops, not LINQ: every command builds its choices at start-up, and each first call through an interface
        // (an enumerator) costs a native AOT process a dispatch-cell resolution and a copied page.
        var names = new string[choices.Length];
        for (var i = 0; i < choices.Length; i++)
        {
            names[i] = choices[i].Name;
        }

        option.CompletionSources.Clear();
        option.CompletionSources.Add(names);
        option.HelpName ??= string.Join('|', names);
        option.CustomParser = r =>
        {
            var value = r.Tokens[0].Value;
            var index = Array.IndexOf(names, value);
            if (index < 0)
            {
                r.AddError($"{option.Name}: '{value}' is not one of {string.Join(", ", names)}.");
                return default;
            }

            return choices[index].Value;
        };
        return option;
    }

    public static Option<string?> Stylesheet() =>
        new("--stylesheet") { HelpName = "HREF", Description = "With --format html: link this stylesheet (a URL or a path) instead of inlining the default one, for pages that share one copy." };

    /// <summary>Refuses <paramref name="stylesheet"/> unless the chosen format is HTML.</summary>
    public static void StylesheetOnlyFor<T>(Command command, Option<T> format, T html, Option<string?> stylesheet) =>
        command.Validators.Add(r =>
        {
            if (r.GetResult(stylesheet) is not null && !EqualityComparer<T>.Default.Equals(r.GetValue(format), html))
            {
                r.AddError("--stylesheet applies only to --format html.");
            }
        });

    public static Option<DateTimeZone?> Zone() => WithZoneCompletions(new Option<DateTimeZone?>("--zone")
    {
        Description = "Show times in this IANA zone (e.g. UTC, America/New_York) instead of the article's.",
        CustomParser = ParseZone,
    });

    /// <summary>
    /// Offers every IANA zone id the time-zone database knows as a completion of <paramref name="option"/>; help names
    /// the value <c>&lt;zone&gt;</c> rather than listing the 600 ids.
    /// </summary>
    public static Option<T> WithZoneCompletions<T>(Option<T> option)
    {
        // Read when completions are asked for, not when the option is built: loading the time-zone database is a
        // good part of a command's start-up.
        option.HelpName = "zone";
        option.CompletionSources.Add(_ => DateTimeZoneProviders.Tzdb.Ids);
        return option;
    }

    /// <summary>Reads an IANA zone id; an unknown one is a parse error naming it.</summary>
    public static DateTimeZone? ParseZone(ArgumentResult result)
    {
        var value = result.Tokens[0].Value;
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(value);
        if (zone is null)
        {
            result.AddError($"--zone '{value}' is not a known time zone: use an IANA name such as Europe/Kyiv or UTC.");
        }

        return zone;
    }

    /// <summary>Reads an absolute URI with a scheme for <c>--source</c>; anything else is a parse error naming it.</summary>
    public static Uri? ParseSource(ArgumentResult result)
    {
        var value = result.Tokens[0].Value;
        if (Model.Article.TryParseSource(value, out var uri))
        {
            return uri;
        }

        result.AddError($"--source '{value}' is not an absolute URI with a scheme, such as https://….");
        return null;
    }

    /// <summary>Reads a time typed by the user, in the article's zone; a bad one is a one-line error naming the option.</summary>
    /// <remarks>
    /// Times stay text until the history is read: a local time means nothing before the article's zone is known.
    /// The end of a range (<paramref name="rangeEnd"/>) reads a bare date as through the end of that day.
    /// </remarks>
    public static Instant? ParseTime(string? value, string option, DateTimeZone zone, bool rangeEnd = false)
    {
        if (value is null)
        {
            return null;
        }

        var parsed = rangeEnd ? TimeInput.ParseRangeEnd(value, zone) : TimeInput.Parse(value, zone);
        return parsed.Success ? parsed.Value : throw new CliException($"{option}: {parsed.Exception.Message}");
    }

    /// <summary>
    /// Reads an option's value in a validator. When the text could not be converted at all, the parser has already
    /// reported that, so the validator has nothing to add.
    /// </summary>
    public static bool TryGetValue<T>(OptionResult result, out T value)
    {
        try
        {
            value = result.GetValueOrDefault<T>();
            return true;
        }
        catch (InvalidOperationException)
        {
            value = default!;
            return false;
        }
    }
}
