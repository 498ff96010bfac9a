using System.Text.Json.Nodes;
using ArticleRevisions.Publishing;
using ArticleRevisions.Reports;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Tests.Publishing;

public class EvidenceBundleTests
{
    private static readonly Instant MadeAt = Instant.FromUtc(2025, 3, 5, 12, 0);

    private static (TempDirectory Temp, string Folder, BundleManifest Manifest) WriteBundle(int from = 2, int to = 3)
    {
        var temp = new TempDirectory();
        var file = HistoryFile.Open(ShowcaseHistory.Write(temp.Path));
        var history = file.History;
        var bundle = EvidenceBundle.Create(history, history.GetRevision(from), history.GetRevision(to), file.RawSources, MadeAt);
        var folder = temp.File("bundle");
        return (temp, folder, EvidenceBundleWriter.Write(bundle, folder));
    }

    [Fact]
    public void A_bundle_holds_both_texts_the_diffs_the_raw_sources_and_verifies()
    {
        var (temp, folder, manifest) = WriteBundle(1, 5);
        using var _ = temp;

        var verification = EvidenceBundleVerifier.Verify(folder);

        Assert.Equal(["README.txt", "from.txt", "to.txt", "diff.html", "diff.patch"], manifest.Files.Take(5).Select(f => f.Path));
        Assert.Equal(2, manifest.Files.Count(f => f.Path.StartsWith("raw/", StringComparison.Ordinal)));
        Assert.Equal(manifest.Sha256, verification.ManifestSha256);
        Assert.Equal(HistoryFile.Open(temp.File("budget.jsonl")).GetRevision(5).Hash, verification.ToSha256);
        Assert.Contains("Europe/Kyiv", File.ReadAllText(Path.Combine(folder, "manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_names_the_stealth_edit_and_the_times_in_both_zones()
    {
        var (temp, folder, _) = WriteBundle();
        using var _t = temp;

        var readme = File.ReadAllText(Path.Combine(folder, "README.txt"));

        Assert.Contains("stealth edit", readme, StringComparison.Ordinal);
        Assert.Contains("2025-03-01 17:00:00 +02:00 (2025-03-01T15:00:00Z)", readme, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("to.txt", "changed: its SHA-256")]
    [InlineData("diff.html", "changed: its SHA-256")]
    [InlineData("README.txt", "changed: its SHA-256")]
    public void A_changed_file_fails_naming_it(string name, string problem)
    {
        var (temp, folder, _) = WriteBundle();
        using var _t = temp;
        File.AppendAllText(Path.Combine(folder, name), " ");

        var error = Assert.Throws<BundleVerificationException>(() => EvidenceBundleVerifier.Verify(folder));

        Assert.Equal(Path.Combine(folder, name), error.Path);
        Assert.StartsWith(problem, error.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void An_added_or_removed_file_fails_naming_it()
    {
        var (temp, folder, _) = WriteBundle();
        using var _t = temp;
        File.Move(Path.Combine(folder, "diff.patch"), Path.Combine(folder, "other.patch"));

        var error = Assert.Throws<BundleVerificationException>(() => EvidenceBundleVerifier.Verify(folder));

        Assert.Equal(Path.Combine(folder, "diff.patch"), error.Path);
        Assert.StartsWith("missing", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_changed_with_its_manifest_hash_fails_on_the_chain_hash()
    {
        var (temp, folder, _) = WriteBundle();
        using var _t = temp;
        var textPath = Path.Combine(folder, "to.txt");
        File.WriteAllText(textPath, File.ReadAllText(textPath).Replace("21 votes", "31 votes", StringComparison.Ordinal));
        var manifestPath = Path.Combine(folder, "manifest.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        var entry = manifest["files"]!.AsArray().Single(f => (string?)f!["path"] == "to.txt")!;
        var bytes = File.ReadAllBytes(textPath);
        entry["sha256"] = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
        entry["bytes"] = bytes.Length;
        File.WriteAllText(manifestPath, manifest.ToJsonString());

        var error = Assert.Throws<BundleVerificationException>(() => EvidenceBundleVerifier.Verify(folder));

        Assert.Equal(textPath, error.Path);
        Assert.Contains("does not hash to its chain hash", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_folder_that_is_not_empty_and_leaves_nothing_behind()
    {
        using var temp = new TempDirectory();
        var file = HistoryFile.Open(ShowcaseHistory.Write(temp.Path));
        var bundle = EvidenceBundle.Create(file.History, null, null, file.RawSources, MadeAt);
        var before = temp.Files();
        File.WriteAllText(temp.File("taken"), "x");

        var error = Assert.Throws<IOException>(() => EvidenceBundleWriter.Write(bundle, temp.Path));

        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
        Assert.Equal([.. before, "taken"], temp.Files().Order(StringComparer.Ordinal));
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(temp.Path)!, $".{Path.GetFileName(temp.Path)}.*"));
    }
}
