using ArticleRevisions.Model;

namespace ArticleRevisions.Storage;

/// <summary>
/// Many revisions and events written to a history as one: prepared here, checked as they are added, and put in the
/// file by <see cref="Commit"/> whole or not at all. Made by <see cref="HistoryFile.BeginBatch"/> for a history that
/// exists, or <see cref="HistoryFile.BeginCreate"/> for a new one.
/// </summary>
/// <remarks>
/// <para>
/// Adding costs the same whatever the history's length (each revision is compared with the one before it only), and
/// the file is not touched until <see cref="Commit"/>: for a history that exists, the prepared lines wait in memory
/// (in a temporary file beside the history past 8 MiB) and are then written under the writers' lock with one write
/// and one flush, after which the index is brought up to date; if the write fails the file is cut back to its length
/// before. If another writer added to the history since the batch began, the commit writes nothing and fails.
/// </para>
/// <para>
/// A new history is written under a hidden temporary name beside its path (with its index and raw sources), read
/// back and checked line by line, then renamed into place; the name is never visible half-written and no file of the
/// temporary name outlives the batch. Disposing a batch that was not committed writes nothing.
/// </para>
/// <para>Not immutable (it gathers revisions and events until it is committed or disposed) and not thread-safe: one batch is used by one caller.</para>
/// </remarks>
public sealed class HistoryBatch : IDisposable
{
    private const int SpillBytes = 8 << 20;

    private readonly HistoryFile? target;
    private readonly string? temporary;
    private readonly HistoryFileOptions options;
    private readonly ChainWriter writer;
    private readonly List<IndexEntry> entries = [];
    private readonly bool lockHeld;
    private readonly (int Length, string Seal) header;
    private Stream buffer;
    private bool spilled;
    private bool finished;

    private HistoryBatch(string path, HistoryFile? target, string? temporary, Stream buffer, ChainTail tail, HistoryFileOptions options, bool lockHeld, (int, string) header = default)
    {
        this.header = header;
        Path = path;
        this.target = target;
        this.temporary = temporary;
        this.buffer = buffer;
        this.options = options;
        this.lockHeld = lockHeld;
        BaseLength = tail.Offset;
        writer = new ChainWriter(tail, options, Add);
    }

    /// <summary>Gets the history file's path, as it was given.</summary>
    public string Path { get; }

    /// <summary>Gets whether committing creates the history (rather than appending to one that exists).</summary>
    public bool CreatesFile => target is null;

    /// <summary>Gets the article as it will stand after the batch: the history's, or the latest metadata change recorded in the batch.</summary>
    public Article Article => writer.Article;

    /// <summary>Gets the number of revisions the history will hold after the batch.</summary>
    public int Count => writer.Count;

    /// <summary>Gets the latest revision as the batch stands (added by it, or the history's own), or null when there is none.</summary>
    public Revision? Latest => writer.Latest;

    /// <summary>Gets how many revisions the batch adds.</summary>
    public int Appended { get; private set; }

    /// <summary>Gets the raw-source store that revisions added by this batch keep their raw bytes in (for a new history, moved beside it on commit).</summary>
    public RawSourceStore RawSources => RawSourceStore.ForHistory(temporary ?? Path);

    /// <summary>Gets where in the file the batch's lines start.</summary>
    internal long BaseLength { get; }

    internal IReadOnlyList<IndexEntry> Entries => entries;

    internal long ByteCount => writer.Offset - BaseLength;

    /// <summary>Adds <paramref name="draft"/>, which carries its own time, as the next revision, unless its text equals the latest revision's.</summary>
    /// <param name="draft">The version to add; <see cref="RevisionDraft.At"/> must be set.</param>
    /// <returns>Whether a revision was added; <see cref="Latest"/> is the revision concerned.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    /// <exception cref="ArgumentException">The draft has no time, its text holds an unpaired surrogate, or its source is relative.</exception>
    /// <exception cref="RevisionOrderException">The draft's time is at or before the latest revision's.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The draft was observed before it became current.</exception>
    /// <exception cref="ObjectDisposedException">The batch was committed or disposed.</exception>
    /// <exception cref="IOException">The prepared lines could not be kept (a temporary file beside the history).</exception>
    /// <remarks>A draft that is refused leaves the batch as it was: the caller may go on adding, or dispose it.</remarks>
    public AppendOutcome Append(RevisionDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ObjectDisposedException.ThrowIf(finished, this);
        var at = draft.At ?? throw new ArgumentException("The draft has no time: a batch needs every draft's RevisionDraft.At.", nameof(draft));
        if (writer.Append(draft, at) is null)
        {
            return AppendOutcome.UnchangedText;
        }

        Appended++;
        return AppendOutcome.Appended;
    }

    /// <summary>Adds <paramref name="event"/> as the next line of the chain.</summary>
    /// <param name="event">What happened.</param>
    /// <returns>The event as it will be recorded, with its chain hash.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The event is before the last line, or names a revision the history will not have.</exception>
    /// <exception cref="ArgumentException">A metadata change gives the article another id.</exception>
    /// <exception cref="ObjectDisposedException">The batch was committed or disposed.</exception>
    /// <exception cref="IOException">The prepared lines could not be kept.</exception>
    public RecordedEvent Record(HistoryEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        ObjectDisposedException.ThrowIf(finished, this);
        return writer.Record(@event);
    }

