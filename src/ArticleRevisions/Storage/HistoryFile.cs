using System.Collections.Immutable;
using System.Text.Json;
using ArticleRevisions.Model;
using Microsoft.Win32.SafeHandles;
using NodaTime;

namespace ArticleRevisions.Storage;

/// <summary>
/// An article's history stored as one UTF-8 JSON Lines file: a sealed header line with the article, then one line per
/// revision or event, oldest first (see the README's file-format section), with a sidecar index beside it.
/// </summary>
/// <remarks>
/// <para>
/// Opening a version 2 file reads its header, its index (rebuilt, checking every line, when missing or stale) and
/// any lines the index does not cover yet; reading a revision reads and checks only the lines it is rebuilt from,
/// so the cost of <see cref="Open"/>, <see cref="GetRevision"/>, <see cref="AsOf"/> and appending does not
/// grow with the history's length. <see cref="History"/> and <see cref="Read"/> read and check everything.
/// Version 1 files are read whole and are read-only: <see cref="Upgrade"/> converts them.
/// </para>
/// <para>
/// Readers never wait for writers: they see every complete line, and a line being written is not yet part of the
/// history. Writers take the lock <c>HISTORY.lock</c>, waiting up to <see cref="HistoryFileOptions.LockTimeout"/>;
/// a writer whose view is stale reads the new lines first and appends if its revision still fits the time order.
/// Appending writes only the new line and flushes it to disk before returning; if the write fails the file is cut
/// back to its previous length. A torn last line (a crash during a write) is reported until <see cref="Repair"/>
/// removes it.
/// </para>
/// <para>Instances are not thread-safe; the revisions and histories they hand out are immutable.</para>
/// </remarks>
public sealed partial class HistoryFile
{
    /// <summary>The format name written in every header line.</summary>
    public const string FormatName = HistoryLineCodec.FormatName;

    /// <summary>The format version this build writes; it also reads version 1.</summary>
    public const int FormatVersion = HistoryLineCodec.FormatVersion;

    private readonly HistoryFileOptions options;
    private IndexEntries entries = new();
    private byte[] headerLine = [];
    private Article header = null!;
    private string? seal;
    private long length;
    private ArticleHistory? whole;
    private Revision? latest;

    private HistoryFile(string path, HistoryFileOptions options)
    {
        Path = path;
        this.options = options;
    }

    /// <summary>Gets the file's path as it was given.</summary>
    public string Path { get; }

    /// <summary>Gets the file's format version: 2, or 1 for a file not yet upgraded (read-only).</summary>
    public int Version { get; private set; }

    /// <summary>Gets the article as it is now: the header's metadata, or the latest metadata change's.</summary>
    public Article Article { get; private set; } = null!;

    /// <summary>Gets the number of revisions.</summary>
    public int Count => entries.RevisionCount;

    /// <summary>Gets the latest revision, read and checked on first use, or null when there is none.</summary>
    /// <exception cref="HistoryFormatException">The lines it is rebuilt from are damaged.</exception>
    public Revision? Latest => Count == 0 ? null : latest ??= GetRevision(Count);

    /// <summary>Gets the store of the raw sources the revisions were extracted from, beside this file.</summary>
    public RawSourceStore RawSources => RawSourceStore.ForHistory(Path);

    /// <summary>Gets the whole history as the file held it when it was opened or last written, reading and checking every line on first use.</summary>
    /// <exception cref="HistoryFormatException">Any line is wrong: its path, line number and reason are given.</exception>
    public ArticleHistory History => whole ??= ReadWhole(length, checkBytes: false);

    /// <summary>
    /// Reads and checks the whole history as <see cref="History"/> does, and also that every line is byte for byte what
    /// artrev writes for the values it holds: no byte order mark, no CR before a newline, and (format version 2) the
    /// values spelt as artrev spells them. The hash chain covers values, not their bytes, so only this check shows a
    /// line changed without a change of value (a character written as an escape, white space added, CR LF line ends);
    /// every other read accepts such a line, as its values are intact.
    /// </summary>
    /// <returns>The history the file holds.</returns>
    /// <exception cref="HistoryFormatException">Any line is wrong or respelt: its path, line number and reason are given.</exception>
    public ArticleHistory Verify() => whole = ReadWhole(length, checkBytes: true);

    /// <summary>Gets the events (metadata changes, a source gone or back, re-run extractions), reading only their lines.</summary>
    /// <exception cref="HistoryFormatException">An event line is damaged.</exception>
    public IReadOnlyList<RecordedEvent> Events
    {
        get
        {
            if (Version == HistoryLineCodec.LegacyVersion)
            {
                return [];
            }

            var events = new List<RecordedEvent>();
            foreach (var i in entries.EventPositions())
            {
                var (e, hash) = HistoryLineCodec.DecodeEvent(ReadRange(entries[i].Offset, entries[i].End), Path, i + 2);
                events.Add(new RecordedEvent(e, entries[i].Number, CheckHash(hash, entries[i], i)));
            }

            return events;
        }
    }

    /// <summary>Creates a new, version 2 history file holding only the sealed header for <paramref name="article"/>.</summary>
    /// <param name="path">Where to create the file; nothing may exist there yet.</param>
    /// <param name="article">The article the history is about.</param>
    /// <param name="options">How the file is written; <see cref="HistoryFileOptions.Default"/> when null.</param>
    /// <returns>The file, open for appending.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="article"/> is null.</exception>
    /// <exception cref="IOException">The file already exists, or it cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public static HistoryFile Create(string path, Article article, HistoryFileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(article);
        var line = HistoryLineCodec.EncodeHeader(article);
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
        {
            try
            {
                stream.Write(line);
                stream.Flush(flushToDisk: true);
            }
            catch (IOException)
            {
                stream.Dispose();
                File.Delete(path);
                throw;
            }
        }

