using System.CommandLine;
using ArticleRevisions.Import.Export;
using ArticleRevisions.Import.Rendering;

namespace ArticleRevisions.Cli.Commands;

// Arguments are required, so GetValue never returns null for them (hence the !).
/// <summary><c>artrev export HISTORY --to DIR</c>: writes a history out as a snapshot folder or a MediaWiki export.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var history = new Argument<string>("HISTORY") { Description = "The history file." };
        var to = new Option<string>("--to") { Description = "The folder to write (new, or empty).", Required = true, HelpName = "DIR" };
        var format = new Option<string>("--format", "-f") { Description = "folder: one text file per revision plus manifest.tsv and article.tsv, which 'import folder' reads back into the same history; mediawiki: one MediaWiki XML export.", DefaultValueFactory = _ => "folder" };
        format.AcceptOnlyFromAmong("folder", "mediawiki");
        var command = new Command("export", "Write a history out as files: one per revision plus a manifest, or MediaWiki XML.") { history, to, format };
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var path = parseResult.GetValue(history)!;
            InputFiles.RequireFile(path);
            var report = HistoryExporter.Export(path, parseResult.GetValue(to)!, parseResult.GetValue(format) == "mediawiki" ? ExportFormat.MediaWiki : ExportFormat.Folder);
            ExportReportRenderer.Write(report, output);
            return ExitCodes.Success;
        }));
        return command;
    }
}