    /// <summary>Puts everything added in the history file, whole: appended with one write and one flush, or (a new history) renamed into place.</summary>
    /// <returns>The history file, open, holding the batch.</returns>
    /// <exception cref="ObjectDisposedException">The batch was committed or disposed.</exception>
    /// <exception cref="HistoryLockedException">Another writer held the history for the whole lock timeout (nothing was written).</exception>
    /// <exception cref="HistoryFormatException">The history's last line is torn, or (a new history) the file written does not read back (nothing was put in place).</exception>
    /// <exception cref="IOException">
    /// Another writer added to the history since the batch began, a file appeared at a new history's path, or the
    /// file cannot be written; nothing was written in each case.
    /// </exception>
    public HistoryFile Commit()
    {
        ObjectDisposedException.ThrowIf(finished, this);
        try
        {
            if (target is not null)
            {
                target.CommitBatch(this, lockHeld, writer.Latest, writer.Article);
                return target;
            }

            return CommitNew(temporary!);
        }
        finally
        {
            Dispose();
        }
    }

    /// <summary>Drops the batch: nothing more is written, and nothing at all if it was not committed.</summary>
    public void Dispose()
    {
        if (finished)
        {
            return;
        }

        finished = true;
        buffer.Dispose();
        if (temporary is not null)
        {
            // Whatever a failed or abandoned new history left under its temporary name goes: the file, its index, its raw sources.
            File.Delete(temporary);
            HistoryIndex.Delete(temporary);
            var sources = RawSourceStore.ForHistory(temporary).Directory;
            if (Directory.Exists(sources))
            {
                Directory.Delete(sources, recursive: true);
            }
        }
    }

    /// <summary>Starts a batch for an existing history whose tail is <paramref name="tail"/>.</summary>
    internal static HistoryBatch ForFile(HistoryFile file, ChainTail tail, HistoryFileOptions options, bool lockHeld) =>
        new(file.Path, file, null, new MemoryStream(), tail, options, lockHeld);

    /// <summary>Starts a new history under a temporary name beside <paramref name="path"/>, its header written.</summary>
    internal static HistoryBatch ForNewFile(string path, Article article, HistoryFileOptions options)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (File.Exists(full) || Directory.Exists(full))
        {
            throw new IOException($"{path}: a file or folder is there already; a new history is never written over anything.");
        }

        var folder = System.IO.Path.GetDirectoryName(full) ?? full;
        var temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var line = HistoryLineCodec.EncodeHeader(article);
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        try
        {
            stream.Write(line);
        }
        catch
        {
            stream.Dispose();
            File.Delete(temporary);
            throw;
        }

        var seal = RevisionHasher.ComputeHeader(article);
        var tail = new ChainTail(article, null, 0, seal, null, 0, line.Length);
        return new HistoryBatch(path, null, temporary, stream, tail, options, lockHeld: false, (line.Length, seal));
    }

    /// <summary>Writes the prepared lines to <paramref name="destination"/>.</summary>
    internal void CopyTo(Stream destination)
    {
        buffer.Position = 0;
        buffer.CopyTo(destination, 1 << 20);
    }

    private void Add(byte[] line, IndexEntry entry)
    {
        buffer.Write(line);
        entries.Add(entry);
        if (!spilled && temporary is null && buffer.Length > SpillBytes)
        {
            Spill();
        }
    }

    /// <summary>Moves the prepared lines of a large batch out of memory, into a file beside the history that is deleted when closed.</summary>
    private void Spill()
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path)) ?? ".";
        var file = new FileStream(
            System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(Path)}.{Guid.NewGuid():N}.batch.tmp"),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            1 << 16,
            FileOptions.DeleteOnClose);
        buffer.Position = 0;
        buffer.CopyTo(file);
        buffer.Dispose();
        buffer = file;
        spilled = true;
    }

    private HistoryFile CommitNew(string temp)
    {
        buffer.Flush();
        ((FileStream)buffer).Flush(flushToDisk: true);
        buffer.Dispose();
        HistoryFile.CheckWritten(temp, entries);
        HistoryIndex.WriteAll(temp, header.Length, header.Seal, entries);
        var full = System.IO.Path.GetFullPath(Path);
        var sources = MoveSources(temp, full);
        try
        {
            // Moving without overwriting fails if anything appeared at the path meanwhile: nothing is written over it.
            File.Move(temp, full, overwrite: false);
        }
        catch (IOException) when (File.Exists(full) || Directory.Exists(full))
        {
            if (sources is not null)
            {
                Directory.Delete(sources, recursive: true);
            }

            throw new IOException($"{Path}: a file appeared there while the history was being written; nothing was written over it.");
        }

        // A reader that opened the new file first may have built an index already: this one is the same.
        File.Move(HistoryIndex.PathFor(temp), HistoryIndex.PathFor(full), overwrite: true);
        return HistoryFile.Open(Path, options);
    }

    /// <summary>Moves the raw sources stored under the temporary name beside the history; returns the folder if this created it.</summary>
    private static string? MoveSources(string temp, string full)
    {
        var from = RawSourceStore.ForHistory(temp).Directory;
        if (!Directory.Exists(from))
        {
            return null;
        }

        var to = RawSourceStore.ForHistory(full).Directory;
        if (!Directory.Exists(to))
        {
            Directory.Move(from, to);
            return to;
        }

        // Blobs are content-addressed: one already there is the same blob.
        foreach (var blob in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var destination = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, blob));
            if (!File.Exists(destination))
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(destination) ?? to);
                File.Move(blob, destination);
            }
        }

        return null;
    }
}