        var file = new HistoryFile(path, options ?? HistoryFileOptions.Default);
        file.Reset(line, article, HistoryLineCodec.FormatVersion, RevisionHasher.ComputeHeader(article));
        file.SaveIndex(0);
        return file;
    }

    /// <summary>Opens the history file at <paramref name="path"/>, reading its header, its index and the lines the index does not cover.</summary>
    /// <param name="path">The history file.</param>
    /// <param name="options">How the file is written; <see cref="HistoryFileOptions.Default"/> when null.</param>
    /// <returns>The file, open for reading and appending.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="HistoryFormatException">A line it reads is wrong: its path, line number and reason are given.</exception>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static HistoryFile Open(string path, HistoryFileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = new HistoryFile(path, options ?? HistoryFileOptions.Default);
        file.Load();
        return file;
    }

    /// <summary>Reads and checks the whole history file at <paramref name="path"/>.</summary>
    /// <param name="path">The history file.</param>
    /// <returns>The history it holds.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="HistoryFormatException">Any line is wrong: its path, line number and reason are given.</exception>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static ArticleHistory Read(string path) => Open(path).History;

    /// <summary>Reads and checks the whole history file, reporting a bad file as a value rather than an exception.</summary>
    /// <param name="path">The history file.</param>
    /// <param name="history">The history, when the file is valid.</param>
    /// <param name="error">What is wrong with the file, when it is not.</param>
    /// <returns><see langword="true"/> when the file is a valid history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static bool TryRead(
        string path,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ArticleHistory? history,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out HistoryFormatException? error)
    {
        try
        {
            history = Read(path);
            error = null;
            return true;
        }
        catch (HistoryFormatException e)
        {
            history = null;
            error = e;
            return false;
        }
    }

    /// <summary>Returns whether the file at <paramref name="path"/> starts like a history file, reading only its start.</summary>
    /// <param name="path">The file.</param>
    /// <returns>
    /// <see langword="true"/> when its first line names the history format; whether the rest is valid is only
    /// known by reading it.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static bool IsHistoryFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        Span<byte> start = stackalloc byte[256];
        var read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        var head = start[..read];
        var newline = head.IndexOf((byte)'\n');
        var firstLine = newline >= 0 ? head[..newline] : head;
        return firstLine.TrimStart([(byte)0xEF, (byte)0xBB, (byte)0xBF, (byte)' ']).StartsWith("{"u8)
            && firstLine.IndexOf("\"artrev-history\""u8) >= 0;
    }

    /// <summary>
    /// Returns the paths of the files and folders the store keeps beside the history at <paramref name="historyPath"/>:
    /// its index (<c>NAME.idx</c>, a cache rebuilt when missing), its derived facts (<c>NAME.facts</c>, likewise a
    /// cache), its provenance checkpoint (<c>NAME.blame</c>, likewise a cache), its writers' lock (<c>NAME.lock</c>, empty, kept
    /// in place) and its raw sources (<c>NAME.sources/</c>, part of the record: they belong with the history).
    /// </summary>
    /// <param name="historyPath">The history file's path.</param>
    /// <returns>The paths, whether or not each exists yet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="historyPath"/> is null.</exception>
    /// <remarks>
    /// Tools that list a folder (an import of snapshots, a collection) use it to tell a history's own files from the
    /// user's. Backups made by <see cref="Repair"/> and <see cref="Upgrade"/> are history files in their own right.
    /// </remarks>
    public static IReadOnlyList<string> SidecarPaths(string historyPath)
    {
        ArgumentNullException.ThrowIfNull(historyPath);
        return [HistoryIndex.PathFor(historyPath), FactsSidecar.PathFor(historyPath), BlamePathFor(historyPath), WriterLock.PathFor(historyPath), RawSourceStore.ForHistory(historyPath).Directory];
    }

    /// <summary>Gets the path of the provenance checkpoint kept beside the history (written and read by blame).</summary>
    internal static string BlamePathFor(string historyPath) => historyPath + ".blame";

    /// <summary>Removes a torn last line (left by a crash during a write), keeping the whole file as it was in a backup beside it.</summary>
    /// <param name="path">The history file.</param>
    /// <param name="options">How long to wait for writers; <see cref="HistoryFileOptions.Default"/> when null.</param>
    /// <returns>What was removed (nothing when the last line is complete) and where the backup is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="HistoryFormatException">The header itself is torn, or the file is still not a valid history once the torn line is removed (the backup is kept).</exception>
    /// <exception cref="HistoryLockedException">A writer held the file for the whole timeout.</exception>
    /// <exception cref="IOException">The file cannot be read or written.</exception>
    public static RepairResult Repair(string path, HistoryFileOptions? options = null) =>
        HistoryMaintenance.Repair(path, options ?? HistoryFileOptions.Default);

    /// <summary>
    /// Converts a version 1 history to version 2: writes a new file beside it, reads it back and compares every
    /// revision, then replaces the original atomically, keeping it as a backup.
    /// </summary>
    /// <param name="path">The history file.</param>
    /// <param name="options">How to write and how long to wait for writers; <see cref="HistoryFileOptions.Default"/> when null.</param>
    /// <returns>What was converted, and where the backup is; nothing is done to a file already at version 2.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="HistoryFormatException">The file is not a valid history (nothing is changed).</exception>
    /// <exception cref="HistoryLockedException">A writer held the file for the whole timeout.</exception>
    /// <exception cref="IOException">The file cannot be read or written (the original is left in place).</exception>
    public static UpgradeResult Upgrade(string path, HistoryFileOptions? options = null) =>
        HistoryMaintenance.Upgrade(path, options ?? HistoryFileOptions.Default);

    /// <summary>Gets revision <paramref name="number"/>, reading and checking only the lines it is rebuilt from.</summary>
    /// <param name="number">The 1-based revision number.</param>
    /// <returns>The revision.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No revision has that number.</exception>
    /// <exception cref="HistoryFormatException">A line it is rebuilt from is damaged or does not match its hash.</exception>
    public Revision GetRevision(int number)
    {
        if (number < 1 || number > Count)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, Count == 0 ? "The history has no revisions." : $"The history has revisions 1 to {Count}.");
        }

        if (whole is not null)
        {
            return whole.GetRevision(number);
        }

        return Rebuild(entries.IndexOfRevision(number), -1).Target;
    }

    /// <summary>
    /// Gets revision <paramref name="number"/> and the one before it, as <see cref="GetRevision"/> gets each, reading
    /// and replaying the lines they are rebuilt from once when they share them (the later one is not a full text).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not one of revisions 2 to <see cref="Count"/>.</exception>
    /// <exception cref="HistoryFormatException">A line they are rebuilt from is damaged or does not match its hash.</exception>
    internal (Revision Earlier, Revision Later) GetRevisionPair(int number)
    {
        if (whole is not null || number < 2 || number > Count)
        {
            var later = GetRevision(number);
            return (GetRevision(number - 1), later);
        }

        var target = entries.IndexOfRevision(number);
        var previous = entries.IndexOfRevision(number - 1);
        if (entries.BaseOf(target) != entries.BaseOf(previous) || entries.IndexOfRevision(entries.BaseOf(target)) == target)
        {
            var later = Rebuild(target, -1).Target;
            return (Rebuild(previous, -1).Target, later);
        }

        var (earlier, revision) = Rebuild(target, previous);
        return (earlier!, revision);
    }

    /// <summary>
    /// Rebuilds the revision of entry <paramref name="target"/> from its full text and the deltas after it, and also
    /// the revision of entry <paramref name="also"/> on the way (-1 for none; else a revision entry between the full
    /// text and the target).
    /// </summary>
    private (Revision? Also, Revision Target) Rebuild(int target, int also)
    {
        var first = entries.IndexOfRevision(entries.BaseOf(target));
        var start = entries.OffsetOf(first);
        var bytes = ReadRange(start, entries.EndOf(target));

        // The full text the deltas start from and the target are rebuilt as revisions and checked against their chain
        // hashes; the deltas between only carry the text forward (no Revision is built or hashed for them). The target's
        // hash covers its full text, so a changed delta on the way fails as a mismatch of the target; 'artrev verify'
        // checks, and names, every line.
        if (target == first)
        {
            return (null, CheckedRevision(bytes, start, first, []));
        }

        // The deltas between are applied in one buffer, with no string or record made for them; the revision also
        // asked for is rebuilt as a revision, and the target's delta applied to its text. The full text they start from
        // is decoded straight into the buffer and checked there, unless it is asked for as a revision.
        Revision? found = null;
        ReadOnlySpan<char> text;
        var last = also > first ? also : target;
        char[] buffer;
        if (also != first && TryCheckedFullText(bytes, start, first, out var decoded, out var length))
        {
            buffer = decoded;
            text = decoded.AsSpan(0, length);
        }
        else
        {
            var fullText = CheckedRevision(bytes, start, first, []);
            found = also == first ? fullText : null;
            buffer = [];
            text = fullText.Text;
        }

        for (var i = first + 1; i < last; i++)
        {
            if (entries.IsRevision(i))
            {
                var line = bytes.AsSpan((int)(entries.OffsetOf(i) - start), (int)(entries.EndOf(i) - entries.OffsetOf(i)) - 1);

                // In place: the text moves to the buffer's end and the next one is written from its start. A delta
                // inserts fewer units than its line has bytes, so with that much room before the text the writing never
                // reaches what is still to be read.
                if (buffer.Length < text.Length + line.Length)
                {
                    var grown = new char[text.Length + line.Length + 1024];
                    text.CopyTo(grown.AsSpan(grown.Length - text.Length));
                    buffer = grown;
                }
                else
                {
                    text.CopyTo(buffer.AsSpan(buffer.Length - text.Length));
                }

                var previous = buffer.AsSpan(buffer.Length - text.Length);
                var written = HistoryLineCodec.ApplyDeltaLine(line, previous, ref buffer, Path, i + 2, out var lineNumber);
                if (written == -1 || lineNumber != entries.NumberOf(i))
                {
                    throw Stale(i + 2);
                }

                if (written < 0)
                {
                    throw DeltaMisfit(i + 2, lineNumber);
                }

                text = buffer.AsSpan(0, written);
            }
        }

        if (also > first)
        {
            found = CheckedRevision(bytes, start, also, text);
            text = found.Text;
        }

        return (found, CheckedRevision(bytes, start, target, text));
    }

    /// <summary>
    /// Decodes the full text of entry <paramref name="index"/> into a new buffer and checks its line as
    /// <see cref="CheckedRevision"/> does (the number and time against the index, the chain hash), with no string of the
    /// text made; false when anything is amiss, for <see cref="CheckedRevision"/> to read the line again and say what.
    /// </summary>
    private bool TryCheckedFullText(byte[] bytes, long start, int index, out char[] buffer, out int length)
    {
        (buffer, length) = ([], -1);
        var line = bytes.AsSpan((int)(entries.OffsetOf(index) - start), (int)(entries.EndOf(index) - entries.OffsetOf(index)));
        try
        {
            // The text's value is copied out unescaped; the line's other fields are decoded as usual from a copy of the
            // line whose text is empty.
            var reader = new Utf8JsonReader(line);
            var (textStart, textEnd) = (-1, -1);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isText = reader.ValueTextEquals("text"u8);
                reader.Read();
                if (!isText)
                {
                    reader.Skip();
                    continue;
                }

                if (reader.TokenType != JsonTokenType.String || textStart >= 0 || reader.HasValueSequence)
                {
                    return false;
                }

                (textStart, textEnd) = ((int)reader.TokenStartIndex, (int)reader.BytesConsumed);
                buffer = new char[reader.ValueSpan.Length + 256];
                // By hand when escaped: the reader's own copy unescapes through a pooled buffer the text's size.
                length = reader.ValueIsEscaped ? HistoryLineCodec.Unescape(reader.ValueSpan, buffer) : reader.CopyString(buffer);
                if (length < 0)
                {
                    return false;
                }
            }

            if (textStart < 0)
            {
                return false;
            }

            var stripped = new byte[line.Length - (textEnd - textStart) + 2];
            line[..textStart].CopyTo(stripped);
            "\"\""u8.CopyTo(stripped.AsSpan(textStart));
            line[textEnd..].CopyTo(stripped.AsSpan(textStart + 2));
            var record = HistoryLineCodec.DecodeRevisionRecord(stripped, Path, index + 2, Version);
            var entry = entries[index];
            if (record.Text is null || record.Number != entries.NumberOf(index) || record.Sha256 != entry.Hash)
            {
                return false;
            }

            var revision = HistoryLineCodec.ToRevision(record, string.Empty, Path, index + 2);
            var expected = RevisionHasher.Compute(
                index == 0 ? seal : entries[index - 1].Hash, revision.Number, revision.At, revision.ObservedAt, revision.Title, revision.Editor, revision.Note,
                revision.Source, buffer.AsSpan(0, length), revision.Attributes, revision.RawSource);
            return revision.At == entry.At && expected == revision.Hash;
        }
        catch (Exception e) when (e is JsonException or HistoryFormatException or ArgumentException or InvalidOperationException)
        {
            // Read again the usual way, which reports it.
            return false;
        }
    }

    /// <summary>Rebuilds the revision of entry <paramref name="index"/> on top of <paramref name="previousText"/> and checks it against the index and its chain hash.</summary>
    private Revision CheckedRevision(byte[] bytes, long start, int index, ReadOnlySpan<char> previousText)
    {
        var record = DecodeRecord(bytes, start, index);
        // A line without a text has a delta: the codec refuses a revision line with neither.
        var text = record.Text ?? ApplyDelta(record.Delta!, previousText, index + 2, record.Number);
        var revision = HistoryLineCodec.ToRevision(record, text, Path, index + 2);
        var entry = entries[index];
        if (revision.At != entry.At)
        {
            throw Stale(index + 2);
        }

        CheckHash(revision.Hash, entry, index);
        var expected = revision.ComputeHash(index == 0 ? seal : entries[index - 1].Hash);
        return expected == revision.Hash ? revision : throw HashMismatch(index + 2, revision.Number, revision.Hash, expected);
    }

    /// <summary>Decodes the revision line of entry <paramref name="index"/> from <paramref name="bytes"/>, which start at file offset <paramref name="start"/>, checking its number against the index.</summary>
    private RevisionRecord DecodeRecord(byte[] bytes, long start, int index)
    {
        var line = bytes.AsSpan((int)(entries.OffsetOf(index) - start), (int)(entries.EndOf(index) - entries.OffsetOf(index)));
        var record = HistoryLineCodec.DecodeRevisionRecord(line, Path, index + 2, Version);
        return record.Number == entries.NumberOf(index) ? record : throw Stale(index + 2);
    }

    /// <summary>Gets the revision that was current at <paramref name="instant"/>: the latest that became current at or before it.</summary>
    /// <param name="instant">The instant to look at.</param>
    /// <returns>The revision, or null when <paramref name="instant"/> is before the first revision (or there is none).</returns>
    /// <exception cref="HistoryFormatException">A line it is rebuilt from is damaged or does not match its hash.</exception>
    public Revision? AsOf(Instant instant)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (entries.AtOf(entries.IndexOfRevision(mid + 1)) <= instant)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo == 0 ? null : GetRevision(lo);
    }

    /// <summary>Appends <paramref name="draft"/>, which carries its own time, as the next revision, unless its text is unchanged.</summary>
    /// <param name="draft">The version to append; <see cref="RevisionDraft.At"/> must be set.</param>
    /// <returns>The outcome and the revision concerned; its history is read from the file only if asked for.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    /// <exception cref="ArgumentException">The draft has no time, its text holds an unpaired surrogate, or its source is relative.</exception>
    /// <exception cref="RevisionOrderException">The draft's time is at or before the latest revision's (including one another writer added meanwhile).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The draft was observed before it became current.</exception>
    /// <exception cref="HistoryFormatException">The file is version 1 (read-only; upgrade it), or its last line is torn.</exception>
    /// <exception cref="HistoryLockedException">Another writer held the file for the whole lock timeout.</exception>
    /// <exception cref="IOException">The file cannot be written (it is left unchanged).</exception>
    public AppendResult Append(RevisionDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var at = draft.At ?? throw new ArgumentException("The draft has no time: set RevisionDraft.At, or pass a clock that says when 'now' is.", nameof(draft));
        return AppendCore(draft, () => at);
    }

    /// <summary>Appends <paramref name="draft"/> as the next revision and writes its line, unless its text is unchanged.</summary>
    /// <param name="draft">The version to append.</param>
    /// <param name="clock">Supplies "now", read once the lock is held and only when the draft has no time.</param>
    /// <returns>The outcome and the revision concerned; its history is read from the file only if asked for.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RevisionOrderException">The draft's time is at or before the latest revision's (including one another writer added meanwhile).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The draft was observed before it became current.</exception>
    /// <exception cref="ArgumentException">The draft's text holds an unpaired surrogate, or its source is relative.</exception>
    /// <exception cref="HistoryFormatException">The file is version 1 (read-only; upgrade it), or its last line is torn.</exception>
    /// <exception cref="HistoryLockedException">Another writer held the file for the whole lock timeout.</exception>
    /// <exception cref="IOException">The file cannot be written (it is left unchanged).</exception>
    public AppendResult Append(RevisionDraft draft, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(clock);
        return AppendCore(draft, () => draft.At ?? clock.GetCurrentInstant());
    }

    /// <summary>Records <paramref name="event"/> as the next line of the chain.</summary>
    /// <param name="event">What happened.</param>
    /// <returns>The event as recorded, with its chain hash.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="event"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The event is before the last line, or names a revision the history does not have.</exception>
    /// <exception cref="ArgumentException">A metadata change gives the article another id.</exception>
    /// <exception cref="HistoryFormatException">The file is version 1 (read-only; upgrade it), or its last line is torn.</exception>
    /// <exception cref="HistoryLockedException">Another writer held the file for the whole lock timeout.</exception>
    /// <exception cref="IOException">The file cannot be written (it is left unchanged).</exception>
    public RecordedEvent Record(HistoryEvent @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        using var guard = BeginWrite();
        var lines = new List<(byte[] Line, IndexEntry Entry)>(1);
        var writer = new ChainWriter(Tail(), options, (line, entry) => lines.Add((line, entry)));
        var recorded = writer.Record(@event);
        WriteLines(stream => stream.Write(lines[0].Line), lines[0].Line.Length, [lines[0].Entry], Latest, writer.Article);
        return recorded;
    }

    /// <summary>
    /// Appends every draft of <paramref name="drafts"/> whose text differs from the one before it, as one write: one
    /// lock, one write and one flush to disk, then the index; all or nothing.
    /// </summary>
    /// <param name="drafts">The versions to append, in time order, each carrying its time (<see cref="RevisionDraft.At"/>).</param>
    /// <returns>One result per draft, in order: appended, or left out because its text equals the revision before it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="drafts"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">A draft has no time, its text holds an unpaired surrogate, or its source is relative.</exception>
    /// <exception cref="RevisionOrderException">A draft's time is at or before the revision before it (including one another writer added meanwhile).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A draft was observed before it became current.</exception>
    /// <exception cref="HistoryFormatException">The file is version 1 (read-only; upgrade it), or its last line is torn.</exception>
    /// <exception cref="HistoryLockedException">Another writer held the file for the whole lock timeout.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    /// <remarks>
    /// The lock is held while the drafts are read, so give drafts that are ready (a list), not ones still being
    /// fetched. If any draft is refused or the write fails, nothing of the batch is in the file afterwards and the
    /// index still describes it: the file is cut back to its length before. For revisions and events prepared over
    /// a longer time, use <see cref="BeginBatch"/>.
    /// </remarks>
    public ImmutableArray<AppendResult> AppendRange(IEnumerable<RevisionDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        using var guard = BeginWrite();
        var results = new List<(AppendOutcome Outcome, Revision Revision)>();
        using (var batch = HistoryBatch.ForFile(this, Tail(), options, lockHeld: true))
        {
            foreach (var draft in drafts)
            {
                var outcome = batch.Append(draft ?? throw new ArgumentNullException(nameof(drafts), "A draft in the batch is null."));
                // Latest is set after any draft: an unchanged text needs a revision before it to equal.
                results.Add((outcome, batch.Latest ?? throw new InvalidOperationException("A batch has a latest revision after a draft.")));
            }

            batch.Commit();
        }

        var upTo = length;
        var history = new Lazy<ArticleHistory>(() => ReadWhole(upTo, checkBytes: false));
        return [.. results.Select(r => new AppendResult(() => history.Value, r.Outcome, r.Revision))];
    }

    /// <summary>
    /// Starts a batch of revisions and events to append to this history as one (see <see cref="HistoryBatch"/>): nothing
    /// is written until it is committed, and the writers' lock is taken only then.
    /// </summary>
    /// <returns>The batch, chained to the history as this instance last read it.</returns>
    /// <exception cref="HistoryFormatException">The file is version 1 (read-only; upgrade it).</exception>
    /// <exception cref="HistoryFormatException">A line the latest revision is rebuilt from is damaged.</exception>
    public HistoryBatch BeginBatch()
    {
        ThrowIfReadOnly();
        return HistoryBatch.ForFile(this, Tail(), options, lockHeld: false);
    }

    /// <summary>
    /// Starts a new history for <paramref name="article"/> that appears at <paramref name="path"/> only when the batch
    /// is committed, whole and checked (see <see cref="HistoryBatch"/>).
    /// </summary>
    /// <param name="path">Where the history will be; nothing may be there.</param>
    /// <param name="article">The article the history is about.</param>
    /// <param name="options">How the file is written; <see cref="HistoryFileOptions.Default"/> when null.</param>
    /// <returns>The batch, its header written under a temporary name beside <paramref name="path"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="article"/> is null.</exception>
    /// <exception cref="IOException">Something is at <paramref name="path"/> already, or the folder cannot be written.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public static HistoryBatch BeginCreate(string path, Article article, HistoryFileOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(article);
        return HistoryBatch.ForNewFile(path, article, options ?? HistoryFileOptions.Default);
    }

    internal static string Repaired(string path, int lastComplete) =>
        $"the last line is incomplete (no newline at its end), as when an append is interrupted; {(lastComplete == 0 ? "no revision is complete" : $"the last complete revision is {lastComplete}")}. Run 'artrev repair {path}' to remove it (a backup is kept); nothing was changed.";

    /// <summary>Reads complete lines from <paramref name="bytes"/> in order, checking each against the chain so far; returns the bytes consumed.</summary>
    internal static int Scan(ReadOnlySpan<byte> bytes, long offset, ScanState state, string path)
    {
        var consumed = 0;
        while (consumed < bytes.Length)
        {
            var end = bytes[consumed..].IndexOf((byte)'\n');
            if (end < 0)
            {
                break;
            }

            var line = bytes.Slice(consumed, end);
            ScanLine(line, offset + consumed, end + 1, state, path);
            consumed += end + 1;
        }

        return consumed;
    }

    private static void ScanLine(ReadOnlySpan<byte> line, long offset, int lineLength, ScanState state, string path)
    {
        var number = ++state.LineNumber;
        if (line.Trim((byte)'\r').IsEmpty)
        {
            throw new HistoryFormatException(path, number, HistoryFileFault.MalformedLine, "blank line: every line must be a header, a revision or an event.");
        }

        if (line.IndexOf((byte)0) is var nul and >= 0)
        {
            throw new HistoryFormatException(path, number, HistoryFileFault.MalformedLine, $"binary data (a NUL byte at offset {offset + nul}): this is not an artrev history file.");
        }

        var type = state.Version == HistoryLineCodec.LegacyVersion ? "revision" : HistoryLineCodec.ReadType(line, path, number);
        if (type != "revision")
        {
            var (e, hash) = HistoryLineCodec.DecodeEvent(line, path, number);
            RecordedEvent recorded;
            try
            {
                recorded = ArticleHistory.CreateEvent(e, state.LatestNumber, state.LastTime, state.LastHash, state.Current, state.LastEventAfter);
            }
            catch (ArgumentException x)
            {
                throw new HistoryFormatException(path, number, HistoryFileFault.OutOfOrder, x.Message.Split(" (Parameter", 2)[0], x);
            }

            if (recorded.Hash != hash)
            {
                throw new HistoryFormatException(path, number, HistoryFileFault.HashMismatch, $"this {type} line does not match its hash: it was changed after it was written (stored sha256 {hash[..12]}…, content gives {recorded.Hash[..12]}…).");
            }

            if (state.CheckBytes)
            {
                CheckLineBytes(line, type, number, state.Version, path);
            }

            state.Events?.Add(recorded);
            state.Entries.Add(new IndexEntry(offset, lineLength, e.Kind == HistoryEventKind.MetadataChanged ? IndexEntryKind.Metadata : IndexEntryKind.Event, state.LatestNumber, 0, e.At, null, hash));
            state.LastHash = hash;
            state.LastTime = e.At;
            state.LastEventAfter = state.LatestNumber;
            if (e.Article is { } article)
            {
                state.Current = article;
            }

            return;
        }

        var record = HistoryLineCodec.DecodeRevisionRecord(line, path, number, state.Version);
        if (record.Number != state.LatestNumber + 1)
        {
            throw new HistoryFormatException(path, number, HistoryFileFault.BadNumbering, $"revision is numbered {record.Number}, expected {state.LatestNumber + 1}.");
        }

        if (record.Delta is not null && state.LatestNumber == 0)
        {
            throw new HistoryFormatException(path, number, HistoryFileFault.MalformedLine, "revision 1 has a delta but no revision before it: the first revision holds its text.");
        }

        var text = record.Text ?? ApplyDelta(record.Delta!, state.LatestText ??= state.LoadLatestText!(), path, number, record.Number);
        var revision = HistoryLineCodec.ToRevision(record, text, path, number);
        if (state.LatestAt is { } before && revision.At <= before)
        {
            throw new HistoryFormatException(path, number, HistoryFileFault.OutOfOrder, $"revision {revision.Number} at {RevisionHasher.EncodeInstant(revision.At)} is not after revision {state.LatestNumber} at {RevisionHasher.EncodeInstant(before)}.");
        }

        var expected = revision.ComputeHash(state.LastHash);
        if (expected != revision.Hash)
        {
            throw HashMismatch(path, number, revision.Number, revision.Hash, expected);
        }

        if (state.CheckBytes)
        {
            CheckLineBytes(line, type, number, state.Version, path);
        }

        var fullText = record.Text is not null;
        state.Revisions?.Add(revision);
        state.Entries.Add(new IndexEntry(offset, lineLength, fullText ? IndexEntryKind.FullText : IndexEntryKind.Delta, revision.Number, fullText ? revision.Number : state.LatestBase, revision.At, revision.ObservedAt, revision.Hash));
        state.LastHash = revision.Hash;
        state.LatestNumber = revision.Number;
        state.LatestAt = revision.At;
        state.LastTime = revision.At;
        state.LatestText = text;
        state.LatestBase = fullText ? revision.Number : state.LatestBase;
    }

    /// <summary>For <see cref="Verify"/>: refuses a line (without its newline) whose bytes are not the ones artrev wrote for its values.</summary>
    private static void CheckLineBytes(ReadOnlySpan<byte> line, string type, int number, int version, string path)
    {
        if (line.EndsWith((byte)'\r'))
        {
            throw new HistoryFormatException(path, number, HistoryFileFault.HashMismatch, "the line ends in CR LF, which artrev never writes: an editor changed the file's line ends (its values are intact, and other commands still read it).");
        }

        if (version == HistoryLineCodec.FormatVersion && HistoryLineCodec.FindRespelling(line, type) is var at and >= 0)
        {
            throw Respelt(path, number, at);
        }
    }

    private static HistoryFormatException Respelt(string path, int lineNumber, int at) =>
        new(path, lineNumber, HistoryFileFault.HashMismatch, $"this line's bytes from byte {at + 1} on are not the ones artrev wrote for the values it holds (the same values spelt another way, such as a character written as an escape): it was changed after it was written.");

    private static string ApplyDelta(TextDelta delta, ReadOnlySpan<char> previous, string path, int lineNumber, int revisionNumber) =>
        delta.ApplyTo(previous) ?? throw DeltaMisfit(path, lineNumber, revisionNumber);

    private static HistoryFormatException DeltaMisfit(string path, int lineNumber, int revisionNumber) =>
        new(path, lineNumber, HistoryFileFault.HashMismatch, $"revision {revisionNumber}'s delta does not fit the text of revision {revisionNumber - 1}: a line was changed after it was written.");

    private static HistoryFormatException HashMismatch(string path, int lineNumber, int revisionNumber, string stored, string expected) =>
        new(path, lineNumber, HistoryFileFault.HashMismatch, $"revision {revisionNumber} does not match its hash: it was changed after it was written (stored sha256 {stored[..12]}…, content gives {expected[..12]}…).");

    private string ApplyDelta(TextDelta delta, ReadOnlySpan<char> previous, int lineNumber, int revisionNumber) => ApplyDelta(delta, previous, Path, lineNumber, revisionNumber);

    private HistoryFormatException DeltaMisfit(int lineNumber, int revisionNumber) => DeltaMisfit(Path, lineNumber, revisionNumber);

    private HistoryFormatException HashMismatch(int lineNumber, int revisionNumber, string stored, string expected) => HashMismatch(Path, lineNumber, revisionNumber, stored, expected);

    /// <summary>The index says one thing and the line another: the file was changed without its index.</summary>
    private HistoryFormatException Stale(int lineNumber) =>
        new(Path, lineNumber, HistoryFileFault.HashMismatch, $"this line is not the one the index {HistoryIndex.PathFor(Path)} recorded: the file was changed after it was written. 'artrev verify' checks every line.");

    private string CheckHash(string hash, IndexEntry entry, int index) => hash == entry.Hash ? hash : throw Stale(index + 2);

    private void Reset(byte[] line, Article article, int version, string? headerSeal)
    {
        headerLine = line;
        header = article;
        Article = article;
        Version = version;
        seal = headerSeal;
        entries = new();
        length = line.Length;
        whole = null;
        latest = null;
    }

    private void Load()
    {
        using var handle = File.OpenHandle(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var fileLength = RandomAccess.GetLength(handle);
        var (line, article, version, headerSeal) = ReadHeader(handle, fileLength);
        Reset(line, article, version, headerSeal);
        if (version == HistoryLineCodec.LegacyVersion)
        {
            whole = ScanFrom(handle, fileLength, keepAll: true);
            return;
        }

        var indexed = HistoryIndex.TryOpen(Path, line.Length, headerSeal!, Rescan);
        var trusted = indexed is { Count: > 0 } && IsConsistent(handle, fileLength, indexed);
        if (trusted)
        {
            Adopt(indexed!);
        }

        var before = entries.Count;
        ScanFrom(handle, fileLength, keepAll: false);
        if (!trusted || entries.Count != before)
        {
            // A reader brings the index up to date only when no writer is busy, and never waits for one.
            try
            {
                using var probe = WriterLock.TryAcquire(Path);
                if (probe is not null)
                {
                    SaveIndex(trusted ? before : -1);
                }
            }
            catch (UnauthorizedAccessException)
            {
                // A reader in a folder it may not write to still answers from the file; the index is only a cache.
            }
        }
    }

    /// <summary>Takes on the entries of a trusted index, and the chain state they imply.</summary>
    private void Adopt(IndexEntries indexed)
    {
        entries = indexed;
        length = indexed.EndOf(indexed.Count - 1);
        var metadata = indexed.LinksOf(indexed.Count - 1).Metadata;
        if (metadata >= 0)
        {
            var (e, hash) = HistoryLineCodec.DecodeEvent(ReadRange(indexed.OffsetOf(metadata), indexed.EndOf(metadata)), Path, metadata + 2);
            CheckHash(hash, indexed[metadata], metadata);
            Article = e.Article!;
        }
    }

    /// <summary>
    /// Checks that an index describes this file as far as its last entry shows: that entry is within the file, well
    /// formed, and the line there is complete and carries the entry's hash. The chain hash of that line covers every
    /// line before it; an entry read later that disagrees with its line is reported then (see <see cref="Stale"/>).
    /// </summary>
    private bool IsConsistent(SafeFileHandle handle, long fileLength, IndexEntries indexed)
    {
        var last = indexed[^1];
        if (last.Offset < headerLine.Length || last.Length < 2 || last.End > fileLength || last.Number < 0
            || (last.IsRevision && (last.Number < 1 || last.Base < 1 || last.Base > last.Number)))
        {
            return false;
        }

        var bytes = new byte[last.Length];
        RandomAccess.Read(handle, bytes, last.Offset);
        try
        {
            var stored = last.IsRevision
                ? HistoryLineCodec.DecodeRevisionRecord(bytes.AsSpan(0, bytes.Length - 1), Path, indexed.Count + 1, Version).Sha256
                : HistoryLineCodec.DecodeEvent(bytes.AsSpan(0, bytes.Length - 1), Path, indexed.Count + 1).Hash;
            return bytes[^1] == (byte)'\n' && stored == last.Hash;
        }
        catch (HistoryFormatException)
        {
            // The line the index ends on is not a line any more: the index is stale, and is rebuilt from the file.
            return false;
        }
    }

    /// <summary>
    /// Reads the index's first <paramref name="count"/> entries from the history itself, checking every line, when a
    /// block of the index turns out damaged; puts a sound index in its place if no writer is busy.
    /// </summary>
    private List<IndexEntry> Rescan(int count)
    {
        using var handle = File.OpenHandle(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var bytes = new byte[length - headerLine.Length];
        RandomAccess.Read(handle, bytes, headerLine.Length);
        var state = new ScanState { Version = Version, Current = header, LastHash = seal, LineNumber = 1, Entries = [] };
        Scan(bytes, headerLine.Length, state, Path);
        if (state.Entries.Count < count)
        {
            throw Stale(state.LineNumber + 1);
        }

        try
        {
            using var probe = WriterLock.TryAcquire(Path);
            if (probe is not null)
            {
                HistoryIndex.WriteAll(Path, headerLine.Length, seal!, state.Entries);
            }
        }
        catch (UnauthorizedAccessException)
        {
            // A reader in a folder it may not write to still answers from the file; the index is only a cache.
        }

        return state.Entries.GetRange(0, count);
    }

    /// <summary>Reads a whole history from <paramref name="bytes"/> as <see cref="Read"/> reads a file, without touching the disk (for fuzzing).</summary>
    internal static ArticleHistory Parse(byte[] bytes, string path)
    {
        var file = new HistoryFile(path, HistoryFileOptions.Default);
        var (line, article, version, headerSeal) = file.ParseHeader(bytes);
        file.Reset(line, article, version, headerSeal);
        var state = new ScanState { Version = version, Current = article, LastHash = headerSeal, LineNumber = 1, Entries = [], Revisions = [], Events = [] };
        var rest = bytes.AsSpan(line.Length);
        if (Scan(rest, line.Length, state, path) != rest.Length)
        {
            throw new HistoryFormatException(path, state.LineNumber + 1, HistoryFileFault.TornLastLine, Repaired(path, state.LatestNumber));
        }

        return ArticleHistory.FromChain(article, headerSeal, [.. state.Revisions!], [.. state.Events!]);
    }

    private (byte[] Line, Article Article, int Version, string? Seal) ReadHeader(SafeFileHandle handle, long fileLength)
    {
        // A header line is a few hundred bytes: read 4 KiB, and more only when its newline is not in them.
        var chunk = new byte[(int)Math.Min(fileLength, 1 << 12)];
        var read = RandomAccess.Read(handle, chunk, 0);
        if (chunk.AsSpan(0, read).IndexOf((byte)'\n') < 0 && read < fileLength)
        {
            chunk = new byte[(int)Math.Min(fileLength, 1 << 16)];
            read = RandomAccess.Read(handle, chunk, 0);
        }

        return ParseHeader(chunk.AsSpan(0, read));
    }

    private (byte[] Line, Article Article, int Version, string? Seal) ParseHeader(ReadOnlySpan<byte> span)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        var skip = span.StartsWith(bom) ? bom.Length : 0;
        if (span.Length == skip)
        {
            throw new HistoryFormatException(Path, 1, HistoryFileFault.Empty, "the file is empty: a history file starts with a header line (create one with 'artrev init').");
        }

        var end = span.IndexOf((byte)'\n');
        var text = end < 0 ? span[skip..] : span[skip..end];
        if (text.IndexOf((byte)0) >= 0)
        {
            throw new HistoryFormatException(Path, 1, HistoryFileFault.MalformedLine, $"binary data (a NUL byte at offset {text.IndexOf((byte)0) + skip}): this is not an artrev history file.");
        }

        if (!text.TrimStart((byte)' ').StartsWith("{"u8))
        {
            throw new HistoryFormatException(Path, 1, HistoryFileFault.WrongFormat, "not an artrev history file: the first line is not a JSON header (create a history with 'artrev init').");
        }

        if (end < 0)
        {
            throw new HistoryFormatException(Path, 1, HistoryFileFault.TornLastLine, "the header line is incomplete (no newline at its end): the file was cut off while it was created, and holds no revision.");
        }

        var (article, version, headerSeal) = HistoryLineCodec.DecodeHeader(text, Path);
        return (span[..(end + 1)].ToArray(), article, version, headerSeal);
    }

    /// <summary>Reads and checks the lines from <see cref="length"/> to the end, adding them; a torn tail is left out while a writer may be writing it.</summary>
    private ArticleHistory? ScanFrom(SafeFileHandle handle, long fileLength, bool keepAll)
    {
        var bytes = new byte[fileLength - length];
        RandomAccess.Read(handle, bytes, length);
        var last = entries.Count == 0 ? (IndexEntry?)null : entries[^1];
        var lastRevision = Count == 0 ? (IndexEntry?)null : entries[entries.IndexOfRevision(Count)];
        var lastEvent = entries.Count == 0 ? -1 : entries.LinksOf(entries.Count - 1).Event;
        var scanned = new List<IndexEntry>();
        var state = new ScanState
        {
            Version = Version,
            Current = Article,
            LastHash = last?.Hash ?? seal,
            LatestNumber = Count,
            LatestAt = lastRevision?.At,
            LatestBase = lastRevision?.Base ?? 0,
            LastTime = last?.At,
            LastEventAfter = lastEvent < 0 ? 0 : entries.NumberOf(lastEvent),
            LoadLatestText = () => GetRevision(Count).Text,
            LineNumber = entries.Count + 1,
            Entries = scanned,
            Revisions = keepAll ? [] : null,
            Events = keepAll ? [] : null,
        };
        var consumed = Scan(bytes, length, state, Path);
        if (consumed < bytes.Length && IsTorn(fileLength))
        {
            throw new HistoryFormatException(Path, state.LineNumber + 1, HistoryFileFault.TornLastLine, Repaired(Path, state.LatestNumber));
        }

        foreach (var entry in scanned)
        {
            entries.Add(entry);
        }

        length += consumed;
        Article = state.Current;
        return keepAll ? ArticleHistory.FromChain(header, seal, [.. state.Revisions!], [.. state.Events!]) : null;
    }

    /// <summary>
    /// Whether an incomplete last line is torn rather than being written: it is torn when no writer holds the lock,
    /// checked while holding it, so a writer that finishes meanwhile is not taken for a crash.
    /// </summary>
    private bool IsTorn(long lengthSeen)
    {
        WriterLock? probe;
        try
        {
            probe = WriterLock.TryAcquire(Path);
        }
        catch (UnauthorizedAccessException)
        {
            // No one may create the lock in this folder, so no writer of ours can be writing: the line is torn.
            return true;
        }

        using var held = probe;
        if (probe is null)
        {
            return false;
        }

        var now = new FileInfo(Path).Length;
        if (now == lengthSeen)
        {
            return true;
        }

        // A writer completed its line between our read and our probe: read again, now that no one writes.
        using var handle = File.OpenHandle(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var last = new byte[1];
        RandomAccess.Read(handle, last, now - 1);
        return last[0] != (byte)'\n';
    }

    private ArticleHistory ReadWhole(long upTo, bool checkBytes)
    {
        using var handle = File.OpenHandle(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var bytes = new byte[upTo - headerLine.Length];
        RandomAccess.Read(handle, bytes, headerLine.Length);
        if (checkBytes)
        {
            CheckHeaderBytes(headerLine, Version, Path);
        }

        var state = new ScanState
        {
            Version = Version,
            CheckBytes = checkBytes,
            Current = header,
            LastHash = seal,
            LineNumber = 1,
            Entries = [],
            Revisions = [],
            Events = [],
        };
        var consumed = Scan(bytes, headerLine.Length, state, Path);
        if (consumed != bytes.Length)
        {
            throw new HistoryFormatException(Path, state.LineNumber + 1, HistoryFileFault.TornLastLine, Repaired(Path, state.LatestNumber));
        }

        return ArticleHistory.FromChain(header, seal, [.. state.Revisions!], [.. state.Events!]);
    }

    /// <summary>For <see cref="Verify"/>: refuses a header line (as read, with its newline) whose bytes are not the ones artrev wrote for its values.</summary>
    private static void CheckHeaderBytes(ReadOnlySpan<byte> line, int version, string path)
    {
        if (line.StartsWith("\uFEFF"u8))
        {
            throw new HistoryFormatException(path, 1, HistoryFileFault.HashMismatch, "the file starts with a byte order mark, which artrev never writes: an editor changed the file's bytes (its values are intact, and other commands still read it).");
        }

        CheckLineBytes(line.EndsWith((byte)'\n') ? line[..^1] : line, "header", 1, version, path);
    }

    private byte[] ReadRange(long start, long end)
    {
        using var handle = File.OpenHandle(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var bytes = new byte[end - start];
        if (RandomAccess.Read(handle, bytes, start) != bytes.Length)
        {
            throw Stale(entries.FindFirstEndingAtOrAfter(end) + 2);
        }

        return bytes;
    }

    private WriterLock BeginWrite()
    {
        ThrowIfReadOnly();
        var guard = WriterLock.Acquire(Path, options.LockTimeout);
        try
        {
            CatchUp();
            return guard;
        }
        catch
        {
            guard.Dispose();
            throw;
        }
    }

    /// <summary>With the lock held, reads what other writers added since this instance last looked (or everything again if the file was replaced).</summary>
    private void CatchUp()
    {
        using var handle = File.OpenHandle(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        var fileLength = RandomAccess.GetLength(handle);
        var start = new byte[headerLine.Length];
        var sameHeader = fileLength >= length && RandomAccess.Read(handle, start, 0) == start.Length && start.AsSpan().SequenceEqual(headerLine);
        if (!sameHeader)
        {
            handle.Dispose();
            Load();
            if (Version == HistoryLineCodec.LegacyVersion)
            {
                throw new HistoryFormatException(Path, 1, HistoryFileFault.UnsupportedVersion, $"format version 1 is read-only in this build: run 'artrev upgrade {Path}' to convert it to version 2.");
            }

            return;
        }

        if (fileLength != length)
        {
            var before = entries.Count;
            latest = null;
            whole = null;
            ScanFrom(handle, fileLength, keepAll: false);
            SaveIndex(before);
        }
    }

    private AppendResult AppendCore(RevisionDraft draft, Func<Instant> now)
    {
        using var guard = BeginWrite();
        var previous = Latest;
        var lines = new List<(byte[] Line, IndexEntry Entry)>(1);
        var writer = new ChainWriter(Tail(), options, (line, entry) => lines.Add((line, entry)));
        var revision = writer.Append(draft, now());
        if (revision is null)
        {
            return new AppendResult(() => History, AppendOutcome.UnchangedText, previous!);
        }

        WriteLines(stream => stream.Write(lines[0].Line), lines[0].Line.Length, [lines[0].Entry], revision, writer.Article);
        var upTo = length;
        return new AppendResult(() => ReadWhole(upTo, checkBytes: false), AppendOutcome.Appended, revision);
    }

    /// <summary>Puts a batch's lines at the end of the file (see <see cref="HistoryBatch.Commit"/>), taking the lock unless the caller holds it.</summary>
    internal void CommitBatch(HistoryBatch batch, bool lockHeld, Revision? latestAfter, Article articleAfter)
    {
        using var guard = lockHeld ? null : BeginWrite();
        if (length != batch.BaseLength)
        {
            throw new IOException($"{Path}: another writer added to the history while this batch was being prepared; nothing was written (prepare it again).");
        }

        WriteLines(batch.CopyTo, batch.ByteCount, batch.Entries, latestAfter, articleAfter);
    }

    /// <summary>What the next line chains to, as this instance last read the file.</summary>
    private ChainTail Tail()
    {
        var last = entries.Count == 0 ? (IndexEntry?)null : entries[^1];
        var lastEvent = entries.Count == 0 ? -1 : entries.LinksOf(entries.Count - 1).Event;
        return new ChainTail(
            Article,
            Latest,
            Count == 0 ? 0 : entries.BaseOf(entries.IndexOfRevision(Count)),
            last?.Hash ?? seal ?? throw new InvalidOperationException("A version 2 history always has a seal."),
            last?.At,
            lastEvent < 0 ? 0 : entries.NumberOf(lastEvent),
            length);
    }

    /// <summary>
    /// Writes complete lines at the end of the file (the lock held) with one write and one flush to disk, then indexes
    /// them; if anything fails the file is cut back to its length before and the index is left as it was.
    /// </summary>
    internal void WriteLines(Action<Stream> write, long byteCount, IReadOnlyList<IndexEntry> added, Revision? latestAfter, Article articleAfter)
    {
        if (added.Count == 0)
        {
            return;
        }

        // Unbuffered: the caller's bytes go straight to the file, so what is flushed is exactly what was written.
        using (var stream = new FileStream(Path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0))
        {
            stream.Seek(length, SeekOrigin.Begin);
            try
            {
                write(stream);
                if (stream.Position != length + byteCount)
                {
                    throw new IOException($"{Path}: {stream.Position - length} bytes were written where {byteCount} were prepared.");
                }

                stream.Flush(flushToDisk: true);
            }
            catch
            {
                stream.SetLength(length);
                stream.Flush(flushToDisk: true);
                throw;
            }
        }

        var before = entries.Count;
        foreach (var entry in added)
        {
            entries.Add(entry);
        }

        length += byteCount;
        whole = null;
        latest = latestAfter;
        Article = articleAfter;
        SaveIndex(before);
    }

    /// <summary>
    /// Reads a newly written file back line by line, checking every line against the chain, and that it holds
    /// exactly <paramref name="expected"/>; reads in chunks, so memory follows the longest line, not the file.
    /// </summary>
    /// <exception cref="HistoryFormatException">A line does not read back.</exception>
    /// <exception cref="IOException">The file holds other lines than were written.</exception>
    internal static void CheckWritten(string path, IReadOnlyList<IndexEntry> expected)
    {
        var file = new HistoryFile(path, HistoryFileOptions.Default);
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var fileLength = RandomAccess.GetLength(handle);
        var (line, article, version, headerSeal) = file.ReadHeader(handle, fileLength);
        var state = new ScanState { Version = version, Current = article, LastHash = headerSeal, LineNumber = 1, Entries = [] };
        var chunk = new byte[1 << 20];
        var filled = 0;
        long position = line.Length, consumedTo = line.Length;
        while (position < fileLength || filled > 0)
        {
            if (filled == chunk.Length)
            {
                Array.Resize(ref chunk, chunk.Length * 2);
            }

            var read = RandomAccess.Read(handle, chunk.AsSpan(filled), position);
            position += read;
            filled += read;
            var consumed = Scan(chunk.AsSpan(0, filled), consumedTo, state, path);
            consumedTo += consumed;
            chunk.AsSpan(consumed, filled - consumed).CopyTo(chunk);
            filled -= consumed;
            if (read == 0)
            {
                if (filled > 0)
                {
                    throw new HistoryFormatException(path, state.LineNumber + 1, HistoryFileFault.TornLastLine, Repaired(path, state.LatestNumber));
                }

                break;
            }
        }

        if (!state.Entries.SequenceEqual(expected))
        {
            throw new IOException($"{path}: the history written does not read back as it was prepared ({state.Entries.Count} lines read, {expected.Count} written); nothing was put in place.");
        }
    }

    private void ThrowIfReadOnly()
    {
        if (Version == HistoryLineCodec.LegacyVersion)
        {
            throw new HistoryFormatException(Path, 1, HistoryFileFault.UnsupportedVersion, $"format version 1 is read-only in this build: run 'artrev upgrade {Path}' to convert it to version 2 (the original is kept as a backup).");
        }
    }

    /// <summary>Brings the index up to date: appends the entries after the first <paramref name="existing"/>, or rewrites it (-1).</summary>
    private void SaveIndex(int existing)
    {
        if (existing < 0)
        {
            HistoryIndex.WriteAll(Path, headerLine.Length, seal!, entries);
        }
        else
        {
            HistoryIndex.Append(Path, headerLine.Length, seal!, entries, existing);
        }
    }
}
