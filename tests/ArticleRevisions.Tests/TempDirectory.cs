namespace ArticleRevisions.Tests;

/// <summary>A folder of its own for each test, removed afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("artrev-tests-").FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Every file in the folder and below it, relative, sorted.</summary>
    public string[] Files() => Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
        .Select(f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToArray();

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
