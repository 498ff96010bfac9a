namespace ArticleRevisions.Samples.Tests;

/// <summary>
/// The three ways people meet us, checked end to end: the NuGet package from a local feed, the .NET tool, and the
/// Native AOT binary. Slow (they build and publish), so they run one after another in this one class.
/// </summary>
public class DistributionTests
{
    private static readonly string Fixtures = Path.Combine(Repository.Root, "fixtures", "general-staff-kursk");

    [Fact]
    public void The_package_consumer_builds_against_the_packed_library_and_runs()
    {
        var version = Repository.FreshVersion();
        var feed = Path.Combine(Repository.Root, "artifacts", "packages");
        var consumer = Path.Combine(Repository.Root, "samples", "PackageConsumer");
        try
        {
            Repository.Dotnet(Repository.Root, "pack", "src/ArticleRevisions", "-c", Repository.Configuration, "--no-build", "-o", feed, $"-p:PackageVersion={version}");

            var output = Repository.Dotnet(consumer, "run", $"-p:ArticleRevisionsVersion={version}");

            Assert.Contains("Replaced “launched new offensive” with “conducts combat”", output);
            Assert.Contains("“new offensive” removed in revision 2 at 2025-01-07 13:47:00 +02:00", output);
            var assets = File.ReadAllText(Path.Combine(consumer, "obj", "project.assets.json"));
            Assert.Contains($"\"ArticleRevisions/{version}\"", assets);
            Assert.DoesNotContain("\"type\": \"project\"", assets);
        }
        finally
        {
            foreach (var package in Directory.GetFiles(feed, $"ArticleRevisions.{version}.*"))
            {
                File.Delete(package);
            }

            Repository.ForgetPackage("ArticleRevisions", version);
        }
    }

    [Fact]
    public void The_tool_installs_from_its_package_and_runs()
    {
        var version = Repository.FreshVersion();
        var feed = Directory.CreateTempSubdirectory("artrev-tool-feed-").FullName;
        var toolPath = Directory.CreateTempSubdirectory("artrev-tool-").FullName;
        try
        {
            Repository.Dotnet(Repository.Root, "pack", "src/ArticleRevisions.Cli", "-c", Repository.Configuration, "--no-build", "-o", feed, $"-p:PackageVersion={version}");
            Repository.Dotnet(Repository.Root, "tool", "install", "--tool-path", toolPath, "--add-source", feed, "ArticleRevisions.Cli", "--version", version);

            var (exitCode, output, _) = Repository.Run(Path.Combine(toolPath, "artrev"), Repository.Root, "diff", Path.Combine(Fixtures, "original.txt"), Path.Combine(Fixtures, "edited.txt"), "--stat");

            Assert.Equal(1, exitCode);
            Assert.StartsWith($"{Path.Combine(Fixtures, "original.txt")} → {Path.Combine(Fixtures, "edited.txt")}: Replaced “new offensive” with “combat”", output);
        }
        finally
        {
            Directory.Delete(feed, recursive: true);
            Directory.Delete(toolPath, recursive: true);
            Repository.ForgetPackage("ArticleRevisions.Cli", version);
        }
    }

    [Fact]
    public void The_native_AOT_binary_publishes_without_warnings_and_passes_a_smoke_test()
    {
        var output = Directory.CreateTempSubdirectory("artrev-aot-").FullName;
        try
        {
            var publish = Repository.Dotnet(Repository.Root, "publish", "src/ArticleRevisions.Cli", "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true", "-o", output);
            var binary = Path.Combine(output, "artrev");

            var diff = Repository.Run(binary, Repository.Root, "diff", Path.Combine(Fixtures, "original.txt"), Path.Combine(Fixtures, "edited.txt"), "--format", "word-diff");
            var log = Repository.Run(binary, Repository.Root, "log", Path.Combine(Fixtures, "history.jsonl"), "--format", "json");
            var missing = Repository.Run(binary, Repository.Root, "show", Path.Combine(Fixtures, "no-such-history.jsonl"));

            // artrev is compiled without the web verbs and hands them to artrev-web beside it: these run its actions.
            var noWatchList = Repository.Run(binary, Repository.Root, "watch", "list", output);
            var noUrl = Repository.Run(binary, Repository.Root, "capture", Path.Combine(output, "new.jsonl"));

            Assert.DoesNotContain("warning", publish, StringComparison.OrdinalIgnoreCase);
            Assert.Equal(["artrev", "artrev-web"], Directory.GetFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(2, noWatchList.ExitCode);
            Assert.Equal($"artrev: {output}: no watch list here (watch.json); add a source first with 'artrev watch add {output} URL'.\n", noWatchList.Error);
            Assert.Equal(2, noUrl.ExitCode);
            Assert.Equal($"artrev: {Path.Combine(output, "new.jsonl")}: no such file; give the URL to capture, and the history is created.\n", noUrl.Error);
            Assert.Equal(1, diff.ExitCode);
            Assert.Contains("[-new offensive-]{+combat+}", diff.Output);
            Assert.Equal(0, log.ExitCode);
            Assert.Contains("\"stealth\": true", log.Output);
            Assert.Equal(2, missing.ExitCode);
            Assert.Equal($"artrev: {Path.Combine(Fixtures, "no-such-history.jsonl")}: no such file.\n", missing.Error);
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
