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
        };
        HelpExamples.Install(root);
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; a parse error prints one line per problem and exits 2.</summary>
    public static int Invoke(string[] args, InvocationConfiguration configuration, CliServices services)
    {
        var parsed = CreateRoot(services).Parse(args);
        if (parsed.Action is System.CommandLine.Invocation.ParseErrorAction errorAction)
        {
            errorAction.ShowHelp = false;
        }

        var code = parsed.Invoke(configuration);
        return parsed.Action is System.CommandLine.Invocation.ParseErrorAction ? ExitCodes.Trouble : code;
    }
}
