using System.CommandLine;
using ArticleRevisions.Cli.Commands;

namespace ArticleRevisions.Cli;

/// <summary>Builds the <c>artrev</c> command tree and runs it.</summary>
internal static class CliApp
{
    public static RootCommand CreateRoot(CliServices services)
    {
        var root = new RootCommand("artrev: keep every dated version of an article, see exactly what changed and when, and ask the history questions.\nExit codes: 0 success (for diff: same), 1 differences found (diff) or phrase never present (search), 2 trouble.")
        {
            InitCommand.Create(),
            AddCommand.Create(services),
            DiffCommand.Create(services),
            LogCommand.Create(),
            SearchCommand.Create(),
            BlameCommand.Create(),
            TimelineCommand.Create(),
            ShowCommand.Create(),
            VerifyCommand.Create(),
            ReportCommand.Create(),
            BundleCommand.Create(services),
            ImportCommand.Create(services),
            ExportCommand.Create(),
            UpgradeCommand.Create(),
            RepairCommand.Create(),
            CaptureCommand.Create(services),
            WatchCommand.Create(services),
        };
        HelpExamples.Install(root);
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; a parse error prints one line per problem and exits 2.</summary>
    public static int Invoke(string[] args, InvocationConfiguration configuration, CliServices services)
    {
        var root = CreateRoot(services);
        if (args.Length == 0)
        {
            root.Parse(["--help"]).Invoke(configuration);
            return ExitCodes.Trouble;
        }

        var parsed = root.Parse(args);
        if (parsed.Action is System.CommandLine.Invocation.ParseErrorAction)
        {
            // The first problem, on one line, like every other error; the rest usually follow from it.
            var first = parsed.Errors.FirstOrDefault(e => !e.Message.StartsWith("Required command", StringComparison.Ordinal)) ?? parsed.Errors[0];
            configuration.Error.WriteLine($"artrev: {ParseErrors.OneLine(first, parsed.CommandResult.Command)}");
            return ExitCodes.Trouble;
        }

        // A bug must not look like "differences found" (1): report it, stack trace and all, with exit code 2.
        configuration.EnableDefaultExceptionHandler = false;
        try
        {
            return parsed.Invoke(configuration);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            configuration.Error.WriteLine($"artrev: internal error, please report it: {e}");
            return ExitCodes.Trouble;
        }
    }
}
