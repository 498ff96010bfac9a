namespace ArticleRevisions.Browser.Tests;

/// <summary>Where the screenshots are kept as test artifacts: <c>TestResults/screenshots</c> at the repository's root.</summary>
internal static class Screenshots
{
    public static string Folder { get; } = Create();

    private static string Create()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ArticleRevisions.sln")))
        {
            folder = folder.Parent;
        }

        var path = Path.Combine(folder?.FullName ?? AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(path);
        return path;
    }

    public static string PathOf(string name) => Path.Combine(Folder, name + ".png");
}
