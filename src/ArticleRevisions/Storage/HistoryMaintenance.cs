using System.Text;
using ArticleRevisions.Model;

namespace ArticleRevisions.Storage;

/// <summary>Repairs a torn last line and upgrades version 1 files, each under the writers' lock and keeping a backup.</summary>
internal static class HistoryMaintenance
{
    public static RepairResult Repair(string path, HistoryFileOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var guard = WriterLock.Acquire(path, options.LockTimeout);
        long keep;
        byte[] torn;
        using (var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            var fileLength = RandomAccess.GetLength(handle);
            keep = LastNewline(handle, fileLength) + 1;
            if (keep == fileLength)
            {
                return new RepairResult(path, 0, string.Empty, null, HistoryFile.Open(path, options).Count);
            }

            if (keep == 0)
            {
                throw new HistoryFormatException(path, 1, HistoryFileFault.TornLastLine, "the header line itself is incomplete: the file was cut off while it was created and holds nothing to keep; delete it and run 'artrev init' again.");
            }

            torn = new byte[fileLength - keep > 4096 ? 4096 : fileLength - keep];
            RandomAccess.Read(handle, torn, keep);
        }

        var removed = new FileInfo(path).Length - keep;
        var backup = FreeName(path + ".torn-backup");
        File.Copy(path, backup);
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
        {
            stream.SetLength(keep);
            stream.Flush(flushToDisk: true);
        }

        var text = Encoding.UTF8.GetString(torn);
        text = text.Length > 80 ? text[..80] : text;
        // The rest of the file must still be a valid history; if it is not, the error names the line, and the backup stays.
        var count = HistoryFile.Read(path).Count;
        return new RepairResult(path, removed, text, backup, count);
    }

    public static UpgradeResult Upgrade(string path, HistoryFileOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var guard = WriterLock.Acquire(path, options.LockTimeout);
        var original = HistoryFile.Open(path, options);
        var before = new FileInfo(path).Length;
        if (original.Version == HistoryFile.FormatVersion)
        {
            return new UpgradeResult(path, original.Version, original.Version, original.Count, null, before, before);
        }

        using (var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        {
            // Holding the lock, this process cannot tell a torn line from one being written; no one else writes now.
            if (LastNewline(handle, before) != before - 1)
            {
                throw new HistoryFormatException(path, original.Count + 2, HistoryFileFault.TornLastLine, HistoryFile.Repaired(path, original.Count));
            }
        }

        var old = original.History;
        var temporary = $"{path}.upgrade-{Guid.NewGuid():N}.tmp";
        try
        {
            WriteVersion2(temporary, old, options);
            var copy = HistoryFile.Read(temporary);
            if (copy.Count != old.Count || !copy.Article.Equals(old.Article) || Enumerable.Range(1, old.Count).Any(n => !SameContent(old.GetRevision(n), copy.GetRevision(n))))
            {
                throw new IOException($"{path}: the converted copy does not read back the same; the original was left unchanged.");
            }

            var backup = FreeName(path + ".v1-backup");
            HistoryIndex.Delete(path);
            File.Replace(temporary, path, backup);
            HistoryIndex.Delete(temporary);
            return new UpgradeResult(path, original.Version, HistoryFile.FormatVersion, copy.Count, backup, before, new FileInfo(path).Length);
        }
        finally
        {
            File.Delete(temporary);
            HistoryIndex.Delete(temporary);
            File.Delete(WriterLock.PathFor(temporary));
        }
    }

    /// <summary>Writes <paramref name="history"/> as a new version 2 file: a sealed header, then every revision rechained after it.</summary>
    private static void WriteVersion2(string path, ArticleHistory history, HistoryFileOptions options)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        var header = HistoryLineCodec.EncodeHeader(history.Article);
        stream.Write(header);
        var tail = new ChainTail(history.Article, null, 0, RevisionHasher.ComputeHeader(history.Article), null, 0, header.Length);
        var writer = new ChainWriter(tail, options, (line, _) => stream.Write(line));
        foreach (var revision in history.Revisions)
        {
            var draft = new RevisionDraft(revision.Text)
            {
                ObservedAt = revision.ObservedAt,
                Title = revision.Title,
                Editor = revision.Editor,
                Note = revision.Note,
                Source = revision.Source,
                Attributes = revision.Attributes,
                RawSource = revision.RawSource,
            };
            _ = writer.Append(draft, revision.At)
                ?? throw new IOException($"{path}: revision {revision.Number} repeats the text of the one before; a version 1 file never holds that.");
        }

        stream.Flush(flushToDisk: true);
    }

    private static bool SameContent(Revision a, Revision b) =>
        a.Number == b.Number && a.At == b.At && a.ObservedAt == b.ObservedAt && a.Title == b.Title && a.Editor == b.Editor
        && a.Note == b.Note && a.Source == b.Source && a.Text == b.Text && a.Attributes.Equals(b.Attributes) && a.RawSource == b.RawSource;

    private static long LastNewline(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long fileLength)
    {
        var buffer = new byte[64 * 1024];
        for (var end = fileLength; end > 0;)
        {
            var start = Math.Max(0, end - buffer.Length);
            var read = RandomAccess.Read(handle, buffer.AsSpan(0, (int)(end - start)), start);
            var at = buffer.AsSpan(0, read).LastIndexOf((byte)'\n');
            if (at >= 0)
            {
                return start + at;
            }

            end = start;
        }

        return -1;
    }

    private static string FreeName(string path)
    {
        var candidate = path;
        for (var n = 1; File.Exists(candidate); n++)
        {
            candidate = $"{path}.{n}";
        }

        return candidate;
    }
}
