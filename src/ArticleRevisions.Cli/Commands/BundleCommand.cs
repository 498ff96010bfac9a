using System.CommandLine;
using ArticleRevisions.Model;
using ArticleRevisions.Publishing;
using ArticleRevisions.Reports;
using ArticleRevisions.Timeline;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev bundle FILE [FROM [TO]] -o DIR</c>: the evidence for one edit, as a folder anyone can check.</summary>
internal static class BundleCommand
{
    public static Command Create(CliServices services)
    {
        var file = CommonOptions.HistoryFile();
        var revisions = new Argument<string[]>("FROM [TO]")
        {
            Arity = new ArgumentArity(0, 2),
            Description = "The edit: none for the latest; one revision (a number or a time) for the edit that made it; two for the change from the first to the second.",
        };
        var output = new Option<string>("--output", "-o") { HelpName = "DIR", Description = "The folder to write: it must not exist yet, or be empty.", Required = true };
        var command = new Command("bundle", "Write the evidence for one edit: both texts, the diff as HTML and as a patch, the raw sources the history holds, a README and a manifest of SHA-256 hashes that 'artrev verify --bundle' checks.")
        {
            file, revisions, output,
        };
        command.SetAction(parseResult => CommandRunner.Run(parseResult, writer =>
        {
            var historyFile = InputFiles.OpenHistory(parseResult.GetValue(file)!);
            var history = historyFile.History;
            var names = parseResult.GetValue(revisions) ?? [];
            var to = names.Length == 0 ? null : Find(history, names[^1]);
            var from = names.Length == 2 ? Find(history, names[0]) : null;
            if (to is { Number: 1 } && from is null)
            {
                throw new CliException($"{names[^1]}: revision 1 is the first version; name an earlier and a later revision to compare.");
            }

            if (history.Count < 2)
            {
                throw new CliException($"{historyFile.Path}: a bundle shows an edit, and the history has {history.Count} revision{(history.Count == 1 ? string.Empty : "s")}.");
            }

            if (from is not null && from.Number >= to!.Number)
            {
                throw new CliException($"{names[0]}: revision {from.Number} is not earlier than revision {to.Number}.");
            }

            var bundle = EvidenceBundle.Create(history, from, to, historyFile.RawSources, services.Clock.GetCurrentInstant());
            var target = parseResult.GetValue(output)!;
            var manifest = EvidenceBundleWriter.Write(bundle, target);
            writer.WriteLine($"Wrote {target}: revision {bundle.From.Revision.Number} → {bundle.To.Revision.Number}, {manifest.Files.Length} files and {BundleManifest.FileName} (sha256 {manifest.Sha256}).");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Revision Find(ArticleHistory history, string name)
    {
        var parsed = RevisionInput.Parse(history, name);
        return parsed.Success ? parsed.Value : throw new CliException($"{name}: {parsed.Exception.Message}");
    }
}
