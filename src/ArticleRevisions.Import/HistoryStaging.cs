using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Import;

/// <summary>
/// Writes an import into a working copy of a history, and puts it in place only when it is whole and verified, so
/// that an import that fails half way leaves the history exactly as it was (or absent).
/// </summary>
/// <remarks>
/// <para>
/// The store flushes every append to disk, which durable appends need but a copy nobody reads yet does not: the
/// working copy is built in a scratch folder on a RAM disk where one exists (<see cref="ScratchFolder"/>), then
/// copied beside the history and flushed once (<see cref="Seal"/>), verified, and renamed into place
/// (<see cref="Commit"/>). Without a RAM disk it is built beside the history directly.
/// </para>
/// <para>
/// A new history is renamed into place only if nothing has appeared at its path meanwhile; an existing one is
/// replaced under an exclusive lock, only if it has not changed since it was copied (length and modification time),
/// keeping its file mode. Disposing without <see cref="Commit"/> deletes every copy.
/// </para>
/// </remarks>
internal sealed class HistoryStaging : IDisposable
{
    /// <summary>Existing histories larger than this are appended to beside themselves, not copied to the RAM disk.</summary>
    private const long ScratchLimitBytes = 256L * 1024 * 1024;

    private readonly string temporary;
    private readonly Instant? latestBefore;
    private readonly (long Length, DateTime Written)? original;
    private string working;
    private HistoryFile? file;
    private int total;
    private Instant? latest;
    private int read, added, alreadyPresent, unchanged, suppressed, adjusted;
    private Instant? firstAdded, lastAdded;
    private bool sealedCopy, committed;

    private HistoryStaging(string path, string temporary, string working, HistoryFile file, (long, DateTime)? original)
    {
        Path = path;
        this.temporary = temporary;
        this.working = working;
        this.file = file;
        this.original = original;
        Article = file.History.Article;
        latestBefore = latest = file.History.Latest?.At;
        total = file.History.Count;
    }

    public string Path { get; }

    public Article Article { get; }

    public bool Created => original is null;

    /// <summary>A folder on a RAM disk with room to spare (Linux's /dev/shm), or null where there is none.</summary>
    internal static string? ScratchFolder { get; } = FindScratchFolder();

    /// <summary>Stages an import into the history at <paramref name="path"/>, creating it for <paramref name="newArticle"/> when absent.</summary>
    public static HistoryStaging Begin(string path, Func<Article> newArticle, NewHistoryOptions? options = null, bool useScratch = true)
    {
        var full = System.IO.Path.GetFullPath(path);
        // A full path to a file always has a folder (only a root has none, and a root is a folder, refused below).
        var directory = System.IO.Path.GetDirectoryName(full) ?? full;
        if (Directory.Exists(full))
        {
            throw new ImportException(path, 0, "is a folder; give the path of a history file (such as article.jsonl).");
        }

        if (!Directory.Exists(directory))
        {
            throw new ImportException(path, 0, $"the folder {directory} does not exist.");
        }

        var name = $".{System.IO.Path.GetFileName(full)}.{Guid.NewGuid():N}.import.tmp";
        var temporary = System.IO.Path.Combine(directory, name);
        var exists = File.Exists(full);
        var scratch = useScratch && ScratchFolder is { } folder && (!exists || new FileInfo(full).Length <= ScratchLimitBytes) ? folder : null;
        var working = scratch is null ? temporary : System.IO.Path.Combine(scratch, name);
        try
        {
            if (exists)
            {
                if (options is { IsEmpty: false })
                {
                    throw new ImportException(path, 0, "the history exists already; an id, title, zone, language or source describes a new history only and cannot change this one (leave them out to append).");
                }

                // Read (and so verify) the original before copying it: an import never builds on a broken history.
                var info = new FileInfo(full);
                var state = (info.Length, info.LastWriteTimeUtc);
                HistoryFile.Open(full);
                File.Copy(full, working);
                return new HistoryStaging(path, temporary, working, HistoryFile.Open(working), state);
            }

            return new HistoryStaging(path, temporary, working, HistoryFile.Create(working, newArticle()), null);
        }
        catch
        {
            File.Delete(working);
            throw;
        }
    }

