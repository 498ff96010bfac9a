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
/// checkpoint resumes from the latest block at or before it (or walks from the first revision), and leaves the
/// checkpoint as it is. Deleting the file is always safe.
/// </para>
/// <para>
/// <c>add</c> does not move the checkpoint on: doing so would read the whole walk state (megabytes for a long history)
/// on every append, which must cost the same whatever the history's length. A blame pays for the revisions appended
/// since the last one, and appends to the checkpoint a block holding only what they added (and the state of the
/// revision reached), rather than writing it all again; after <see cref="MaxBlocks"/> blocks it is written afresh
/// as one. The revisions are read in order from the file, one text at a time.
/// </para>
/// </remarks>
internal static class BlameCheckpoints
{
    /// <summary>Gets the version checkpoints are written under: the walk's and the diff engine's.</summary>
    public static string Version { get; } = $"{ProvenanceWalker.Version}.{ClassifierVersion.Current}";

    /// <summary>How many blocks a checkpoint may grow to before it is written afresh as one (each holds the state of its revision again).</summary>
    internal const int MaxBlocks = 48;

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
        var bytes = Load(path);
        var chain = bytes is null ? null : ProvenanceCheckpoint.Read(bytes, Version);
        var start = chain is null ? -1 : Start(file, chain, number);

        ProvenanceWalker? walker = null;
        var walked = 0;
        if (start >= 0)
        {
            var block = chain!.Blocks[start];
            using var revisions = file.ReadRevisions(block.Number, number).GetEnumerator();
            revisions.MoveNext(); // ReadRevisions yields revision block.Number first
            walker = TryResume(chain, start, revisions.Current, options, toAdvance: block.Number < number);
            while (walker is not null && revisions.MoveNext())
            {
                walker.Advance(revisions.Current);
                walked++;
            }
        }

        if (walker is null)
        {
            start = -1; // none, stale or damaged: replaced by the walk below
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
        if (walked > 0)
        {
            Keep(path, walker, chain, start, file.Count);
        }

        return walker.Report();
    }

    /// <summary>The block to resume from: the last whose revision is at most <paramref name="number"/> and has the chain hash the history gives it; -1 for none.</summary>
    private static int Start(HistoryFile file, ProvenanceCheckpoint.Chain chain, int number)
    {
        var wanted = chain.Blocks.Where(b => b.Number <= Math.Min(number, file.Count)).Select(b => b.Number).ToHashSet();
        if (wanted.Count == 0)
        {
            return -1;
        }

        var hashes = file.RevisionStamps.Where(s => wanted.Contains(s.Number)).ToDictionary(s => s.Number, s => s.Hash);
        for (var b = chain.Blocks.Count - 1; b >= 0; b--)
        {
            var block = chain.Blocks[b];
            if (hashes.TryGetValue(block.Number, out var hash) && hash == block.Hash)
            {
                return b;
            }
        }

        return -1;
    }

    /// <summary>
    /// Keeps the walk's state: appended as a block to the checkpoint it resumed from, when that is the whole file and
    /// not yet long; written afresh when there was none to resume from; left alone when the file holds a later
    /// revision than the walk reached.
    /// </summary>
    private static void Keep(string path, ProvenanceWalker walker, ProvenanceCheckpoint.Chain? chain, int start, int count)
    {
        if (chain is not null && start + 1 < chain.Blocks.Count
            && chain.Blocks[start + 1].Number is var further && further > walker.Revision.Number && further <= count)
        {
            // An older revision: the checkpoint reaches further, and is kept as it is.
            return;
        }

        if (start >= 0 && start == chain!.Blocks.Count - 1 && chain.Whole && chain.Blocks.Count < MaxBlocks
            && TryAppend(path, chain.Length, ProvenanceCheckpoint.Extend(walker, Version)))
        {
            return;
        }

        TryWrite(path, ProvenanceCheckpoint.Write(walker, Version));
    }

    /// <summary>Appends a block with one write, unless the file is no longer the one read (another process changed it meanwhile).</summary>
    private static bool TryAppend(string path, int expectedLength, byte[] block)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length != expectedLength)
            {
                return false;
            }

            stream.Write(block);
            return true;
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            // Only a cache: the next blame walks these revisions again.
            return true;
        }
    }

    private static ProvenanceWalker? TryResume(ProvenanceCheckpoint.Chain chain, int block, Revision revision, Diffing.DiffOptions options, bool toAdvance)
    {
        try
        {
            return ProvenanceCheckpoint.Resume(chain, block, revision, options, toAdvance);
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
