using System.CommandLine;
using System.Globalization;
using ArticleRevisions.Cli.Output;
using ArticleRevisions.Text;
using ArticleRevisions.Timeline;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev search FILE PHRASE</c>: when a phrase appeared in the article and when it disappeared.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The history file." };
        var phrase = new Argument<string>("PHRASE") { Description = "The phrase to follow through the history." };
        var ignoreCase = new Option<bool>("--ignore-case", "-i") { Description = "Ignore letter case." };
        var normalize = new Option<bool>("--normalize-punctuation") { Description = "Match across white space runs, line breaks and typographic variants (curly quotes, dashes, ellipsis)." };
        var zone = CommonOptions.Zone();
        var format = CommonOptions.Format();
        var command = new Command("search", "When a phrase appeared and disappeared (and came back). Exit 0 if ever present, 1 if never.")
        {
            file, phrase, ignoreCase, normalize, zone, format,
        };
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var history = InputFiles.OpenHistory(parseResult.GetValue(file)!).History;
            var text = parseResult.GetValue(phrase)!;
            var options = new PhraseSearchOptions { IgnoreCase = parseResult.GetValue(ignoreCase), Normalize = parseResult.GetValue(normalize) };
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new CliException("PHRASE must not be empty.");
            }

            var lifecycle = PhraseSearch.Find(history, text, options);
            var shown = CommonOptions.ResolveZone(parseResult.GetValue(zone), history.Article.Zone);
            output.Write(parseResult.GetValue(format) == "json" ? Json(history, lifecycle, shown) : Text(lifecycle, shown));
            return lifecycle.EverPresent ? ExitCodes.Success : ExitCodes.Differences;
        }));
        return command;
    }

    private static string Text(PhraseLifecycle lifecycle, NodaTime.DateTimeZone zone)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var how = (lifecycle.Options.IgnoreCase, lifecycle.Options.Normalize) switch
        {
            (false, false) => "exact",
            (true, false) => "ignoring case",
            (false, true) => "normalised",
            _ => "ignoring case, normalised",
        };
        if (!lifecycle.EverPresent)
        {
            text.WriteLine($"“{TerminalText.Safe(lifecycle.Phrase)}” ({how}) never appears in any revision.");
            return text.ToString();
        }

        text.WriteLine($"“{TerminalText.Safe(lifecycle.Phrase)}” ({how}), times in {zone.Id}:");
        foreach (var presence in lifecycle.Presences)
        {
            var introduced = presence.IntroducedIn;
            var line = $"  added in revision {introduced.Number} at {TimeFormat.InZone(introduced.At, zone)}";
            line += presence.RemovedIn is { } removed
                ? $", removed in revision {removed.Number} at {TimeFormat.InZone(removed.At, zone)} (present {DurationText.Format(presence.Interval.Duration)})"
                : ", still present";
            text.WriteLine(line);
        }

        return text.ToString();
    }

    private static string Json(Model.ArticleHistory history, PhraseLifecycle lifecycle, NodaTime.DateTimeZone zone) => JsonOutput.Write("artrev-search", writer =>
    {
        JsonOutput.WriteArticle(writer, history.Article);
        writer.WriteString("phrase", lifecycle.Phrase);
        writer.WriteBoolean("ignoreCase", lifecycle.Options.IgnoreCase);
        writer.WriteBoolean("normalizePunctuation", lifecycle.Options.Normalize);
        writer.WriteBoolean("presentNow", lifecycle.PresentNow);
        writer.WriteStartArray("presences");
        foreach (var presence in lifecycle.Presences)
        {
            writer.WriteStartObject();
            JsonOutput.WriteRevisionRef(writer, "introducedIn", presence.IntroducedIn, zone);
            JsonOutput.WriteRevisionRef(writer, "removedIn", presence.RemovedIn, zone);
            JsonOutput.WriteSeconds(writer, "presentForSeconds", presence.Interval.HasEnd ? presence.Interval.Duration : null);
            writer.WriteNumber("occurrences", presence.Occurrences);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });
}
