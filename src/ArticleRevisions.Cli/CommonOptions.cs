using System.CommandLine;
using ArticleRevisions.Text;
using ArticleRevisions.Timeline;
using NodaTime;

namespace ArticleRevisions.Cli;

/// <summary>Options several commands share, built the same way everywhere.</summary>
internal static class CommonOptions
{
    public static Option<string> Format(string description = "Output format: text or json.")
    {
        var format = new Option<string>("--format", "-f") { Description = description, DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        return format;
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

    public static Option<string?> Zone() =>
        ZoneValidated(new Option<string?>("--zone") { Description = "Show times in this IANA zone (e.g. UTC, America/New_York) instead of the article's." });

    /// <summary>Resolves the zone to show times in: the one asked for, or the article's.</summary>
    public static DateTimeZone ResolveZone(string? requested, DateTimeZone articleZone) =>
        requested is null ? articleZone : DateTimeZoneProviders.Tzdb[requested];

    /// <summary>Reads a time typed by the user, in the article's zone; a bad one is a one-line error naming the option.</summary>
    public static Instant? ParseTime(string? value, string option, DateTimeZone zone)
    {
        if (value is null)
        {
            return null;
        }

        var parsed = TimeInput.Parse(value, zone);
        return parsed.Success ? parsed.Value : throw new CliException($"{option}: {parsed.Exception.Message}");
    }

    /// <summary>
    /// Reads an option's value in a validator. When the text could not be converted at all, the parser has already
    /// reported that, so the validator has nothing to add.
    /// </summary>
    public static bool TryGetValue<T>(System.CommandLine.Parsing.OptionResult result, out T value)
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

    private static Option<string?> ZoneValidated(Option<string?> option)
    {
        option.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string?>();
            if (value is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(value) is null)
            {
                r.AddError($"--zone '{value}' is not a known time zone: use an IANA name such as Europe/Kyiv or UTC.");
            }
        });
        return option;
    }
}
