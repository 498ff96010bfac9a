using ArticleRevisions.Classification;
using ArticleRevisions.Model;
using ArticleRevisions.Provenance;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Reports;

/// <summary>
/// Attributes a revision of a history file, resuming the provenance walk from the checkpoint kept beside it
/// (<c>NAME.blame</c>) and keeping a new one where the walk stops, so blaming the latest revision again diffs only
/// the revisions appended since.
/// </summary>
/// <remarks>
/// <para>
/// The checkpoint is a cache outside the chain, never trusted over it: it names the revision it was taken at by its
/// chain hash (which covers that revision and every one before it) and the version of the walk and of the diff
/// engine; a checkpoint of another version, of a revision whose hash the history does not have, or damaged in any
/// way is ignored, the walk starts from the first revision, and its result replaces it. A revision before the
/// checkpoint is attributed by a walk from the first revision, and leaves the checkpoint as it is. Deleting the file
/// is always safe.
/// </para>
/// <para>
/// <c>add</c> does not move the checkpoint on: doing so would read and write the whole walk state (megabytes for a
/// long history) on every append, which must cost the same whatever the history's length. A blame pays for the
/// revisions appended since the last one; the revisions are read in order from the file, one text at a time.
/// </para>
/// </remarks>
internal static class BlameCheckpoints
{
    /// <summary>Gets the version checkpoints are written under: the walk's and the diff engine's.</summary>
    public static string Version { get; } = $"{ProvenanceWalker.Version}.{ClassifierVersion.Current}";

    /// <summary>Attributes revision <paramref name="number"/> of <paramref name="file"/>.</summary>
    /// <exception cref="HistoryFormatException">A line read on the way is damaged.</exception>
    public static ProvenanceReport Compute(HistoryFile file, int number)
    {
        var options = ProvenanceTracker.DefaultOptions;
        if (file.Version < HistoryFile.FormatVersion)
        {
            // A version 1 file is read whole and read-only; like its facts, its checkpoint is not kept.
            return ProvenanceTracker.Compute(file.History, number, options);
        }

        var path = HistoryFile.BlamePathFor(file.Path);
        var header = Load(path) is { } bytes ? ProvenanceCheckpoint.ReadHeader(bytes, Version) : null;
        if (header is { } h && h.Number > file.Count)
        {
            header = null; // of a longer history than this one: not this history's
        }

        ProvenanceWalker? walker = null;
        var walked = 0;
        if (header is { } start && start.Number <= number)
        {
            using var revisions = file.ReadRevisions(start.Number, number).GetEnumerator();
            revisions.MoveNext(); // ReadRevisions yields revision start.Number first
            walker = TryResume(start, revisions.Current, options, toAdvance: start.Number < number);
            while (walker is not null && revisions.MoveNext())
            {
                walker.Advance(revisions.Current);
                walked++;
            }

            if (walker is null)
            {
                header = null; // stale or damaged: replaced by the walk below
            }
        }

        if (walker is null)
        {
            foreach (var revision in file.ReadRevisions(1, number))
            {
                if (walker is null)
                {
                    walker = new ProvenanceWalker(revision, options);
                }
                else
                {
                    walker.Advance(revision);
                    walked++;
                }
            }
        }

        walker = walker ?? throw new InvalidOperationException($"Revision {number} was not read."); // ReadRevisions(1, n ≥ 1) yields
        if (walked > 0 && (header is not { } kept || kept.Number < number))
        {
            TryWrite(path, ProvenanceCheckpoint.Write(walker, Version));
        }

        return walker.Report();
    }

    private static ProvenanceWalker? TryResume(ProvenanceCheckpoint.Header header, Revision revision, Diffing.DiffOptions options, bool toAdvance)
    {
        try
        {
            return ProvenanceCheckpoint.Resume(header, revision, options, toAdvance);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static byte[]? Load(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException or IOException)
        {
            // No checkpoint (or none readable): the walk starts from the first revision.
            return null;
        }
    }

    /// <summary>Replaces the checkpoint atomically (a temporary file renamed over it); a folder that cannot be written to keeps none.</summary>
    private static void TryWrite(string path, byte[] bytes)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (UnauthorizedAccessException)
        {
            // A reader in a folder it may not write to still answers: the checkpoint is only a cache.
        }
        catch (IOException)
        {
            // Likewise for a full disk or a read-only file system; the walk is made again next time.
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            // Nothing was written there, or it cannot be removed; either way the checkpoint itself is intact.
        }
    }
}
