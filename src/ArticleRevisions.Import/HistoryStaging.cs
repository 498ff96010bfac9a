using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Import;

/// <summary>
/// One history's part of an import: the revisions newer than its latest go into one store batch, which the store
/// puts in place whole or not at all (see <see cref="HistoryBatch"/>), and the counts the import report gives.
/// </summary>
/// <remarks>
/// A new history is written under a temporary name beside its path and renamed into place by <see cref="Commit"/>;
/// an existing one gets every new revision with one write under the writers' lock, and if another writer added to
/// it meanwhile nothing is written. Disposing without <see cref="Commit"/> writes nothing and leaves no file.
/// </remarks>
internal sealed class HistoryStaging : IDisposable
{
    private readonly HistoryBatch batch;
    private readonly Instant? latestBefore;
    private int read, alreadyPresent, unchanged, suppressed, adjusted;
    private Instant? firstAdded, lastAdded;

    private HistoryStaging(string path, HistoryBatch batch)
    {
        Path = path;
        this.batch = batch;
        latestBefore = batch.Latest?.At;
    }

    public string Path { get; }

    public Article Article => batch.Article;

    public bool Created => batch.CreatesFile;

    /// <summary>The number of revisions the history will hold.</summary>
    public int Count => batch.Count;

    /// <summary>Stages an import into the history at <paramref name="path"/>, creating it for <paramref name="newArticle"/> when absent.</summary>
    public static HistoryStaging Begin(string path, Func<Article> newArticle, NewHistoryOptions? options = null)
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

        if (!File.Exists(full))
        {
            return new HistoryStaging(path, HistoryFile.BeginCreate(path, newArticle()));
        }

        if (options is { IsEmpty: false })
        {
            throw new ImportException(path, 0, "the history exists already; an id, title, zone, language or source describes a new history only and cannot change this one (leave them out to append).");
        }

        return new HistoryStaging(path, HistoryFile.Open(path).BeginBatch());
    }

    /// <summary>Adds <paramref name="revision"/> unless it is not newer than the history's latest revision or its text is unchanged.</summary>
    /// <returns>Whether the revision is newer than the history's latest (added, or equal to the one before it); false when already present.</returns>
    public bool Add(ImportedRevision revision)
    {
        read++;
        if (revision.Draft.At is not { } at)
        {
            throw new InvalidOperationException("An imported draft must carry its time.");
        }

        if (at <= latestBefore || at <= batch.Latest?.At)
        {
            alreadyPresent++;
            return false;
        }

        var draft = AttributeBridge.ToDraft(revision);
        if (revision.RawFile is { } raw)
        {
            draft = draft with { RawSource = PutRaw(raw.Path, raw.MediaType) };
        }

        if (batch.Append(draft) == AppendOutcome.UnchangedText)
        {
            unchanged++;
            return true;
        }

        suppressed += revision.IsSuppressed ? 1 : 0;
        adjusted += revision.TimeAdjusted ? 1 : 0;
        firstAdded ??= at;
        lastAdded = at;
        return true;
    }

    /// <summary>Adds <paramref name="event"/> as the next line of the history.</summary>
    public void Record(HistoryEvent @event) => batch.Record(@event);

    /// <summary>Puts the staged revisions in the history, whole; an existing history with nothing new is not touched.</summary>
    /// <exception cref="IOException">Another writer added to the history during the import, or a file appeared where a new history was to be; nothing was written.</exception>
    public ImportedHistory Commit()
    {
        var outcome = Outcome();
        if (Created || batch.Appended > 0)
        {
            batch.Commit();
        }

        Dispose();
        return outcome;
    }

    public ImportedHistory Outcome() => new()
    {
        Path = Path,
        Article = Article,
        Created = Created,
        Read = read,
        Added = batch.Appended,
        AlreadyPresent = alreadyPresent,
        Unchanged = unchanged,
        Suppressed = suppressed,
        TimesAdjusted = adjusted,
        FirstAdded = firstAdded,
        LastAdded = lastAdded,
        Total = batch.Count,
    };

    public void Dispose() => batch.Dispose();

    private RawSourceReference PutRaw(string path, string mediaType)
    {
        try
        {
            return batch.RawSources.Put(File.ReadAllBytes(path), mediaType);
        }
        catch (ArgumentException e)
        {
            throw new ImportException(path, 0, $"raw-type '{mediaType}' is not a media type such as text/html ({e.Message.Split(" (Parameter", 2)[0]})", e);
        }
    }
}
