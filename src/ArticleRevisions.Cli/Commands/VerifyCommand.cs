using System.CommandLine;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev verify FILE</c>: checks the whole file and its hash chain.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var file = CommonOptions.HistoryFile();
        var expect = new Option<string?>("--expect-sha256") { HelpName = "HASH", Description = "A revision hash you recorded earlier (log --format json, or this command's output); fail unless the history still holds it. The hash chain shows any change to a revision, but only a hash kept elsewhere shows revisions cut off the end." };
        var command = new Command("verify", "Check every line of a history file and its hash chain; exit 2 naming the first fault.") { file, expect };
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var path = parseResult.GetValue(file)!;

            // Opening checks every line, the numbering, the time order and the hash chain, and throws at the first fault.
            var history = InputFiles.OpenHistory(path).History;
            var latest = history.Latest is { } revision ? $"; latest sha256 {revision.Hash}" : string.Empty;
            if (parseResult.GetValue(expect) is { } expected)
            {
                var (found, beforeUpgrade) = history.FindByHash(expected)
                    ?? throw new CliException($"{path}: no revision has sha256 {expected}: revisions were cut off or rewritten since that hash was recorded.");
                latest += $"; holds revision {found.Number} with the expected sha256{(beforeUpgrade ? " (its hash in format version 1, before the upgrade)" : string.Empty)}";
            }

            output.WriteLine($"{path}: OK, {history.Count} revision{(history.Count == 1 ? string.Empty : "s")}, hash chain intact{latest}.");
            return ExitCodes.Success;
        }));
        return command;
    }
}
