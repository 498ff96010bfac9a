using System.CommandLine;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev show FILE [--revision N]</c>: prints a revision's text byte for byte.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The history file." };
        var number = new Option<int?>("--revision", "-r") { Description = "The revision number to show. Default: the latest." };
        var command = new Command("show", "Print the text of a revision exactly as it was captured.") { file, number };
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var path = parseResult.GetValue(file)!;
            var history = InputFiles.OpenHistory(path).History;
            if (history.Count == 0)
            {
                throw new CliException($"{path}: the history has no revisions yet; add one with 'artrev add'.");
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
