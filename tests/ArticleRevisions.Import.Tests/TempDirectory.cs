using System.Text;

namespace ArticleRevisions.Import.Tests;

/// <summary>A folder of its own for each test, removed afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = Directory.CreateTempSubdirectory("artrev-import-tests-").FullName;
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content) => WriteBytes(name, new UTF8Encoding(false).GetBytes(content));

    public string WriteBytes(string name, byte[] content)
    {
        var path = File(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        System.IO.File.WriteAllBytes(path, content);
        return path;
    }

    public string Folder(string name) => Directory.CreateDirectory(File(name)).FullName;

    /// <summary>Every file left in the folder, relative, sorted: to check that a failed import left nothing behind.</summary>
    public string[] Files() => Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories)
        .Select(f => System.IO.Path.GetRelativePath(Path, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// Every file with a hash of its bytes, to check that a failed import changed nothing at all: not a history, not
    /// its index or lock, and no temporary file left behind.
    /// </summary>
    public string[] Snapshot() => Files()
        .Select(f => $"{f} {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.IO.File.ReadAllBytes(File(f))))[..16]}")
        .ToArray();

    /// <summary>A history file as it lies on disk once an import has written it: the file and its index.</summary>
    public static string[] History(string relativePath) => [relativePath, relativePath + ".idx"];

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
