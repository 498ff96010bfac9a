using ArticleRevisions.Model;
using PublicApiGenerator;

namespace ArticleRevisions.Tests.Conventions;

/// <summary>
/// The public surface of the library, snapshotted: any change to it shows up as a diff of
/// <c>ArticleRevisions.approved.txt</c> to be reviewed, never by accident.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void The_public_api_matches_the_approved_snapshot()
    {
        var api = typeof(ArticleHistory).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false })
            .ReplaceLineEndings("\n") + "\n";
        var folder = Path.Combine(Path.GetDirectoryName(TestData.FixturePath())!, "tests", "ArticleRevisions.Tests", "Conventions");
        var approved = Path.Combine(folder, "ArticleRevisions.approved.txt");
        var received = Path.Combine(folder, "ArticleRevisions.received.txt");

        var expected = File.Exists(approved) ? File.ReadAllText(approved) : null;
        if (expected != api)
        {
            File.WriteAllText(received, api);
        }
        else if (File.Exists(received))
        {
            File.Delete(received);
        }

        Assert.True(expected == api, $"The public API changed: compare {received} with {approved} and approve it by renaming if the change is intended.");
    }
}
