using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using NodaTime;
using NodaTime.Text;

namespace ArticleRevisions.Capture.Storage;

/// <summary>
/// The one place capture writes a history through. Revisions go into the history file; what the history format
/// cannot hold yet (a revision's capture attributes and raw-source reference, events that are not revisions, the
/// capture state) goes into files beside it under <c>.artrev/capture/NAME/</c>: <c>state.json</c> and
/// <c>journal.jsonl</c>. Raw pages go into the history's raw-source store (<c>HISTORY.sources/</c>, the model contract's).
/// </summary>
/// <remarks>Not thread-safe: one capture of a history at a time (the watcher guarantees it).</remarks>
internal sealed class CaptureStore
{
    private readonly HistoryFile file;
    private readonly string folder;

    private CaptureStore(HistoryFile file, string folder, CaptureState state)
    {
        this.file = file;
        this.folder = folder;
        State = state;
    }

    public ArticleHistory History => file.History;

    public string Path => file.Path;

    public CaptureState State { get; private set; }

    public static string FolderFor(string historyPath)
    {
        var full = System.IO.Path.GetFullPath(historyPath);
        return System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full) ?? full, ".artrev", "capture", System.IO.Path.GetFileName(full));
    }

    public static CaptureStore Open(string historyPath)
    {
        var file = HistoryFile.Open(historyPath);
        var folder = FolderFor(historyPath);
        var statePath = System.IO.Path.Combine(folder, "state.json");
        var state = File.Exists(statePath) ? ReadState(statePath) : CaptureState.Empty;
        return new CaptureStore(file, folder, state);
    }

    /// <summary>Reads only the capture state of a history (cheap: the history itself is not read).</summary>
    public static CaptureState LoadState(string historyPath)
    {
        var statePath = System.IO.Path.Combine(FolderFor(historyPath), "state.json");
        return File.Exists(statePath) ? ReadState(statePath) : CaptureState.Empty;
    }

    /// <summary>Sets when the source is next due, keeping the rest of its state.</summary>
    public void Schedule(Instant nextDue) => SaveState(State with { NextDue = nextDue });

    public static CaptureStore Create(string historyPath, Article article)
    {
        var file = HistoryFile.Create(historyPath, article);
        return new CaptureStore(file, FolderFor(historyPath), CaptureState.Empty);
    }

    /// <summary>The text capture compares new extractions with: a re-extraction's, or the latest revision's.</summary>
    public string? CurrentText => State.ReExtractedText ?? History.Latest?.Text;

    public RawSourceReference PutRaw(ReadOnlySpan<byte> bytes, string mediaType) => RawSourceStore.ForHistory(file.Path).Put(bytes, mediaType);

    public byte[] GetRaw(RawSourceReference reference) => RawSourceStore.ForHistory(file.Path).Get(reference);

    /// <summary>The raw source and attributes recorded with each revision, by number.</summary>
    public ImmutableDictionary<int, (ImmutableSortedDictionary<string, string> Attributes, RawSourceReference? Raw)> RevisionRecords() =>
        Journal().Where(r => r.Kind == "revision" && r.Revision is not null)
            .ToImmutableDictionary(
                r => r.Revision.GetValueOrDefault(),
                r => (ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, r.Attributes ?? []), r.Raw is { } raw ? new RawSourceReference(raw.Sha256, raw.MediaType, raw.Length) : null));

    public ImmutableArray<CaptureEvent> Events() =>
        [.. Journal().Where(r => r.Kind != "revision").Select(r => new CaptureEvent(
            Enum.Parse<CaptureEventKind>(r.Kind, ignoreCase: true),
            InstantPattern.ExtendedIso.Parse(r.At).GetValueOrThrow(),
            r.HttpStatus,
            r.FinalUri is null ? null : new Uri(r.FinalUri),
            r.Detail ?? string.Empty,
            r.Text))];

    public AppendResult AppendRevision(RevisionDraft draft, IReadOnlyDictionary<string, string> attributes, RawSourceReference? raw, IClock clock)
    {
        var result = file.Append(draft, clock);
        if (result.Outcome == AppendOutcome.Appended)
        {
            WriteJournal(new JournalRecord(
                "revision",
                InstantPattern.ExtendedIso.Format(result.Revision.At),
                result.Revision.Number,
                null,
                null,
                null,
                null,
                new SortedDictionary<string, string>(attributes.ToDictionary(), StringComparer.Ordinal),
                raw is null ? null : new RawRecord(raw.Sha256, raw.MediaType, raw.Length)));
        }

        return result;
    }

    public void AppendEvent(CaptureEvent captureEvent) =>
        WriteJournal(new JournalRecord(
            captureEvent.Kind.ToString().ToLowerInvariant(),
            InstantPattern.ExtendedIso.Format(captureEvent.At),
            null,
            captureEvent.HttpStatus,
            captureEvent.FinalUri?.AbsoluteUri,
            captureEvent.Detail,
            captureEvent.Text,
            null,
            null));

    public void SaveState(CaptureState state)
    {
        Directory.CreateDirectory(folder);
        var record = new StateRecord(
            state.FetchedUri?.AbsoluteUri,
            state.ETag,
            state.LastModified,
            Format(state.LastCheck),
            Format(state.LastSeenUnchanged),
            state.LastStatus,
            state.Gone,
            state.Broken,
            state.TooLarge,
            state.Raw is { } raw ? new RawRecord(raw.Sha256, raw.MediaType, raw.Length) : null,
            state.Extractor,
            state.ReExtractedText,
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

        State = state;
    }

    private static string? Format(Instant? instant) => instant is { } i ? InstantPattern.ExtendedIso.Format(i) : null;

    private static Instant? ParseInstant(string? text) => text is null ? null : InstantPattern.ExtendedIso.Parse(text).GetValueOrThrow();

    private static CaptureState ReadState(string path)
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
            Gone = record.Gone,
            Broken = record.Broken,
            TooLarge = record.TooLarge,
            Raw = record.Raw is { } raw ? new RawSourceReference(raw.Sha256, raw.MediaType, raw.Length) : null,
            Extractor = record.Extractor,
            ReExtractedText = record.ReExtractedText,
            UnchangedStreak = record.UnchangedStreak,
            NextDue = ParseInstant(record.NextDue),
        };
    }

    private IEnumerable<JournalRecord> Journal()
    {
        var path = System.IO.Path.Combine(folder, "journal.jsonl");
        if (!File.Exists(path))
        {
            yield break;
        }

        var number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            JournalRecord? record;
            try
            {
                record = JsonSerializer.Deserialize(line, StoreJsonContext.Default.JournalRecord);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{number}: not a valid journal line ({e.Message}).");
            }

            if (record is not null)
            {
                yield return record;
            }
        }
    }

    private void WriteJournal(JournalRecord record)
    {
        Directory.CreateDirectory(folder);
        var line = JsonSerializer.SerializeToUtf8Bytes(record, StoreJsonContext.Default.JournalRecord);
        using var stream = new FileStream(System.IO.Path.Combine(folder, "journal.jsonl"), FileMode.Append, FileAccess.Write, FileShare.Read);
        stream.Write([.. line, (byte)'\n']);
        stream.Flush(flushToDisk: true);
    }
}
