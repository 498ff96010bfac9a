using System.CommandLine;
using ArticleRevisions.Cli.Output;
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
            var result = HistoryFile.Repair(path, CommonOptions.WriteOptions(parseResult, lockTimeout));
            output.WriteLine(result.RemovedBytes == 0
                ? $"{path}: the last line is complete; nothing to repair ({result.Revisions} revision{(result.Revisions == 1 ? string.Empty : "s")})."
                : $"{path}: removed a torn last line of {result.RemovedBytes:N0} bytes starting “{TerminalText.Safe(result.RemovedText)}”; {result.Revisions} revision{(result.Revisions == 1 ? string.Empty : "s")} remain and verify. The file as it was is kept as {result.BackupPath}.");
            return ExitCodes.Success;
        }));
        return command;
    }
}
