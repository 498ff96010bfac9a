using System.CommandLine;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev verify FILE</c>: checks the whole file and its hash chain.</summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var file = CommonOptions.HistoryFile();
        file.Arity = ArgumentArity.ZeroOrOne;
        var bundle = new Option<string?>("--bundle") { HelpName = "DIR", Description = "Check an evidence bundle written by 'artrev bundle' instead of a history: every file against its manifest, and both revisions against their chain hashes." };
        var expect = new Option<string?>("--expect-sha256") { HelpName = "HASH", Description = "A revision hash you recorded earlier (log --format json, or this command's output); fail unless the history still holds it. The hash chain shows any change to a revision, but only a hash kept elsewhere shows revisions cut off the end." };
        var command = new Command("verify", "Check every line of a history file and its hash chain; exit 2 naming the first fault.") { file, expect, bundle };
        command.Validators.Add(r =>
        {
            if ((r.GetResult(file) is null) == (r.GetResult(bundle) is null))
            {
                r.AddError("give either a history FILE or --bundle DIR.");
            }
            else if (r.GetResult(bundle) is not null && r.GetResult(expect) is not null)
            {
                r.AddError("--expect-sha256 checks a history; with --bundle, compare the manifest's sha256 this command prints.");
            }
        });
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            if (parseResult.GetValue(bundle) is { } directory)
            {
                var checkedBundle = Publishing.EvidenceBundleVerifier.Verify(directory);
                output.WriteLine($"{directory}: OK, {checkedBundle.FileCount} files match manifest.json (sha256 {checkedBundle.ManifestSha256}); revisions {checkedBundle.FromNumber} and {checkedBundle.ToNumber} hash to their chain hashes; revision {checkedBundle.ToNumber} is sha256 {checkedBundle.ToSha256}.");
                return ExitCodes.Success;
            }

            var path = parseResult.GetValue(file)!;

            // Checks every line and its bytes, the numbering, the time order and the hash chain, and throws at the first fault.
            var history = InputFiles.OpenHistory(path).Verify();
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
