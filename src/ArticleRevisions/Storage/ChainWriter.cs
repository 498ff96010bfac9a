using System.Text;
using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Storage;

/// <summary>
/// Turns drafts and events into the lines that follow a chain's tail, checking each against it, and hands every line
/// to a sink with its index entry. The one place a version 2 line is made: single appends, batches, new histories
/// and upgrades all write through it.
/// </summary>
/// <remarks>
/// A draft or event that is refused (out of time order, a bad field) throws before anything reaches the sink, so the
/// writer's state and the sink stay as they were. Mutable; owned by one write.
/// </remarks>
internal sealed class ChainWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly HistoryFileOptions options;
    private readonly Action<byte[], IndexEntry> sink;
    private long offset;

    public ChainWriter(ChainTail tail, HistoryFileOptions options, Action<byte[], IndexEntry> sink)
    {
        Article = tail.Article;
        Latest = tail.Latest;
        LatestBase = tail.LatestBase;
        LastHash = tail.LastHash;
        LastTime = tail.LastTime;
        LastEventAfter = tail.LastEventAfter;
        offset = tail.Offset;
        this.options = options;
        this.sink = sink;
    }

    public Article Article { get; private set; }

    public Revision? Latest { get; private set; }

    public int Count => Latest?.Number ?? 0;

    public int LatestBase { get; private set; }

    public string LastHash { get; private set; }

    public Instant? LastTime { get; private set; }

    public int LastEventAfter { get; private set; }

    /// <summary>Where the next line will start.</summary>
    public long Offset => offset;

    /// <summary>Makes the next revision from <paramref name="draft"/> at <paramref name="at"/> and emits its line; null (and nothing emitted) when its text equals the latest's.</summary>
    public Revision? Append(RevisionDraft draft, Instant at)
    {
        var revision = ArticleHistory.CreateNext(Latest, LastHash, draft, at);
        if (revision is null)
        {
            return null;
        }

        var (line, kind, @base) = Encode(revision);
        Emit(line, new IndexEntry(offset, line.Length, kind, revision.Number, @base, revision.At, revision.ObservedAt, revision.Hash));
        Latest = revision;
        LatestBase = @base;
        LastHash = revision.Hash;
        LastTime = revision.At;
        return revision;
    }

    /// <summary>Checks <paramref name="event"/> against the tail and emits its line.</summary>
    public RecordedEvent Record(HistoryEvent @event)
    {
        var recorded = ArticleHistory.CreateEvent(@event, Count, LastTime, LastHash, Article, LastEventAfter);
        var line = HistoryLineCodec.EncodeEvent(recorded);
        var kind = @event.Kind == HistoryEventKind.MetadataChanged ? IndexEntryKind.Metadata : IndexEntryKind.Event;
        Emit(line, new IndexEntry(offset, line.Length, kind, Count, 0, @event.At, null, recorded.Hash));
        LastHash = recorded.Hash;
        LastTime = @event.At;
        LastEventAfter = Count;
        if (@event.Article is { } changed)
        {
            Article = changed;
        }

        return recorded;
    }

    /// <summary>
    /// Chooses how a revision is stored: its full text every <see cref="HistoryFileOptions.CheckpointInterval"/>
    /// revisions, or when a delta would be larger; a delta against the latest revision otherwise.
    /// </summary>
    private (byte[] Line, IndexEntryKind Kind, int Base) Encode(Revision revision)
    {
        if (Latest is { } previous && revision.Number - LatestBase < options.CheckpointInterval)
        {
            var delta = TextDelta.Compute(previous.Text, revision.Text);
            if (delta.EncodedSize() < Utf8.GetByteCount(revision.Text))
            {
                return (HistoryLineCodec.EncodeRevision(revision, delta), IndexEntryKind.Delta, LatestBase);
            }
        }

        return (HistoryLineCodec.EncodeRevision(revision, null), IndexEntryKind.FullText, revision.Number);
    }

    private void Emit(byte[] line, IndexEntry entry)
    {
        sink(line, entry);
        offset += line.Length;
    }
}
