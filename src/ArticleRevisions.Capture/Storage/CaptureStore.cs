using System.Text.Json;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using NodaTime;
using NodaTime.Text;

namespace ArticleRevisions.Capture.Storage;

/// <summary>
/// The one place capture writes a history through. Revisions (with their capture attributes and raw-source
/// reference) and events (a source gone or back, a re-run extraction, a move) go into the history file, several at
/// once in one store batch; raw pages into the history's raw-source store (<c>HISTORY.sources/</c>). The history is
/// the only record: whether the source is gone is read from its events, and the raw page and extractor of the
/// current text from its latest revision. What only capture needs between runs (validators, the schedule, whether
/// the source is broken or too large, the last raw page seen) is its state, kept beside the history in
/// <c>.artrev/capture/NAME/state.json</c>; it is a cache, and deleting it only costs a full fetch.
/// </summary>
/// <remarks>Not thread-safe: one capture of a history at a time (the watcher guarantees it).</remarks>
internal sealed class CaptureStore
{
    private readonly string path;
    private readonly string folder;
    private readonly Article newArticle;
    private HistoryFile? file;

    private CaptureStore(string path, HistoryFile? file, Article newArticle, CaptureState state)
    {
        this.path = path;
        this.file = file;
        this.newArticle = newArticle;
        folder = FolderFor(path);

        // A history that does not exist has no capture past: a state file left from one deleted is stale, but for the schedule.
        State = file is null ? CaptureState.Empty with { NextDue = state.NextDue } : FromHistory(state, file);
    }

    public string Path => path;

    /// <summary>Gets whether the history exists: false until the first write of a store opened for a new history creates it.</summary>
    public bool Exists => file is not null;

    /// <summary>The article as it stands (a move recorded as a metadata change gives it its new source).</summary>
    public Article Article => file?.Article ?? newArticle;

    public Revision? Latest => file?.Latest;

    public CaptureState State { get; private set; }

    /// <summary>The text capture compares new extractions with: the latest revision's.</summary>
    public string? CurrentText => file?.Latest?.Text;

