using System.Text;
using System.Text.Json;
using ArticleRevisions.Model;

namespace ArticleRevisions.Publishing;

/// <summary>
/// Checks an evidence bundle written by <see cref="EvidenceBundleWriter"/>: every file the manifest lists is there
/// with its SHA-256 and length, no file was added, each raw source is the one its revision names, and each revision's
/// text and details, read from the bundle, still hash to the chain hash the history gave them.
/// </summary>
/// <remarks>
/// A bundle that passes is the one its manifest describes; that the manifest is the one its maker published is shown
/// by comparing <see cref="BundleVerification.ManifestSha256"/> with theirs, and that the revisions are the
/// history's by <c>artrev verify HISTORY --expect-sha256</c> with <see cref="BundleVerification.ToSha256"/>. This type
/// is stateless and thread-safe.
/// </remarks>
public static class EvidenceBundleVerifier
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Checks the bundle in <paramref name="directory"/>.</summary>
    /// <param name="directory">The bundle's folder.</param>
    /// <returns>What was checked, when everything matched.</returns>
    /// <exception cref="ArgumentException"><paramref name="directory"/> is null or empty.</exception>
    /// <exception cref="BundleVerificationException">The first fault found, naming its file: the folder or manifest is missing or unreadable, a file is missing, added or changed, or a revision no longer hashes to its chain hash.</exception>
    /// <exception cref="IOException">A file cannot be read (a <see cref="BundleVerificationException"/> is one too).</exception>
    public static BundleVerification Verify(string directory)
    {
        ArgumentException.ThrowIfNullOrEmpty(directory);
        if (!Directory.Exists(directory))
        {
            throw new BundleVerificationException(directory, "no such folder.");
        }

        var manifestPath = Path.Combine(directory, BundleManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            throw new BundleVerificationException(manifestPath, "missing: without it nothing in the bundle can be checked.");
        }

        var manifestBytes = File.ReadAllBytes(manifestPath);
        var (files, revisions) = ReadManifest(manifestPath, manifestBytes);
        var listed = new Dictionary<string, BundleFile>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!IsInside(file.Path) || !listed.TryAdd(file.Path, file))
            {
                throw new BundleVerificationException(manifestPath, $"lists \"{file.Path}\", which is not a single file inside the bundle.");
            }

            CheckFile(directory, file);
        }

        foreach (var found in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(directory, found).Replace(Path.DirectorySeparatorChar, '/');
            if (relative != BundleManifest.FileName && !listed.ContainsKey(relative))
            {
                throw new BundleVerificationException(found, "is not in the manifest: a file was added to the bundle.");
            }
        }

        if (revisions is not [{ Role: "from" } from, { Role: "to" } to] || from.Details.Number >= to.Details.Number)
        {
            throw new BundleVerificationException(manifestPath, "must list two revisions, \"from\" and then a later \"to\".");
        }

        foreach (var revision in revisions)
        {
            CheckRevision(directory, manifestPath, revision, listed);
        }

        return new BundleVerification(directory, BundleHash.Of(manifestBytes), files.Length, from.Details.Number, to.Details.Number, to.Details.Hash);
    }

    private static (System.Collections.Immutable.ImmutableArray<BundleFile> Files, System.Collections.Immutable.ImmutableArray<ManifestRevision> Revisions) ReadManifest(string path, byte[] bytes)
    {
        try
        {
            return ManifestJson.Read(bytes);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or ArgumentException)
        {
            // JsonException and the model's argument checks say what is wrong on one line; the manifest is named here.
            throw new BundleVerificationException(path, $"not a readable bundle manifest: {OneLine(e.Message)}");
        }
    }

    private static void CheckFile(string directory, BundleFile file)
    {
        var path = Path.Combine(directory, file.Path.Replace('/', Path.DirectorySeparatorChar));
        if (!File.Exists(path))
        {
            throw new BundleVerificationException(path, "missing: the manifest lists it.");
        }

        var bytes = File.ReadAllBytes(path);
        var sha256 = BundleHash.Of(bytes);
        if (sha256 != file.Sha256 || bytes.LongLength != file.Length)
        {
            throw new BundleVerificationException(path, $"changed: its SHA-256 is {sha256} ({bytes.LongLength} bytes), the manifest says {file.Sha256} ({file.Length} bytes).");
        }
    }

    private static void CheckRevision(string directory, string manifestPath, ManifestRevision entry, Dictionary<string, BundleFile> listed)
    {
        var number = entry.Details.Number;
        if (!listed.ContainsKey(entry.TextFile))
        {
            throw new BundleVerificationException(manifestPath, $"revision {number}'s text file \"{entry.TextFile}\" is not among the files it lists.");
        }

        var textPath = Path.Combine(directory, entry.TextFile.Replace('/', Path.DirectorySeparatorChar));
        string text;
        try
        {
            text = StrictUtf8.GetString(File.ReadAllBytes(textPath));
        }
        catch (DecoderFallbackException)
        {
            throw new BundleVerificationException(textPath, "is not valid UTF-8.");
        }

        var details = entry.Details;
        var revision = new Revision(number, details.At, text, details.Hash, details.ObservedAt, details.Title, details.Editor, details.Note, details.Source, details.Attributes, details.RawSource);
        if (revision.ComputeHash(entry.PreviousSha256) != details.Hash)
        {
            throw new BundleVerificationException(textPath, $"revision {number} with this text and the manifest's details does not hash to its chain hash {details.Hash}: the text or the manifest was changed.");
        }

        if (entry.RawFile is { } rawFile && (details.RawSource is null || !listed.TryGetValue(rawFile, out var raw) || raw.Sha256 != details.RawSource.Sha256))
        {
            throw new BundleVerificationException(Path.Combine(directory, rawFile), $"is not the raw source revision {number} names.");
        }
    }

    private static bool IsInside(string path) =>
        path.Length > 0 && !path.StartsWith('/') && !path.Contains('\\') && !Path.IsPathRooted(path) && path != BundleManifest.FileName
        && path.Split('/').All(part => part.Length > 0 && part != "." && part != "..");

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
