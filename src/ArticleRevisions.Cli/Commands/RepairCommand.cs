using System.CommandLine;
using ArticleRevisions.Rendering;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev repair FILE</c>: removes a torn last line left by a crash, keeping a backup.</summary>
internal static class RepairCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The history file to repair." };
        var lockTimeout = CommonOptions.LockTimeout();
        var command = new Command("repair", "Remove exactly a torn last line (an append cut off by a crash), keeping the file as it was in FILE.torn-backup; a file whose last line is complete is left alone.")
        {
            file, lockTimeout,
        };
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var path = parseResult.GetValue(file)!;
            InputFiles.RequireFile(path);
            new TextRepairRenderer().Render(HistoryFile.Repair(path, CommonOptions.WriteOptions(parseResult, lockTimeout)), output);
            return ExitCodes.Success;
        }));
        return command;
    }
}
