using System.CommandLine;
using ArticleRevisions.Rendering;
using ArticleRevisions.Timeline;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev search FILE PHRASE</c>: when a phrase appeared in the article and when it disappeared.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var file = CommonOptions.HistoryFile();
        var phrase = new Argument<string>("PHRASE") { Description = "The phrase to follow through the history." };
        phrase.Validators.Add(r =>
        {
            if (string.IsNullOrWhiteSpace(r.GetValueOrDefault<string>()))
            {
                r.AddError("PHRASE must not be empty.");
            }
        });
        var ignoreCase = new Option<bool>("--ignore-case", "-i") { Description = "Ignore letter case." };
        var normalize = new Option<bool>("--normalize-punctuation") { Description = "Match across white space runs, line breaks and typographic variants (curly quotes, dashes, ellipsis)." };
        var zone = CommonOptions.Zone();
        var format = CommonOptions.Format();
        var stylesheet = CommonOptions.Stylesheet();
        var command = new Command("search", "When a phrase appeared and disappeared (and came back). Exit 0 if ever present, 1 if never.")
        {
            file, phrase, ignoreCase, normalize, zone, format, stylesheet,
        };
        CommonOptions.StylesheetOnlyFor(command, format, ReportFormat.Html, stylesheet);
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var history = InputFiles.OpenHistory(parseResult.GetValue(file)!).History;
            var options = new PhraseSearchOptions { IgnoreCase = parseResult.GetValue(ignoreCase), Normalize = parseResult.GetValue(normalize) };
            var lifecycle = PhraseSearch.Find(history, parseResult.GetValue(phrase)!, options);

            var report = new ReportOptions { Zone = parseResult.GetValue(zone) };
            IRenderer<PhraseLifecycle> renderer = parseResult.GetValue(format) switch
            {
                ReportFormat.Json => new JsonSearchRenderer(report),
                ReportFormat.Markdown => new MarkdownSearchRenderer(report),
                ReportFormat.Html => new HtmlSearchRenderer(new HtmlReportOptions { Zone = report.Zone, StylesheetHref = parseResult.GetValue(stylesheet) }),
                _ => new TextSearchRenderer(report),
            };
            renderer.Render(lifecycle, output);
            return lifecycle.EverPresent ? ExitCodes.Success : ExitCodes.Differences;
        }));
        return command;
    }
}
