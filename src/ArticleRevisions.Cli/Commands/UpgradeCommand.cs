using System.CommandLine;
using ArticleRevisions.Rendering;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev upgrade FILE</c>: converts a version 1 history to version 2, keeping the original as a backup.</summary>
internal static class UpgradeCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The history file to convert." };
        var lockTimeout = CommonOptions.LockTimeout();
        var command = new Command("upgrade", "Convert a version 1 history to version 2 (sealed header, compact revisions): a new file is written, read back and compared, then replaces the original, which is kept as FILE.v1-backup.")
        {
            file, lockTimeout,
        };
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var path = parseResult.GetValue(file)!;
            InputFiles.RequireFile(path);
            new TextUpgradeRenderer().Render(HistoryFile.Upgrade(path, CommonOptions.WriteOptions(parseResult, lockTimeout)), output);
            return ExitCodes.Success;
        }));
        return command;
    }
}
