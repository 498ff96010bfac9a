using System.Collections.Immutable;
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
    private readonly string folder;
    private HistoryFile file;

    private CaptureStore(HistoryFile file, string folder, CaptureState state)
    {
        this.file = file;
        this.folder = folder;
        State = FromHistory(state, file);
    }

    public string Path => file.Path;

    /// <summary>The article as it stands (a move recorded as a metadata change gives it its new source).</summary>
    public Article Article => file.Article;

    public Revision? Latest => file.Latest;

    public CaptureState State { get; private set; }

    /// <summary>The text capture compares new extractions with: the latest revision's.</summary>
    public string? CurrentText => file.Latest?.Text;

    public static string FolderFor(string historyPath)
    {
        var full = System.IO.Path.GetFullPath(historyPath);
        return System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full) ?? full, ".artrev", "capture", System.IO.Path.GetFileName(full));
    }

    public static CaptureStore Open(string historyPath) =>
        new(HistoryFile.Open(historyPath), FolderFor(historyPath), LoadState(historyPath));

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

    /// <summary>Sets when the source of a history is next due, keeping the rest of its state; only the state file is read and written, not the history.</summary>
    public static void Schedule(string historyPath, Func<CaptureState, Instant> nextDue)
    {
        var state = LoadState(historyPath);
        WriteState(FolderFor(historyPath), state with { NextDue = nextDue(state) });
    }

    public RawSourceReference PutRaw(ReadOnlySpan<byte> bytes, string mediaType) => file.RawSources.Put(bytes, mediaType);

    public byte[] GetRaw(RawSourceReference reference) => file.RawSources.Get(reference);

    /// <summary>Appends revisions found by an import (one lock, one write, one flush), reading the file again first.</summary>
    public ImmutableArray<AppendResult> AppendRange(IReadOnlyList<RevisionDraft> drafts)
    {
        file = HistoryFile.Open(file.Path);
        return file.AppendRange(drafts);
    }

    /// <summary>
    /// Writes what one capture found as one store batch: <paramref name="write"/> adds events and revisions, and the
    /// history gets all of them or none. The file is read again first, so a line another writer added while the page
    /// was being fetched is the one the batch follows.
    /// </summary>
    public T Write<T>(Func<HistoryBatch, T> write)
    {
        file = HistoryFile.Open(file.Path);
        using var batch = file.BeginBatch();
        var result = write(batch);
        file = batch.Commit();
        State = FromHistory(State, file);
        return result;
    }

    public void SaveState(CaptureState state)
    {
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
