using System.CommandLine;
using ArticleRevisions.Reports;
using ArticleRevisions.Rendering;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev timeline FILE</c>: when each revision was current, as bars proportional to time.</summary>
internal static class TimelineCommand
{
    public static Command Create()
    {
        var file = CommonOptions.HistoryFile();
        var zone = CommonOptions.Zone();
        var format = CommonOptions.Format();
        var stylesheet = CommonOptions.Stylesheet();
        var command = new Command("timeline", "Draw when each revision was current, bars proportional to time: █ substantive, ▒ cosmetic, ░ original.")
        {
            file, zone, format, stylesheet,
        };
        CommonOptions.StylesheetOnlyFor(command, format, ReportFormat.Html, stylesheet);
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var chart = TimelineChart.Create(InputFiles.OpenHistory(parseResult.GetValue(file)!));

            var options = new ReportOptions { Zone = parseResult.GetValue(zone) };
            IRenderer<TimelineChart> renderer = parseResult.GetValue(format) switch
            {
                ReportFormat.Json => new JsonTimelineRenderer(options),
                ReportFormat.Markdown => new MarkdownTimelineRenderer(options),
                ReportFormat.Html => new HtmlTimelineRenderer(new HtmlReportOptions { Zone = options.Zone, StylesheetHref = parseResult.GetValue(stylesheet) }),
                _ => new TextTimelineRenderer(options),
            };
            renderer.Render(chart, output);
            return ExitCodes.Success;
        }));
        return command;
    }
}
