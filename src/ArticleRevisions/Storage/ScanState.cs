using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Storage;

/// <summary>What reading a history's lines in order knows about the chain so far; mutable, owned by one read.</summary>
internal sealed class ScanState
{
    public required int Version { get; init; }

    /// <summary>Gets whether each line must also be spelt exactly as artrev writes it (<see cref="HistoryFile.Verify"/>: every byte is checked, not only the values the chain covers).</summary>
    public bool CheckBytes { get; init; }

    public required Article Current { get; set; }

    /// <summary>The hash the next line chains to: the last line's, or the header's seal (null for version 1 before revision 1).</summary>
    public string? LastHash { get; set; }

    public int LatestNumber { get; set; }

    public Instant? LatestAt { get; set; }

    public int LatestBase { get; set; }

    public Instant? LastTime { get; set; }

    public int LastEventAfter { get; set; }

    /// <summary>The latest revision's text, when known; <see cref="LoadLatestText"/> finds it otherwise.</summary>
    public string? LatestText { get; set; }

    public Func<string>? LoadLatestText { get; init; }

    /// <summary>The number of lines read so far, the header included.</summary>
    public int LineNumber { get; set; }

    public required List<IndexEntry> Entries { get; init; }

    public List<Revision>? Revisions { get; init; }

    public List<RecordedEvent>? Events { get; init; }
}
