using System.CommandLine;
using ArticleRevisions.Cli.Commands;

namespace ArticleRevisions.Cli;

/// <summary>Builds the <c>artrev</c> command tree and runs it.</summary>
internal static class CliApp
{
    /// <summary>Every command's name, with how to build it.</summary>
    private static readonly (string Name, Func<CliServices, Command> Create)[] Commands =
    [
        ("init", _ => InitCommand.Create()), ("add", AddCommand.Create), ("diff", DiffCommand.Create), ("log", _ => LogCommand.Create()),
        ("search", _ => SearchCommand.Create()), ("blame", _ => BlameCommand.Create()), ("timeline", _ => TimelineCommand.Create()),
        ("show", _ => ShowCommand.Create()), ("verify", _ => VerifyCommand.Create()), ("report", _ => ReportCommand.Create()),
        ("bundle", BundleCommand.Create), ("import", ImportCommand.Create), ("export", _ => ExportCommand.Create()),
        ("upgrade", _ => UpgradeCommand.Create()), ("repair", _ => RepairCommand.Create()), ("capture", CaptureCommand.Create), ("watch", WatchCommand.Create),
    ];

    public static RootCommand CreateRoot(CliServices services) => CreateRoot(services, null);

    /// <summary>
    /// Builds the root command with every command, or with only <paramref name="only"/> when that names one: a run needs
    /// only the command it runs, and building all of them (their options, completions, help examples) is most of the
    /// start-up.
    /// </summary>
    private static RootCommand CreateRoot(CliServices services, string? only)
    {
        var root = new RootCommand("artrev: keep every dated version of an article, see exactly what changed and when, and ask the history questions.\nExit codes: 0 success (for diff: same), 1 differences found (diff) or phrase never present (search), 2 trouble.");
        foreach (var (name, create) in Commands)
        {
            if (only is null || only == name)
            {
                root.Subcommands.Add(create(services));
            }
        }

        HelpExamples.Install(root);
        return root;
    }

    /// <summary>
    /// The one command a run needs, when its first argument names one; null when every command may be needed (help, a
    /// mistyped command, a response file, a directive such as <c>[suggest]</c>).
    /// </summary>
    private static string? OnlyCommand(string[] args)
    {
        if (args.Length == 0)
        {
            return null;
        }

        foreach (var (name, _) in Commands)
        {
            if (args[0] == name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Parses and runs <paramref name="args"/>; a parse error prints one line per problem and exits 2.</summary>
    public static int Invoke(string[] args, InvocationConfiguration configuration, CliServices services)
    {
        if (args is ["--version"])
        {
            // What System.CommandLine's --version prints (the informational version), without building the parser: its
            // root command and the version's attribute are the process's first reflection, most of such a run.
            configuration.Output.WriteLine(BuildInfo.InformationalVersion);
            return ExitCodes.Success;
        }

        var root = CreateRoot(services, OnlyCommand(args));
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
