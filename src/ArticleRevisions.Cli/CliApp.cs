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
    /// The root of a run that cannot reach help, <c>--version</c>, a directive or a response file (see
    /// <see cref="CanReachRootExtras"/>): a plain command with the one command it runs, named as
    /// <see cref="RootCommand"/> would be. A <see cref="RootCommand"/> finds its name through the process's first
    /// reflection and builds its help and version options' descriptions from resources (through more reflection):
    /// that was a sixth of a 2 KB diff's instructions in the Native AOT binary (RESULTS.md, "st17"), spent on options
    /// that such a run cannot name.
    /// </summary>
    internal static Command CreateLeanRoot(CliServices services, string only)
    {
        var root = new Command(RootName());
        foreach (var (name, create) in Commands)
        {
            if (only == name)
            {
                root.Subcommands.Add(create(services));
            }
        }

        return root;
    }

    /// <summary>
    /// Tells whether an argument could name what only <see cref="RootCommand"/> brings: its help option (<c>--help</c>,
    /// <c>-h</c>, <c>/h</c>, <c>-?</c>, <c>/?</c>, on every command, also bundled as in <c>-wh</c> or with a value as in
    /// <c>-h:x</c>), its <c>--version</c> option, a directive (<c>[suggest]</c>) or a response file (<c>@file</c>,
    /// whose lines may name any of these). When none can, both roots parse the arguments alike.
    /// </summary>
    internal static bool CanReachRootExtras(string[] args)
    {
        foreach (var arg in args)
        {
            if (arg.Length == 0)
            {
                continue;
            }

            var name = arg.AsSpan(0, arg.AsSpan().IndexOfAny(':', '=') is >= 0 and var end ? end : arg.Length);
            var reaches = arg[0] switch
            {
                '@' or '[' => true,
                '/' => name is "/h" or "/?",
                '-' when arg.StartsWith("--", StringComparison.Ordinal) => name is "--help" or "--version",
                '-' => arg.AsSpan().IndexOfAny('h', '?') >= 0,
                _ => false,
            };
            if (reaches)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name <see cref="RootCommand.ExecutableName"/> gives in a program with an entry point, without reflection.</summary>
    private static string RootName()
    {
        var arguments = Environment.GetCommandLineArgs();
        var path = arguments.Length > 0 ? arguments[0] : string.Empty;
        return path.Length > 0 ? Path.GetFileNameWithoutExtension(path).Replace(" ", "", StringComparison.Ordinal) : RootCommand.ExecutableName;
    }

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

        var only = OnlyCommand(args);
        Command root = only is not null && !CanReachRootExtras(args) ? CreateLeanRoot(services, only) : CreateRoot(services, only);
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
