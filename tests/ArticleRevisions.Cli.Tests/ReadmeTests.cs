using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ArticleRevisions.Cli.Tests;

/// <summary>
/// The README cannot drift: every <c>artrev</c> example followed by its output is run with the built tool from the
/// repository root and compared, and the library example is the sample CI builds.
/// </summary>
public partial class ReadmeTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(Paths.Root, "README.md"));

    [Fact]
    public void Puts_the_tool_on_PATH_before_any_example_or_the_completion_calls_a_bare_artrev()
    {
        var path = Readme.IndexOf("export PATH=", StringComparison.Ordinal);

        Assert.True(path >= 0, "the install section says how to put the tool on PATH");
        Assert.True(path < Readme.IndexOf("\nartrev ", StringComparison.Ordinal), "before the first example");
        Assert.True(path < Readme.IndexOf("complete -o default -F _artrev artrev", StringComparison.Ordinal), "before the completion snippet");
    }

    public static TheoryData<string, string> Examples()
    {
        var data = new TheoryData<string, string>();
        foreach (Match match in ExampleWithOutput().Matches(Readme))
        {
            data.Add(match.Groups["command"].Value, match.Groups["output"].Value);
        }

        return data;
    }

    [Fact]
    public void Has_examples_for_the_main_commands()
    {
        var commands = ExampleWithOutput().Matches(Readme).Select(m => m.Groups["command"].Value).ToArray();

        Assert.All(["diff", "log", "search", "show", "blame", "timeline"], verb => Assert.Contains(commands, c => c.StartsWith(verb + " ", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Shows_the_real_output_of_each_example(string command, string expected)
    {
        var output = Run(Arguments(command));

        // The show example quotes one line of the text it prints.
        if (command.StartsWith("show ", StringComparison.Ordinal))
        {
            Assert.Contains(expected, output);
        }
        else
        {
            Assert.Equal(expected, output);
        }
    }

    [Fact]
    public void The_library_example_is_the_package_consumer_sample()
    {
        var sample = File.ReadAllText(Path.Combine(Paths.Root, "samples", "PackageConsumer", "Program.cs")).TrimEnd('\n');

        Assert.Contains($"```csharp\n{sample}\n```", Readme);
    }

    private static string[] Arguments(string command) =>
        Words().Matches(command).Select(m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Value).ToArray();

    private static string Run(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Paths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "artrev.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return output.Result;
    }

    [GeneratedRegex("```sh\\nartrev (?<command>[^\\n]*)\\n```\\n\\n```text\\n(?<output>.*?)```", RegexOptions.Singleline)]
    private static partial Regex ExampleWithOutput();

    [GeneratedRegex("\"(?<quoted>[^\"]*)\"|\\S+")]
    private static partial Regex Words();
}
