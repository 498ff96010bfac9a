using ArticleRevisions.Model;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Storage;

/// <summary>
/// An article's history stored as one UTF-8 JSON Lines file: a header line with the article, then one line per
/// revision, oldest first.
/// </summary>
/// <remarks>
/// <para>
/// Opening a file reads and checks all of it (format, every line's fields, numbering, time order and the hash
/// chain) and never writes to it. Appending writes only the new line and flushes it to disk before returning; if
/// the write fails the file is cut back to its previous length, so it is left exactly as it was.
/// </para>
/// <para>
/// An instance remembers the file's length when it was read: appending to a file that has changed since then is
/// refused. Instances are not thread-safe; the <see cref="History"/> they hand out is immutable.
/// </para>
/// </remarks>
public sealed class HistoryFile
{
    /// <summary>The format name written in every header line.</summary>
    public const string FormatName = HistoryLineCodec.FormatName;

    /// <summary>The format version this build writes and reads.</summary>
    public const int FormatVersion = HistoryLineCodec.FormatVersion;

    private long length;

    private HistoryFile(string path, ArticleHistory history, long length)
    {
        Path = path;
        History = history;
        this.length = length;
    }

    /// <summary>Gets the file's path as it was given.</summary>
    public string Path { get; }

    /// <summary>Gets the history as the file holds it now.</summary>
    public ArticleHistory History { get; private set; }

