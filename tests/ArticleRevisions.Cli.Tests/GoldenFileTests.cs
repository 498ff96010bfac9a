using System.Text.RegularExpressions;
using ArticleRevisions.Rendering;

namespace ArticleRevisions.Cli.Tests;

/// <summary>
/// Every command of every fixture's <c>goldens.tsv</c> (found by walking <c>fixtures/*/</c>), in every format of the
/// command, compared with the approved file in the fixture's <c>expected/</c>. On a mismatch the output is written
/// as <c>*.received.*</c> beside the expected file, to be read and approved by hand.
/// </summary>
/// <remarks>
/// Each command runs from its fixture's folder, so the labels are the file names; that is why this collection never
/// runs beside others. Golden HTML pages link the stylesheet's one copy, the file the library embeds, rather than
/// repeating it: the real output, with the stylesheet inline, is compared after its style block is put back as that
/// link.
/// </remarks>
[Collection(nameof(GoldenFileTests))]
public partial class GoldenFileTests
{
    /// <summary>Where the golden pages find the stylesheet the library embeds: its one copy, in the library's source.</summary>
    private const string StylesheetHref = "../../../src/ArticleRevisions/Rendering/HtmlStylesheet.css";

    private const string StylesheetLink = $"<link rel=\"stylesheet\" href=\"{StylesheetHref}\">\n";

    private static readonly (string Flag, string Extension)[] DiffFormats =
    [
        ("inline", "inline.txt"), ("word-diff", "word-diff.txt"), ("side-by-side", "side-by-side.txt"), ("unified", "unified.patch"),
        ("json", "json"), ("markdown", "md"), ("html", "html"),
    ];

    private static readonly (string Flag, string Extension)[] ReportFormats = [("text", "txt"), ("json", "json"), ("markdown", "md"), ("html", "html")];

    private static readonly string[] Reports = ["log", "timeline", "blame", "search"];

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (fixture, name, command) in Manifest())
        {
            foreach (var (arguments, extension) in Formats(command))
            {
                data.Add(fixture, $"{name}.{extension}", arguments);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_the_approved_output(string fixture, string expectedFile, string arguments)
    {
        var run = RunIn(Paths.Fixture(fixture), Words(arguments));

        Assert.Equal(string.Empty, run.Error);
        Assert.InRange(run.ExitCode, 0, 1);
        var actual = run.Output.Replace($"<style>\n{HtmlStylesheet.Default}\n</style>\n", StylesheetLink, StringComparison.Ordinal);
        var expectedPath = Paths.Fixture(fixture, "expected", expectedFile);
        var dot = expectedFile.IndexOf('.', StringComparison.Ordinal);
        var receivedPath = Paths.Fixture(fixture, "expected", $"{expectedFile[..dot]}.received{expectedFile[dot..]}");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : null;
        if (expected != actual)
        {
            File.WriteAllText(receivedPath, actual);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        Assert.True(expected is not null, $"No approved output yet: read {receivedPath} and rename it to {expectedFile} if it is right.");
        Assert.True(expected == actual, $"Output differs from {expectedPath}; see {receivedPath}.");
    }

    [Fact]
    public void Every_expected_file_belongs_to_a_case_and_every_fixture_has_goldens()
    {
        var claimed = Manifest().SelectMany(m => Formats(m.Command).Select(f => Path.Combine(m.Fixture, "expected", $"{m.Name}.{f.Extension}"))).ToHashSet();
        var fixtures = Directory.GetDirectories(Paths.Fixture()).Select(Path.GetFileName).ToArray();

        var orphans = fixtures
            .SelectMany(f => Directory.Exists(Paths.Fixture(f!, "expected")) ? Directory.GetFiles(Paths.Fixture(f!, "expected")) : [])
            .Select(path => Path.GetRelativePath(Paths.Fixture(), path))
            .Where(path => !claimed.Contains(path))
            .ToArray();

        Assert.Empty(orphans);
        Assert.All(fixtures, f => Assert.True(File.Exists(Paths.Fixture(f!, "goldens.tsv")), $"{f} has no goldens.tsv"));
        Assert.All(Reports.Append("diff"), verb => Assert.Contains(Manifest(), m => m.Command.StartsWith(verb + " ", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_golden_pages_link_the_stylesheet_every_page_inlines()
    {
        var linked = Path.GetFullPath(Path.Combine(Paths.Fixture("harbour-bridge", "expected"), StylesheetHref));

        Assert.Equal(HtmlStylesheet.Default, File.ReadAllText(linked).ReplaceLineEndings("\n").TrimEnd('\n'));
    }

    /// <summary>Every line of every <c>fixtures/*/goldens.tsv</c>: a name and the arguments of one command.</summary>
    private static IEnumerable<(string Fixture, string Name, string Command)> Manifest() =>
        from folder in Directory.GetDirectories(Paths.Fixture()).Order(StringComparer.Ordinal)
        let manifest = Path.Combine(folder, "goldens.tsv")
        where File.Exists(manifest)
        from line in File.ReadAllLines(manifest)
        where line.Length > 0 && !line.StartsWith('#')
        let fields = line.Split('\t', 2)
        select (Path.GetFileName(folder), fields[0], fields[1]);

    /// <summary>The command in each format it has, with the extension of its expected file.</summary>
    private static IEnumerable<(string Arguments, string Extension)> Formats(string command)
    {
        var verb = command.Split(' ')[0];
        if (verb == "diff")
        {
            return DiffFormats.Select(f => ($"{command} --format {f.Flag}", f.Extension)).Append(($"{command} --stat", "stat.txt"));
        }

        return Reports.Contains(verb)
            ? ReportFormats.Select(f => ($"{command} --format {f.Flag}", f.Extension))
            : [(command, "txt")];
    }

    private static CliRun RunIn(string folder, string[] arguments)
    {
        var previous = Environment.CurrentDirectory;
        Environment.CurrentDirectory = folder;
        try
        {
            return CliRun.Invoke(arguments);
        }
        finally
        {
            Environment.CurrentDirectory = previous;
        }
    }

    private static string[] Words(string command) =>
        WordPattern().Matches(command).Select(m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Value).ToArray();

    [GeneratedRegex("\"(?<quoted>[^\"]*)\"|\\S+")]
    private static partial Regex WordPattern();
}
