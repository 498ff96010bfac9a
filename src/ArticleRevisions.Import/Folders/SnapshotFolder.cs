using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Import.Folders;

/// <summary>
/// Reads a folder of saved versions of an article. Each version's time comes from the folder's manifest
/// (<c>manifest.tsv</c> or <c>manifest.csv</c>) when it has one, otherwise from an ISO-8601 time in each file's name.
/// </summary>
/// <remarks>
/// <para>
/// With a manifest, exactly the files it lists are read (others are reported as left out); without one, every file in
/// the folder (not its subfolders; not hidden files, <c>article.tsv</c>, history files nor the files the store keeps
/// beside a history) must have a time in its name. Versions are put in time order whatever the order of their names.
/// Two versions at the same time are refused, naming both files.
/// </para>
/// <para>
/// Texts are read as UTF-8 exactly as saved. A manifest's file names must stay inside the folder. This type is
/// stateless and thread-safe.
/// </para>
/// </remarks>
public static class SnapshotFolder
{
    /// <summary>Reads the snapshots in <paramref name="directory"/>, oldest first.</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="zone">The zone that times without an offset, and bare dates, are read in.</param>
    /// <returns>The snapshots in time order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ImportException">The folder, its manifest or a file name is not usable; the message names it and says why.</exception>
    /// <exception cref="TextDecodingException">A snapshot is not UTF-8 text.</exception>
    /// <exception cref="IOException">A file cannot be read.</exception>
    public static IReadOnlyList<Snapshot> Read(string directory, DateTimeZone zone) =>
        ReadSet(directory, zone).Snapshots.Select(s => new Snapshot(s.File, AttributeBridge.ToDraft(s.Revision))).ToList();

    internal sealed record Found(string File, ImportedRevision Revision);

    internal sealed record Set(IReadOnlyList<Found> Snapshots, IReadOnlyList<string> LeftOut, IReadOnlyList<EventTable.Row> Events);

    internal static Set ReadSet(string directory, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(zone);
        if (!Directory.Exists(directory))
        {
            throw new ImportException(directory, 0, File.Exists(directory) ? "is a file; give the folder that holds the snapshots." : "no such folder.");
        }

        var manifests = SnapshotManifest.FileNames.Select(n => Path.Combine(directory, n)).Where(File.Exists).ToList();
        if (manifests.Count > 1)
        {
            throw new ImportException(directory, 0, "has both manifest.tsv and manifest.csv; keep one.");
        }

        var candidates = Directory.EnumerateFiles(directory)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => !n.StartsWith('.') && n != ArticleFields.FileName && n != EventTable.FileName && !SnapshotManifest.FileNames.Contains(n))
            .Order(StringComparer.Ordinal)
            .ToList();
        // A history kept in the folder (the one being imported into, say), its backups and the files the store keeps
        // beside it are not snapshots.
        var histories = candidates.Where(n => HistoryFile.IsHistoryFile(Path.Combine(directory, n))).ToList();
        var sidecars = histories.SelectMany(n => HistoryFile.SidecarPaths(n)).ToHashSet(StringComparer.Ordinal);
        candidates.RemoveAll(n => histories.Contains(n) || sidecars.Contains(n));
        var found = manifests.Count == 1
            ? FromManifest(directory, manifests[0], zone, candidates, out var leftOut)
            : FromNames(directory, zone, candidates, out leftOut);
        if (found.Count == 0)
        {
            throw new ImportException(directory, 0, "holds no snapshots.");
        }

        var ordered = found.OrderBy(f => f.Revision.Draft.At).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Revision.Draft.At is { } at && at == ordered[i - 1].Revision.Draft.At)
            {
                throw new ImportException(directory, 0, $"{ordered[i - 1].File} and {ordered[i].File} have the same time ({TimeFormat.Utc(at)}); a history needs one version per moment.");
            }
        }

        return new Set(ordered, leftOut, EventTable.Read(directory, zone));
    }

    private static List<Found> FromManifest(string directory, string manifest, DateTimeZone zone, List<string> candidates, out IReadOnlyList<string> leftOut)
    {
        var root = Path.GetFullPath(directory) + Path.DirectorySeparatorChar;
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var found = new List<Found>();
        foreach (var row in SnapshotManifest.Read(manifest, zone))
        {
            var (relative, full) = Inside(directory, root, row.File, manifest, row.Line);
            if (!listed.Add(relative))
            {
                throw new ImportException(manifest, row.Line, $"file '{row.File}' is listed twice.");
            }

            if (!File.Exists(full))
            {
                throw new ImportException(manifest, row.Line, $"file '{row.File}' does not exist in {directory}.");
            }

            var draft = new RevisionDraft(ArticleText.ReadFile(full))
            {
                At = row.At,
                ObservedAt = row.ObservedAt,
                Editor = row.Editor,
                Note = row.Note,
                Title = row.Title,
                Source = row.Source,
            };
            var raw = row.Raw is { } rawFile ? Inside(directory, root, rawFile, manifest, row.Line).Full : null;
            if (raw is not null && !File.Exists(raw))
            {
                throw new ImportException(manifest, row.Line, $"raw source '{row.Raw}' does not exist in {directory}.");
            }

            // raw and raw-type come together (the manifest reader checks it).
            found.Add(new Found(relative, new ImportedRevision(draft, row.Attributes, RawFile: raw is null ? null : (raw, row.RawType!))));
        }

        leftOut = candidates.Where(c => !listed.Contains(c)).ToList();
        return found;
    }

    /// <summary>A file a manifest names, relative with '/' and in full, refused when it is outside the folder.</summary>
    private static (string Relative, string Full) Inside(string directory, string root, string file, string manifest, int line)
    {
        var relative = file.Replace('\\', '/');
        var full = Path.GetFullPath(Path.Combine(directory, relative));
        if (Path.IsPathRooted(relative) || relative.Split('/').Contains("..") || !full.StartsWith(root, StringComparison.Ordinal))
        {
            throw new ImportException(manifest, line, $"file '{file}' is outside the folder; a manifest lists only files inside it.");
        }

        return (relative, full);
    }

    private static List<Found> FromNames(string directory, DateTimeZone zone, List<string> candidates, out IReadOnlyList<string> leftOut)
    {
        var found = new List<Found>();
        foreach (var name in candidates)
        {
            var at = FileNameTime.Find(name, zone, out var error)
                ?? throw new ImportException(Path.Combine(directory, name), 0, error ?? "no ISO-8601 time in its name (such as 2025-01-07T10-12-00Z) and the folder has no manifest.tsv or manifest.csv to give one.");
            var draft = new RevisionDraft(ArticleText.ReadFile(Path.Combine(directory, name))) { At = at };
            found.Add(new Found(name, new ImportedRevision(draft, ImportedRevision.NoAttributes)));
        }

        leftOut = [];
        return found;
    }
}