    public static string FolderFor(string historyPath)
    {
        var full = System.IO.Path.GetFullPath(historyPath);
        return System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full) ?? full, ".artrev", "capture", System.IO.Path.GetFileName(full));
    }

    public static CaptureStore Open(string historyPath)
    {
        var file = HistoryFile.Open(historyPath);
        return new(historyPath, file, file.Article, LoadState(historyPath));
    }

    /// <summary>
    /// Opens the history at <paramref name="historyPath"/>, or, when there is no file there and <paramref name="article"/>
    /// is given, a history about it that does not exist yet: nothing is written until the first <see cref="Write"/>,
    /// which creates the file with what it adds (see <see cref="HistoryFile.BeginCreate"/>), and no state is kept before.
    /// </summary>
    public static CaptureStore Open(string historyPath, Article? article) =>
        article is null || File.Exists(historyPath) ? Open(historyPath) : new(historyPath, null, article, LoadState(historyPath));

    /// <summary>
    /// Reads the capture state of a history with what the history records: gone or not from its events, and the raw
    /// page and extractor of its latest revision where the state file has none (it was deleted, or another writer
    /// such as an import added the revision).
    /// </summary>
    public static CaptureState ReadState(string historyPath) =>
        File.Exists(historyPath) ? FromHistory(LoadState(historyPath), HistoryFile.Open(historyPath)) : LoadState(historyPath);

    /// <summary>Reads only the capture state file of a history (cheap: the history itself is not read; <see cref="CaptureState.Gone"/> is not known).</summary>
    public static CaptureState LoadState(string historyPath)
    {
        var statePath = System.IO.Path.Combine(FolderFor(historyPath), "state.json");
        return File.Exists(statePath) ? ReadStateFile(statePath) : CaptureState.Empty;
    }

    /// <summary>
    /// Records that the source of a history was checked at <paramref name="checkedAt"/> and when it is next due, keeping
    /// the rest of its state; only the state file is read and written, not the history (which need not exist: a
    /// watched page whose first check recorded nothing keeps its schedule).
    /// </summary>
    public static void Schedule(string historyPath, Instant checkedAt, Func<CaptureState, Instant> nextDue)
    {
        var state = LoadState(historyPath);
        WriteState(FolderFor(historyPath), state with { LastCheck = checkedAt, NextDue = nextDue(state) });
    }

    /// <summary>Keeps a raw page in the raw-source store of a history that exists (a new history keeps its raw pages in the batch that creates it).</summary>
    public RawSourceReference PutRaw(ReadOnlySpan<byte> bytes, string mediaType) =>
        (file ?? throw new InvalidOperationException($"{path}: the history does not exist yet; its raw pages go into the batch that creates it.")).RawSources.Put(bytes, mediaType);

    public byte[] GetRaw(RawSourceReference reference) =>
        (file ?? throw new InvalidOperationException($"{path}: the history does not exist yet.")).RawSources.Get(reference);

    /// <summary>
    /// Writes what one capture found as one store batch: <paramref name="write"/> adds events and revisions (and puts
    /// raw pages in the batch's raw-source store), and the history gets all of them or none. The file is read again
    /// first, so a line another writer added while the page was being fetched is the one the batch follows. A history
    /// that does not exist yet is created by the batch, whole with what it adds; if the batch fails, no file is left.
    /// </summary>
    public T Write<T>(Func<HistoryBatch, T> write)
    {
        if (file is not null)
        {
            file = HistoryFile.Open(file.Path);
        }

        using var batch = file is null ? HistoryFile.BeginCreate(path, newArticle) : file.BeginBatch();
        var result = write(batch);
        file = batch.Commit();
        State = FromHistory(State, file);
        return result;
    }

    /// <summary>Saves the capture state of the history; a history that does not exist yet keeps none, so nothing is written.</summary>
    public void SaveState(CaptureState state)
    {
        if (file is null)
        {
            return;
        }

        WriteState(folder, state);
        State = state;
    }

    private static void WriteState(string folder, CaptureState state)
    {
        Directory.CreateDirectory(folder);
        var record = new StateRecord(
            state.FetchedUri?.AbsoluteUri,
            state.ETag,
            state.LastModified,
            Format(state.LastCheck),
            Format(state.LastSeenUnchanged),
            state.LastStatus,
            state.Broken,
            state.TooLarge,
            state.Raw is { } raw ? new RawRecord(raw.Sha256, raw.MediaType, raw.Length) : null,
            state.Extractor,
            state.UnchangedStreak,
            Format(state.NextDue));
        var path = System.IO.Path.Combine(folder, "state.json");
        var temporary = path + $".{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(record, StoreJsonContext.Default.StateRecord));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>The state with what the history records: the history wins over the state file wherever both speak.</summary>
    private static CaptureState FromHistory(CaptureState state, HistoryFile history)
    {
        var latest = history.Latest;
        var lastSourceEvent = history.Events.LastOrDefault(e => e.Event.Kind is HistoryEventKind.SourceGone or HistoryEventKind.SourceReturned);
        var raw = state.Raw ?? latest?.RawSource;
        return state with
        {
            Gone = lastSourceEvent?.Event.Kind == HistoryEventKind.SourceGone,
            Raw = raw,

            // The extractor goes with the raw page it read: the state's when the state names the page, else the latest revision's.
            Extractor = state.Raw is not null ? state.Extractor : latest?.Attributes.GetValueOrDefault("capture.extractor"),
        };
    }

    private static string? Format(Instant? instant) => instant is { } i ? InstantPattern.ExtendedIso.Format(i) : null;

    private static Instant? ParseInstant(string? text) => text is null ? null : InstantPattern.ExtendedIso.Parse(text).GetValueOrThrow();

    private static CaptureState ReadStateFile(string path)
    {
        StateRecord record;
        try
        {
            record = JsonSerializer.Deserialize(File.ReadAllBytes(path), StoreJsonContext.Default.StateRecord)
                ?? throw new InvalidDataException($"{path}: the capture state is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: the capture state is not valid JSON ({e.Message}); delete it to start afresh (the history is not affected).");
        }

        return new CaptureState
        {
            FetchedUri = record.FetchedUri is null ? null : new Uri(record.FetchedUri),
            ETag = record.ETag,
            LastModified = record.LastModified,
            LastCheck = ParseInstant(record.LastCheck),
            LastSeenUnchanged = ParseInstant(record.LastSeenUnchanged),
            LastStatus = record.LastStatus,
            Broken = record.Broken,
            TooLarge = record.TooLarge,
            Raw = record.Raw is { } raw ? new RawSourceReference(raw.Sha256, raw.MediaType, raw.Length) : null,
            Extractor = record.Extractor,
            UnchangedStreak = record.UnchangedStreak,
            NextDue = ParseInstant(record.NextDue),
        };
    }
}
