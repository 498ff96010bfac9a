using System.Collections.Immutable;

namespace ArticleRevisions.Publishing;

/// <summary>What <see cref="EvidenceBundleWriter"/> wrote: the files of the bundle with their hashes, and the hash of the manifest that lists them.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class BundleManifest
{
    /// <summary>The name of the manifest file in a bundle's folder.</summary>
    public const string FileName = "manifest.json";

    /// <summary>The format name a manifest starts with.</summary>
    public const string FormatName = "artrev-evidence-bundle";

    /// <summary>The manifest format's version.</summary>
    public const int FormatVersion = 1;

    /// <summary>Creates a manifest summary.</summary>
    /// <param name="directory">The bundle's folder.</param>
    /// <param name="files">The files the manifest lists, in the order it lists them.</param>
    /// <param name="sha256">The SHA-256 of the manifest file itself.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public BundleManifest(string directory, IEnumerable<BundleFile> files, string sha256)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(sha256);
        Directory = directory;
        Files = [.. files];
        Sha256 = sha256;
    }

    /// <summary>Gets the bundle's folder.</summary>
    public string Directory { get; }

    /// <summary>Gets the files the manifest lists (every file of the bundle but the manifest itself).</summary>
    public ImmutableArray<BundleFile> Files { get; }

    /// <summary>Gets the SHA-256 of <c>manifest.json</c>: publish it beside the bundle, and anyone can check the bundle is the one you made.</summary>
    public string Sha256 { get; }
}
