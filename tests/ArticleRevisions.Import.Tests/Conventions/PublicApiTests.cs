using System.Reflection;
using PublicApiGenerator;

namespace ArticleRevisions.Import.Tests.Conventions;

/// <summary>
/// The public surface of the import package, snapshotted (a change shows up as a diff of
/// <c>ArticleRevisions.Import.approved.txt</c>), and its house rules: sealed or static classes, no setters.
/// </summary>
public class PublicApiTests
{
    private static readonly Assembly Package = typeof(ImportReport).Assembly;

    public static TheoryData<string> PublicClasses() => [.. Package.GetExportedTypes().Where(t => t.IsClass).Select(t => t.FullName!)];

    [Fact]
    public void The_public_api_matches_the_approved_snapshot()
    {
        var api = Package.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n") + "\n";
        var folder = Path.Combine(RepositoryRoot(), "tests", "ArticleRevisions.Import.Tests", "Conventions");
        var approved = Path.Combine(folder, "ArticleRevisions.Import.approved.txt");
        var received = Path.Combine(folder, "ArticleRevisions.Import.received.txt");

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

    [Theory]
    [MemberData(nameof(PublicClasses))]
    public void Public_classes_are_sealed_or_static_and_have_no_setters(string name)
    {
        var type = Package.GetType(name)!;
        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => p.Name);

        Assert.True(type.IsSealed, $"{name} is neither sealed nor static.");
        // Exceptions inherit settable HelpLink and Source from System.Exception.
        Assert.Empty(typeof(Exception).IsAssignableFrom(type) ? [] : setters);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ArticleRevisions.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
