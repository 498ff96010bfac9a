using System.CommandLine;
using ArticleRevisions.Reports;
using ArticleRevisions.Rendering;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev blame FILE</c>: which revision introduced each sentence or word, and what was removed.</summary>
internal static class BlameCommand
{
    private static readonly (string Name, BlameGranularity Value)[] Granularities = [("sentence", BlameGranularity.Sentence), ("word", BlameGranularity.Word)];

    public static Command Create()
    {
        var file = CommonOptions.HistoryFile();
        var number = new Option<int?>("--revision", "-r") { Description = "The revision to explain. Default: the latest.", HelpName = "N" };
        var granularity = CommonOptions.Choice(
            new Option<BlameGranularity>("--granularity", "-g") { Description = "Attribute whole sentences, or runs of words: sentence or word.", DefaultValueFactory = _ => BlameGranularity.Sentence },
            Granularities);
        var zone = CommonOptions.Zone();
        var format = CommonOptions.Format();
        var stylesheet = CommonOptions.Stylesheet();
        var command = new Command("blame", "Show which revision (time, editor) introduced each sentence or word, and the text removed on the way.")
        {
            file, number, granularity, zone, format, stylesheet,
        };
        CommonOptions.StylesheetOnlyFor(command, format, ReportFormat.Html, stylesheet);
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var path = parseResult.GetValue(file)!;
            var history = InputFiles.OpenHistory(path);
            if (history.Count == 0)
            {
                throw new CliException($"{path}: the history has no revisions yet; add one with 'artrev add'.");
            }

            var wanted = parseResult.GetValue(number) ?? history.Count;
            if (wanted < 1 || wanted > history.Count)
            {
                throw new CliException($"--revision {wanted}: {path} has revisions 1 to {history.Count}.");
            }

            var report = BlameReport.Create(history, wanted, parseResult.GetValue(granularity));

            var options = new ReportOptions { Zone = parseResult.GetValue(zone) };
            IRenderer<BlameReport> renderer = parseResult.GetValue(format) switch
            {
                ReportFormat.Json => new JsonBlameRenderer(options),
                ReportFormat.Markdown => new MarkdownBlameRenderer(options),
                ReportFormat.Html => new HtmlBlameRenderer(new HtmlReportOptions { Zone = options.Zone, StylesheetHref = parseResult.GetValue(stylesheet) }),
                _ => new TextBlameRenderer(options),
            };
            renderer.Render(report, output);
            return ExitCodes.Success;
        }));
        return command;
    }
}
