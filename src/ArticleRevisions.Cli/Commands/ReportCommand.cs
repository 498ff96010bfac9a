using System.CommandLine;
using ArticleRevisions.Publishing;
using ArticleRevisions.Rendering;
using ArticleRevisions.Reports;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev report FILE|DIR -o OUT</c>: one history as a self-contained HTML page, or a collection as an index with a page per article.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("FILE|DIR") { Description = "A history file (one page), or a folder of history files (an index and a page per article)." };
        var output = new Option<string?>("--output", "-o") { HelpName = "OUT", Description = "The page to write for a history (standard output when left out), or the folder to write for a collection (required): new, empty, or an earlier report, replaced whole." };
        var zone = CommonOptions.Zone();
        var context = new Option<string>("--context") { HelpName = "LINES", Description = "Unchanged lines to keep around each change in the diffs (default 0); --context all shows each revision's whole text.", DefaultValueFactory = _ => "0" };
        context.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } value && value != "all" && ContextLines(value) is null)
            {
                r.AddError($"--context '{value}' is not a number of lines (0 or more) or 'all'.");
            }
        });
        var command = new Command("report", "Write an HTML report to read and publish: the timeline chart, the log, events, and every revision with its diff and a permalink. No scripts, nothing fetched; readable on a phone, in dark mode and in print.")
        {
            input, output, zone, context,
        };
        command.Validators.Add(r =>
        {
            // The option's token, not its value: with no token at all the value cannot be read (the parser reports
            // the missing value itself).
            if (r.GetResult(output) is { Tokens: [var given] } && given.Value.Length == 0)
            {
                r.AddError("--output needs a path.");
            }
        });
        command.SetAction(parseResult => CommandRunner.Run(parseResult, writer =>
        {
            var path = parseResult.GetValue(input)!;
            var target = parseResult.GetValue(output);
            var options = new HtmlHistoryReportOptions { Zone = parseResult.GetValue(zone), DiffContext = ContextLines(parseResult.GetValue(context)!) };
            if (Directory.Exists(path))
            {
                if (target is null)
                {
                    throw new CliException($"{path}: is a folder; give --output DIR for the report folder (index.html and a page per article).");
                }

                var index = CollectionReportWriter.Write(path, target, options);
                writer.WriteLine($"Wrote {Path.Combine(target, CollectionReportWriter.IndexFileName)} and {index.Entries.Length} article page{(index.Entries.Length == 1 ? string.Empty : "s")} in {Path.Combine(target, "articles")}.");
                return ExitCodes.Success;
            }

            InputFiles.RequireFile(path);
            var report = HistoryReport.Create(InputFiles.OpenHistory(new FileInfo(path)).History);
            var renderer = new HtmlHistoryReportRenderer(options);
            if (target is null)
            {
                renderer.Render(report, writer);
            }
            else
            {
                OutputFile.WriteAtomically(target, renderer.RenderToString(report), [path]);
                writer.WriteLine($"Wrote {target}: {report.Revisions.Length} revision{(report.Revisions.Length == 1 ? string.Empty : "s")}, {report.Events.Length} event{(report.Events.Length == 1 ? string.Empty : "s")}.");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The lines of context <paramref name="value"/> asks for; null for <c>all</c> (and for text that is neither, which the validator refuses).</summary>
    private static int? ContextLines(string value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var lines) ? lines : null;
}