    /// <summary>Appends <paramref name="revision"/> unless it is not newer than the history's latest revision or its text is unchanged.</summary>
    public void Add(ImportedRevision revision)
    {
        read++;
        var draft = revision.Draft;
        if (draft.At is not { } at)
        {
            throw new InvalidOperationException("An imported draft must carry its time.");
        }

        var open = file ?? throw new InvalidOperationException("The staged history is sealed; reopen it first.");
        // The latest time and the count are kept here rather than asked of the file, so each append costs the same
        // whatever the history's length.
        if (at <= latestBefore || at <= latest)
        {
            alreadyPresent++;
            return;
        }

        var result = open.Append(AttributeBridge.ForStore(revision), NoClock.Instance);
        if (result.Outcome == AppendOutcome.UnchangedText)
        {
            unchanged++;
            return;
        }

        added++;
        total = result.Revision.Number;
        latest = at;
        suppressed += revision.IsSuppressed ? 1 : 0;
        adjusted += revision.TimeAdjusted ? 1 : 0;
        firstAdded ??= at;
        lastAdded = at;
    }

    /// <summary>
    /// Moves the working copy beside the history (flushed to disk once), verifies it, and lets go of the history held
    /// in memory until <see cref="Reopen"/>.
    /// </summary>
    public void Seal()
    {
        file = null;
        if (working != temporary)
        {
            using (var source = new FileStream(working, FileMode.Open, FileAccess.Read, FileShare.None, 1 << 16, FileOptions.SequentialScan))
            using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                source.CopyTo(target);
                target.Flush(flushToDisk: true);
            }

            File.Delete(working);
            working = temporary;
        }

        HistoryFile.Open(temporary);
        sealedCopy = true;
    }

    /// <summary>Opens the staged copy again, to add more revisions (a page listed twice in one export).</summary>
    public void Reopen()
    {
        file ??= HistoryFile.Open(working);
        sealedCopy = false;
    }

    /// <summary>Seals the staged copy (unless it is sealed) and puts it in place.</summary>
    public ImportedHistory Commit()
    {
        if (!sealedCopy)
        {
            Seal();
        }

        if (original is not null && added == 0)
        {
            // Nothing new: the original stays untouched, not even its modification time; Dispose removes the copy.
            return Outcome();
        }

        var full = System.IO.Path.GetFullPath(Path);
        if (original is not { } before)
        {
            if (File.Exists(full))
            {
                throw new IOException($"{Path}: a file appeared there during the import; nothing was written over it.");
            }

            File.Move(temporary, full, overwrite: false);
        }
        else
        {
            // The exclusive lock keeps other writers out while the original is compared and replaced; a writer that
            // read the old file is refused afterwards because the length it knew no longer matches.
            using var locked = new FileStream(full, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            var now = new FileInfo(full);
            if (now.Length != before.Length || now.LastWriteTimeUtc != before.Written)
            {
                throw new IOException($"{Path}: the history changed during the import; nothing was written, import again.");
            }

            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            }

            File.Move(temporary, full, overwrite: true);
        }

        committed = true;
        return Outcome();
    }

    public ImportedHistory Outcome() => new()
    {
        Path = Path,
        Article = Article,
        Created = Created,
        Read = read,
        Added = added,
        AlreadyPresent = alreadyPresent,
        Unchanged = unchanged,
        Suppressed = suppressed,
        TimesAdjusted = adjusted,
        FirstAdded = firstAdded,
        LastAdded = lastAdded,
        Total = total,
    };

    public void Dispose()
    {
        if (!committed)
        {
            File.Delete(working);
            File.Delete(temporary);
        }
    }

    private static string? FindScratchFolder()
    {
        const string shm = "/dev/shm";
        try
        {
            return OperatingSystem.IsLinux() && Directory.Exists(shm) && new DriveInfo(shm).AvailableFreeSpace > 2L * ScratchLimitBytes ? shm : null;
        }
        catch (IOException)
        {
            // No usable RAM disk: stage beside the history, as everywhere else.
            return null;
        }
    }
}
