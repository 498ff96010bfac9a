using System.CommandLine;
using ArticleRevisions.Text;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev show FILE [--revision N]</c>: prints a revision's text byte for byte.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var file = CommonOptions.HistoryFile();
        var number = new Option<int?>("--revision", "-r") { Description = "The revision number to show. Default: the latest." };
        var at = new Option<string?>("--at") { Description = "Show the revision that was current at this time (ISO-8601, a local time in the article's zone, or a date)." };
        var command = new Command("show", "Print a revision's text byte for byte: the latest, a numbered one, or the one current at a time.") { file, number, at };
        command.Validators.Add(r =>
        {
            if (r.GetResult(number) is not null && r.GetResult(at) is not null)
            {
                r.AddError("--revision and --at cannot be used together.");
            }
        });
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var path = parseResult.GetValue(file)!;
            // Only the lines the asked-for revision is rebuilt from are read, whatever the history's length.
            var history = InputFiles.OpenHistory(path);
            if (history.Count == 0)
            {
                throw new CliException($"{path}: the history has no revisions yet; add one with 'artrev add'.");
            }

            if (CommonOptions.ParseTime(parseResult.GetValue(at), "--at", history.Article.Zone) is { } instant)
            {
                var current = history.AsOf(instant)
                    ?? throw new CliException($"--at: no revision was current at {TimeFormat.InZone(instant, history.Article.Zone)}; revision 1 became current at {TimeFormat.InZone(history.GetRevision(1).At, history.Article.Zone)}.");
                output.Write(current.Text);
                output.Flush();
                return ExitCodes.Success;
            }

            var wanted = parseResult.GetValue(number) ?? history.Count;
            if (wanted < 1 || wanted > history.Count)
            {
                throw new CliException($"--revision {wanted}: {path} has revisions 1 to {history.Count}.");
            }

            output.Write(history.GetRevision(wanted).Text);
            output.Flush();
            return ExitCodes.Success;
        }));
        return command;
    }
}
