using System.CommandLine;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev verify FILE</c>: checks the whole file and its hash chain.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The history file." };
        var command = new Command("verify", "Check every line of a history file and its hash chain; exit 2 naming the first fault.") { file };
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var path = parseResult.GetValue(file)!;

            // Opening checks every line, the numbering, the time order and the hash chain, and throws at the first fault.
            var history = InputFiles.OpenHistory(path).History;
            var latest = history.Latest is { } revision ? $"; latest sha256 {revision.Hash}" : string.Empty;
            output.WriteLine($"{path}: OK, {history.Count} revision{(history.Count == 1 ? string.Empty : "s")}, hash chain intact{latest}.");
            return ExitCodes.Success;
        }));
        return command;
    }
}
