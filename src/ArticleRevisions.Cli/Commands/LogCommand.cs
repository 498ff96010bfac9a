using System.CommandLine;
using ArticleRevisions.Reports;
using ArticleRevisions.Rendering;
using ArticleRevisions.Timeline;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev log FILE</c>: lists the revisions of a history with their verdicts and durations.</summary>
internal static class LogCommand
{
    public static Command Create()
    {
        var file = CommonOptions.HistoryFile();
        var since = new Option<string?>("--since") { Description = "Only revisions that became current at or after this time (ISO-8601, a local time in the article's zone, or a date)." };
        var until = new Option<string?>("--until") { Description = "Only revisions that became current at or before this time (a bare date means through the end of that day, in the article's zone)." };
        var zone = CommonOptions.Zone();
        var substantive = new Option<bool>("--substantive") { Description = "Only substantive revisions (words, numbers, negations or quotations changed)." };
        var format = CommonOptions.Format();
        var wide = new Option<bool>("--wide") { Description = "Text format: a UTC column too and every editor, verdict and note whole on one line, however wide (by default the table fits 100 columns)." };
        var stylesheet = CommonOptions.Stylesheet();
        var command = new Command("log", "List the revisions: times, durations, words changed, cosmetic or substantive (STEALTH: substantive with no note), and labels (a revert names the revision it returns to).")
        {
            file, since, until, zone, substantive, format, wide, stylesheet,
        };
        CommonOptions.StylesheetOnlyFor(command, format, ReportFormat.Html, stylesheet);
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            // The facts come from the history's facts sidecar: no revision text is read once they are there.
            var history = InputFiles.OpenHistory(parseResult.GetValue(file)!);
            var articleZone = history.Article.Zone;
            var filter = new LogFilter
            {
                Since = CommonOptions.ParseTime(parseResult.GetValue(since), "--since", articleZone),
                Until = CommonOptions.ParseTime(parseResult.GetValue(until), "--until", articleZone, rangeEnd: true),
                SubstantiveOnly = parseResult.GetValue(substantive),
            };
            RevisionLog log;
            try
            {
                log = RevisionLog.Create(history, filter);
            }
            catch (TimeRangeException)
            {
                throw new CliException($"--since {parseResult.GetValue(since)} is after --until {parseResult.GetValue(until)}: no revision can be in that range.");
            }

            var options = new ReportOptions { Zone = parseResult.GetValue(zone), Width = parseResult.GetValue(wide) ? null : ReportOptions.Default.Width };
            IRenderer<RevisionLog> renderer = parseResult.GetValue(format) switch
            {
                ReportFormat.Json => new JsonLogRenderer(options),
                ReportFormat.Markdown => new MarkdownLogRenderer(options),
                ReportFormat.Html => new HtmlLogRenderer(new HtmlReportOptions { Zone = options.Zone, StylesheetHref = parseResult.GetValue(stylesheet) }),
                _ => new TextLogRenderer(options),
            };
            renderer.Render(log, output);
            return ExitCodes.Success;
        }));
        return command;
    }
}
