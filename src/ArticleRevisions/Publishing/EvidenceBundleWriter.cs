using System.Text;
using ArticleRevisions.Reports;
using ArticleRevisions.Rendering;

namespace ArticleRevisions.Publishing;

/// <summary>
/// Writes an <see cref="EvidenceBundle"/> as a folder anyone can open and check: a README, both versions as text, the
/// diff as an HTML page and as a unified patch, the raw sources the history holds, and <c>manifest.json</c> listing
/// every file with its SHA-256 and the revisions' details and chain hashes.
/// </summary>
/// <remarks>
/// The folder is written under a hidden temporary name beside it and renamed into place when complete, so it never
/// exists half-written. <see cref="EvidenceBundleVerifier"/> checks it. This type is stateless and thread-safe.
/// </remarks>
public static class EvidenceBundleWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="bundle"/> into the folder <paramref name="directory"/>.</summary>
    /// <param name="bundle">The evidence.</param>
    /// <param name="directory">A folder that does not exist yet (or is empty), in a folder that does.</param>
    /// <returns>What was written: the files with their hashes, and the manifest's own hash.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is empty.</exception>
    /// <exception cref="IOException"><paramref name="directory"/> is a file or a folder that is not empty, or a file cannot be written; nothing is left behind.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder that should hold <paramref name="directory"/> does not exist.</exception>
    public static BundleManifest Write(EvidenceBundle bundle, string directory)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        ArgumentException.ThrowIfNullOrEmpty(directory);
        var full = Path.GetFullPath(directory);
        if (File.Exists(full))
        {
            throw new IOException($"{directory}: is a file; give a new folder for the bundle.");
        }

        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
        {
            throw new IOException($"{directory}: exists and is not empty; give a new folder for the bundle.");
        }

        var parent = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar)) ?? full;
        if (!Directory.Exists(parent))
        {
            throw new DirectoryNotFoundException($"{directory}: the folder {parent} does not exist.");
        }

        var temporary = Path.Combine(parent, $".{Path.GetFileName(full.TrimEnd(Path.DirectorySeparatorChar))}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(temporary);
            var (files, manifest) = WriteFiles(bundle, temporary);
            if (Directory.Exists(full))
            {
                Directory.Delete(full);
            }

            Directory.Move(temporary, full);
            return new BundleManifest(directory, files, BundleHash.Of(manifest));
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    private static (List<BundleFile> Files, byte[] Manifest) WriteFiles(EvidenceBundle bundle, string folder)
    {
        var files = new List<BundleFile>();
        void Put(string path, byte[] bytes, string description)
        {
            var full = Path.Combine(folder, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
            files.Add(new BundleFile(path, BundleHash.Of(bytes), bytes.LongLength, description));
        }

        var (from, to) = (bundle.From.Revision, bundle.To.Revision);
        Put("README.txt", Utf8.GetBytes(new TextBundleReadmeRenderer().RenderToString(bundle)), "what this bundle shows, in plain words");
        Put("from.txt", Utf8.GetBytes(from.Text), $"the text of revision {from.Number}, exactly as the history holds it");
        Put("to.txt", Utf8.GetBytes(to.Text), $"the text of revision {to.Number}, exactly as the history holds it");
        Put("diff.html", Utf8.GetBytes(new HtmlDiffRenderer().RenderToString(bundle.Comparison)), "the change marked up in words, as a page that needs no network");
        var patch = new Comparison(new ComparedVersion("from.txt", from.At), new ComparedVersion("to.txt", to.At), bundle.Article.Zone, bundle.Comparison.Result);
        Put("diff.patch", Utf8.GetBytes(new UnifiedDiffRenderer().RenderToString(patch)), "the change as a unified patch: patch from.txt diff.patch gives to.txt");

        var rawFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in new[] { bundle.From.RawSource, bundle.To.RawSource })
        {
            if (raw?.Bytes is { } bytes && !rawFiles.ContainsKey(raw.Reference.Sha256))
            {
                var path = $"raw/{raw.Reference.Sha256}{Extension(raw.Reference.MediaType)}";
                var numbers = string.Join(" and ", new[] { bundle.From, bundle.To }.Where(b => b.RawSource?.Reference == raw.Reference).Select(b => b.Revision.Number));
                Put(path, [.. bytes], $"the raw source ({raw.Reference.MediaType}) revision {numbers} was extracted from, byte for byte as fetched");
                rawFiles[raw.Reference.Sha256] = path;
            }
        }

        var textFiles = new Dictionary<int, string> { [from.Number] = "from.txt", [to.Number] = "to.txt" };
        var manifest = ManifestJson.Write(bundle, files, textFiles, rawFiles);
        File.WriteAllBytes(Path.Combine(folder, BundleManifest.FileName), manifest);
        return (files, manifest);
    }

    private static string Extension(string mediaType) => mediaType.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "text/html" or "application/xhtml+xml" => ".html",
        "text/plain" => ".txt",
        "application/json" or "application/ld+json" => ".json",
        "application/xml" or "text/xml" or "application/rss+xml" or "application/atom+xml" => ".xml",
        _ => ".bin",
    };
}