    /// <summary>Creates a new history file holding only the header for <paramref name="article"/>.</summary>
    /// <param name="path">Where to create the file; nothing may exist there yet.</param>
    /// <param name="article">The article the history is about.</param>
    /// <returns>The file, open for appending.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file already exists, or it cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder may not be written.</exception>
    public static HistoryFile Create(string path, Article article)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(article);
        var header = HistoryLineCodec.EncodeHeader(article);
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            try
            {
                stream.Write(header);
                stream.Flush(flushToDisk: true);
            }
            catch (IOException)
            {
                stream.Dispose();
                File.Delete(path);
                throw;
            }
        }

        return new HistoryFile(path, ArticleHistory.FromRevisions(article, []), header.Length);
    }

    /// <summary>Reads and checks the whole history file at <paramref name="path"/>.</summary>
    /// <param name="path">The history file.</param>
    /// <returns>The file, open for appending.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="HistoryFormatException">Any line is wrong: its path, line number and reason are given.</exception>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static HistoryFile Open(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var bytes = File.ReadAllBytes(path);
        return new HistoryFile(path, Parse(bytes, path), bytes.Length);
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
    /// known by reading it with <see cref="Open"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static bool IsHistoryFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        Span<byte> start = stackalloc byte[256];
        var read = stream.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        var head = start[..read];
        var newline = head.IndexOf((byte)'\n');
        var firstLine = newline >= 0 ? head[..newline] : head;
        return firstLine.TrimStart([(byte)0xEF, (byte)0xBB, (byte)0xBF, (byte)' ']).StartsWith("{"u8)
            && firstLine.IndexOf("\"artrev-history\""u8) >= 0;
    }

    /// <summary>Appends <paramref name="draft"/> as the next revision and writes its line, unless its text is unchanged.</summary>
    /// <param name="draft">The version to append.</param>
    /// <param name="clock">Supplies "now" when the draft has no time.</param>
    /// <returns>The history afterwards, whether a revision was added, and the revision concerned.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RevisionOrderException">The draft's time is at or before the latest revision's.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The draft was observed before it became current.</exception>
    /// <exception cref="ArgumentException">The draft's text holds an unpaired surrogate, or its source is relative.</exception>
    /// <exception cref="IOException">The file changed since it was read, or it cannot be written (it is left unchanged).</exception>
    public AppendResult Append(RevisionDraft draft, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (!draft.Attributes.IsEmpty || draft.RawSource is not null)
        {
            throw new NotSupportedException("Attributes and raw sources are stored from history format version 2 on; this file is version 1.");
        }

        var result = History.Append(draft, clock);
        if (result.Outcome == AppendOutcome.UnchangedText)
        {
            return result;
        }

        var line = HistoryLineCodec.EncodeRevision(result.Revision);
        // FileShare.None takes an exclusive lock (flock on Unix), so two writers cannot both pass the length check
        // and interleave their lines; readers wait their turn instead of seeing half a line.
        using (var stream = new FileStream(Path, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            if (stream.Length != length)
            {
                throw new IOException($"{Path}: the file changed since it was read ({length} bytes then, {stream.Length} now); read it again before appending.");
            }

            stream.Seek(0, SeekOrigin.End);
            try
            {
                stream.Write(line);
                stream.Flush(flushToDisk: true);
            }
            catch (IOException)
            {
                stream.SetLength(length);
                stream.Flush(flushToDisk: true);
                throw;
            }
        }

        length += line.Length;
        History = result.History;
        return result;
    }

    private static ArticleHistory Parse(ReadOnlySpan<byte> bytes, string path)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(bom))
        {
            bytes = bytes[bom.Length..];
        }

        if (bytes.IsEmpty)
        {
            throw new HistoryFormatException(path, 1, HistoryFileFault.Empty, "the file is empty: a history file starts with a header line (create one with 'artrev init').");
        }

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            var line = bytes[..nul].Count((byte)'\n') + 1;
            throw new HistoryFormatException(path, line, HistoryFileFault.MalformedLine, $"binary data (a NUL byte at offset {nul}): this is not an artrev history file.");
        }

        var revisions = new List<Revision>();
        Article? article = null;
        var lineNumber = 0;
        while (!bytes.IsEmpty)
        {
            lineNumber++;
            var end = bytes.IndexOf((byte)'\n');
            if (end < 0)
            {
                var complete = revisions.Count == 0 ? "no revision is complete" : $"the last complete revision is {revisions.Count}";
                throw new HistoryFormatException(path, lineNumber, HistoryFileFault.TornLastLine, $"the last line is incomplete (no newline at its end), as when an append is interrupted; {complete}. Remove or repair that line; nothing was changed.");
            }

            var line = bytes[..end];
            bytes = bytes[(end + 1)..];
            if (line.Trim((byte)'\r').IsEmpty)
            {
                throw new HistoryFormatException(path, lineNumber, HistoryFileFault.MalformedLine, "blank line: every line must be a header or a revision.");
            }

            if (article is null)
            {
                article = line.TrimStart((byte)' ').StartsWith("{"u8)
                    ? HistoryLineCodec.DecodeHeader(line, path)
                    : throw new HistoryFormatException(path, 1, HistoryFileFault.WrongFormat, "not an artrev history file: the first line is not a JSON header (create a history with 'artrev init').");
                continue;
            }

            var revision = HistoryLineCodec.DecodeRevision(line, path, lineNumber);
            CheckNext(revision, revisions.Count == 0 ? null : revisions[^1], path, lineNumber);
            revisions.Add(revision);
        }

        return ArticleHistory.FromRevisions(article!, revisions);
    }

    private static void CheckNext(Revision revision, Revision? previous, string path, int lineNumber)
    {
        var expectedNumber = (previous?.Number ?? 0) + 1;
        if (revision.Number != expectedNumber)
        {
            throw new HistoryFormatException(path, lineNumber, HistoryFileFault.BadNumbering, $"revision is numbered {revision.Number}, expected {expectedNumber}.");
        }

        if (previous is not null && revision.At <= previous.At)
        {
            throw new HistoryFormatException(path, lineNumber, HistoryFileFault.OutOfOrder, $"revision {revision.Number} at {TimeFormat.Utc(revision.At)} is not after revision {previous.Number} at {TimeFormat.Utc(previous.At)}.");
        }

        var expectedHash = revision.ComputeHash(previous?.Hash);
        if (!string.Equals(expectedHash, revision.Hash, StringComparison.Ordinal))
        {
            throw new HistoryFormatException(path, lineNumber, HistoryFileFault.HashMismatch, $"revision {revision.Number} does not match its hash: it was changed after it was written (stored sha256 {revision.Hash[..12]}…, content gives {expectedHash[..12]}…).");
        }
    }
}
