using System.CommandLine;
using System.CommandLine.Invocation;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace ArticleRevisions.Cli;

/// <summary>
/// The verbs that fetch from the web — <c>capture</c>, <c>watch</c> and its subcommands, <c>import wayback</c> — need
/// an HTML parser, an article extractor, feeds, HTTP and TLS: most of a Native AOT binary that has them. The
/// <c>artrev</c> binary published with Native AOT is compiled without them (this switch is off in it and the
/// compiler drops what only they reach) and, after parsing such a command as usual (help and parse errors are its
/// own), replaces itself with <c>artrev-web</c>, the same program with the switch on, found next to it. Everywhere
/// else (the dotnet tool, <c>dotnet run</c>, the tests) the switch is on and they run in process.
/// </summary>
internal static partial class WebVerbs
{
    /// <summary>The switch's name, set in the project file of the AOT <c>artrev</c>.</summary>
    public const string SwitchName = "ArticleRevisions.Cli.WebVerbsInProcess";

    /// <summary>The program that runs the web verbs beside an <c>artrev</c> compiled without them.</summary>
    public const string ProgramName = "artrev-web";

    /// <summary>Gets whether this program runs the web verbs itself (true unless the switch is set off).</summary>
    [FeatureSwitchDefinition(SwitchName)]
    public static bool InProcess => !AppContext.TryGetSwitch(SwitchName, out var on) || on;

    /// <summary>The action of a web verb in a program that does not run them: hand the whole command line over.</summary>
    public static CommandLineAction HandOver { get; } = new HandOverAction();

    private sealed class HandOverAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            var error = parseResult.InvocationConfiguration.Error;
            var self = Environment.ProcessPath;
            var program = self is null ? null : Path.Combine(Path.GetDirectoryName(self)!, OperatingSystem.IsWindows() ? ProgramName + ".exe" : ProgramName);
            if (program is null || !File.Exists(program))
            {
                error.WriteLine($"artrev: {parseResult.CommandResult.Command.Name} is run by {ProgramName}, which is not next to artrev ({program ?? "the program's own path is unknown"}); publish or install both.");
                return ExitCodes.Trouble;
            }

            // The command line as this process got it (response files unexpanded), so the other program parses the same.
            var args = Environment.GetCommandLineArgs()[1..];
            parseResult.InvocationConfiguration.Output.Flush();
            error.Flush();
            return OperatingSystem.IsWindows() ? RunAndWait(program, args) : Exec(program, args, error);
        }

        /// <summary>Replaces this process with <paramref name="program"/>: same process, descriptors, signals and exit code.</summary>
        private static int Exec(string program, string[] args, TextWriter error)
        {
            var argv = new nint[args.Length + 2];
            try
            {
                argv[0] = Marshal.StringToCoTaskMemUTF8(program);
                for (var i = 0; i < args.Length; i++)
                {
                    argv[i + 1] = Marshal.StringToCoTaskMemUTF8(args[i]);
                }

                Native.Execv(program, argv);
                error.WriteLine($"artrev: could not run {program}: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
                return ExitCodes.Trouble;
            }
            finally
            {
                foreach (var arg in argv)
                {
                    Marshal.FreeCoTaskMem(arg);
                }
            }
        }

        /// <summary>Where there is no exec (Windows): runs <paramref name="program"/> on the same console and waits.</summary>
        private static int RunAndWait(string program, string[] args)
        {
            var start = new ProcessStartInfo(program) { UseShellExecute = false };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            // Ctrl-C reaches both; the other program decides what it means.
            Console.CancelKeyPress += (_, e) => e.Cancel = true;
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        }
    }

    private static partial class Native
    {
        [LibraryImport("libc", EntryPoint = "execv", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
        public static partial int Execv(string path, nint[] argv);
    }
}
