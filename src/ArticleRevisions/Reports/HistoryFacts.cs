using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using ArticleRevisions.Classification;
using ArticleRevisions.Diffing;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using ArticleRevisions.Timeline;
using NodaTime;

namespace ArticleRevisions.Reports;

/// <summary>
/// Lists a history file's revisions with their facts from its facts sidecar, deriving (one diff each) only the facts
/// the sidecar lacks and keeping them there, so a log or a timeline reads no revision text once the facts exist.
/// </summary>
/// <remarks>
/// <para>
/// The sidecar is keyed by each revision's chain hash (which covers its text, its note and every revision before
/// it) and by <see cref="Version"/>; an entry under another version is stale. A version 1 file, read whole and
/// read-only, gets no sidecar: its facts are derived from the history in memory.
/// </para>
/// <para>
/// An entry holds what a revision changed against the one before it, and its <see cref="RevertTrace"/>; whether it is
/// a revert depends on the revisions before it, so that is told afresh on every read by walking the traces in order
/// (no text is read for it, and appending needs nothing but the revision before).
/// </para>
/// </remarks>
internal static class HistoryFacts
{
    /// <summary>The version of the sidecar's layout; with the classifier's version it makes the key of every entry.</summary>
    /// <remarks>Layout 2 added each revision's revert keys.</remarks>
    private const int Layout = 2;

    /// <summary>Gets the version entries are written under: the sidecar's layout and the classifier's version.</summary>
    public static string Version { get; } = $"{Layout}.{ClassifierVersion.Current}";

    /// <summary>Gets <see cref="Version"/> as UTF-8.</summary>
    private static byte[] VersionBytes { get; } = System.Text.Encoding.UTF8.GetBytes(Version);

    /// <summary>Gets every revision of <paramref name="file"/> as it was when opened, oldest first, with its facts, all in memory.</summary>
    /// <exception cref="HistoryFormatException">A line read to derive missing facts is damaged.</exception>
    public static RevisionEntry[] ForFile(HistoryFile file) => [.. Open(file)];

    /// <summary>
    /// Gets every revision of <paramref name="file"/> as it was when opened, oldest first, with its facts: first the
    /// sidecar is completed (the facts it lacks derived and kept, stale or damaged lines dropped), then each
    /// enumeration reads the sidecar and the index afresh, one revision at a time.
    /// </summary>
    /// <exception cref="HistoryFormatException">A line read to derive missing facts is damaged.</exception>
    /// <remarks>
    /// An enumeration holds an offset per revision, the revert keys (<see cref="RevertKeys"/>) and one entry, not the
    /// sidecar. A version 1 file (read whole when opened) gets its facts derived in memory, as before.
    /// </remarks>
    public static IEnumerable<RevisionEntry> Open(HistoryFile file) =>
        file.Version < HistoryFile.FormatVersion ? RevisionEntry.ForHistory(file.History) : EntryWalk.Entries(Walk(file));

    /// <summary>
    /// As <see cref="Open"/>, as walks that hand out one reused row (<see cref="EntryWalk"/>): the sidecar is completed
    /// now, and each walk the function starts reads the sidecar and the index afresh, allocating nothing per revision
    /// (but a title, editor or note a revision has, and the facts of a kind of edit first met).
    /// </summary>
    /// <exception cref="HistoryFormatException">A line read to derive missing facts is damaged.</exception>
    public static Func<EntryWalk> Walk(HistoryFile file)
    {
        if (file.Version < HistoryFile.FormatVersion)
        {
            var entries = RevisionEntry.ForHistory(file.History);
            return () => EntryWalk.Over(entries);
        }

        var count = file.Count;
        var (held, filter, removedKeys) = Prepare(file, count);
        var memo = new WalkMemo();
        return () => new FileWalk(file, count, held, new RevertKeysPlan(filter, removedKeys), memo);
    }

    /// <summary>
    /// Completes the sidecar for the first <paramref name="count"/> revisions: derives (one diff each, reading each text
    /// once) the facts it lacks and appends them, and replaces it when it holds lines of another version or damaged ones.
    /// </summary>
    /// <returns>
    /// The facts derived but not kept because the sidecar could not be written, by revision number; which revert keys a
    /// walk must hold, having observed every revision's; and about how many keys the revisions removed.
    /// </returns>
    private static (Dictionary<int, StoredFacts> Held, RevertFilter Filter, int RemovedKeys) Prepare(HistoryFile file, int count)
    {
        var table = new RevisionLookup(file, count);
        using var open = file.HoldIndexOpen();
        var present = new bool[count + 1];
        var (skipped, removedKeys) = (0, 0);
        var prefix = FactsCursor.PrefixOf(Version);
        var reading = new FactsLine();
        var filter = new RevertFilter(count);
        using (var cursor = FactsCursor.Open(file.Path))
        {
            var torn = cursor.Scan((_, line) =>
            {
                var number = NumberOf(line, prefix, table);
                if (number < 0 || !reading.TryRead(line, VersionBytes) || !FactsTable.IsUsable(reading))
                {
                    skipped++;
                }
                else if (number > 0)
                {
                    present[number] = true;
                    removedKeys += RevertKeys.RemovedCount(reading);
                    filter.Observe(reading);
                }
            });
            skipped += torn ? 1 : 0;
        }

        // Derived entries are appended a batch at a time, so memory holds a batch, not all of them (appending keeps
        // what a concurrent appender wrote meanwhile); a sidecar to be replaced (a torn last line would swallow an
        // appended one) gets them in its replacement instead.
        var held = new Dictionary<int, StoredFacts>();
        var replacing = skipped > 0;
        var derived = new List<(int Number, StoredFacts Facts)>();
        var writable = true;
        void Keep()
        {
            if (!replacing && derived.Count > 0)
            {
                writable = writable && TryWrite(() => FactsSidecar.Append(file.Path, Version, derived.Select(b => b.Facts)));
                if (!writable)
                {
                    foreach (var (number, facts) in derived)
                    {
                        held[number] = facts;
                    }
                }

                derived.Clear();
            }
        }

        var firstMissing = Array.IndexOf(present, false, 1);
        if (firstMissing > 0)
        {
            Revision? previous = null;
            foreach (var revision in file.ReadRevisions(Math.Max(1, firstMissing - 1), count))
            {
                if (!present[revision.Number])
                {
                    var facts = ToStored(EditClassifier.Classify(previous, revision));
                    filter.Observe(facts.Keys);
                    derived.Add((revision.Number, facts));
                    if (derived.Count == 256)
                    {
                        Keep();
                    }
                }

                previous = revision;
            }

            Keep();
        }

        if (replacing)
        {
            // Replaced by one holding every usable entry (those of revisions another writer added since this file was
            // opened included) and those just derived; later lines win.
            var usable = new Dictionary<string, StoredFacts>(StringComparer.Ordinal);
            using (var cursor = FactsCursor.Open(file.Path))
            {
                cursor.Scan((_, line) =>
                {
                    if (FactsSidecar.Decode(line, Version) is { } s && Usable(s) is not null)
                    {
                        usable[s.Hash] = s;
                    }
                });
            }

            foreach (var (_, facts) in derived)
            {
                usable[facts.Hash] = facts;
            }

            if (!TryWrite(() => FactsSidecar.Replace(file.Path, Version, usable.Values)))
            {
                foreach (var (number, facts) in derived)
                {
                    held[number] = facts;
                }
            }
        }

        return (held, filter, removedKeys);
    }

    /// <summary>A walk through the entries of the first <c>count</c> revisions, one at a time, from a sidecar that <see cref="Prepare"/> completed.</summary>
    /// <remarks>
    /// A revision's line is read into buffers kept from one to the next, its facts shared with every revision that has
    /// the same (<see cref="FactsTable"/>), and its number, times and hash read from the index into the row.
    /// </remarks>
    private sealed class FileWalk : EntryWalk
    {
        private readonly HistoryFile file;
        private readonly int count;
        private readonly Dictionary<int, StoredFacts> held;
        private readonly FactsCursor cursor;
        private readonly IDisposable index;
        private readonly WalkMemo memo;
        private readonly RevertKeys? reverts;
        private readonly RevertAnswers answers;
        private readonly FactsLine reading = new();
        private readonly FactsTable shared;
        private readonly byte[] prefix = FactsCursor.PrefixOf(Version);
        private readonly byte[] nextHash = new byte[32];
        private readonly char[] hex = new char[64];
        private long[]? offsets;
        private bool scanned;
        private long position;
        private int indexLine = -1;
        private int walked;
        private (int Number, Instant At, Instant? ObservedAt)? next;
        private (Instant At, Instant? ObservedAt)? before;
        private Instant first;

        public FileWalk(HistoryFile file, int count, Dictionary<int, StoredFacts> held, RevertKeysPlan plan, WalkMemo memo)
        {
            (this.file, this.count, this.held, this.memo) = (file, count, held, memo);
            shared = memo.Facts;
            index = file.HoldIndexOpen();
            cursor = FactsCursor.Open(file.Path);
            offsets = memo.Offsets;

            // A walk after the first one finished takes its answers; the first one tells them with the revert keys.
            if (memo.Answers is { } told)
            {
                answers = told;
            }
            else
            {
                reverts = new RevertKeys(plan.Filter, plan.RemovedKeys);
                answers = new RevertAnswers(count);
            }

            next = count > 0 ? ReadStamp() : null;
        }

        public override bool MoveNext()
        {
            if (next is not { } current)
            {
                return false;
            }

            var (number, at, observedAt) = current;
            nextHash.CopyTo(Row.Hash, 0);
            walked++;
            next = walked < count ? ReadStamp() : null;
            first = walked == 1 ? at : first;
            RevisionFacts? pairwise;
            bool isRevert;
            int? revertsTo;
            Convert.TryToHexStringLower(Row.Hash, hex, out _);
            if (!held.ContainsKey(number) && (TryReadStored(number, out pairwise) || (Rescan() && TryReadStored(number, out pairwise))))
            {
                (Row.Title, Row.Editor, Row.Note) = (reading.Title, reading.Editor, reading.Note);
                (isRevert, revertsTo) = reverts is null ? answers.Told(number) : answers.Tell(number, reverts.Observe(number, reading));
            }
            else
            {
                // Kept in memory (the sidecar could not be written), or the line is gone, damaged or of another
                // revision (the sidecar was replaced or cut since it was completed): derived afresh.
                var (s, facts) = FactsOf(file, number, held);
                (Row.Title, Row.Editor, Row.Note, pairwise) = (s.Title, s.Editor, s.Note, facts);
                (isRevert, revertsTo) = reverts is null ? answers.Told(number) : answers.Tell(number, reverts.Observe(number, s.Keys));
            }

            (Row.Validity, Row.SincePrevious, Row.SinceFirst, Row.ChangeWindow) = TimingRules.Of(before, (at, observedAt), next?.At, first);
            (Row.Number, Row.At, Row.ObservedAt) = (number, at, observedAt);
            Row.Facts = isRevert ? shared.AsRevert(pairwise, revertsTo) : pairwise;
            before = (at, observedAt);
            if (walked == count && reverts is not null)
            {
                memo.Answers = answers;
            }

            return true;
        }

        protected override void Dispose(bool disposing)
        {
            cursor.Dispose();
            index.Dispose();
            base.Dispose(disposing);
        }

        /// <summary>Revision <paramref name="number"/>'s facts read from its sidecar line, when the line is there, whole and of that revision.</summary>
        private bool TryReadStored(int number, [NotNullWhen(true)] out RevisionFacts? pairwise)
        {
            pairwise = null;
            return TryReadLine(number, out var text) && reading.TryRead(text, VersionBytes) && System.Text.Ascii.Equals(reading.Hash, hex)
                && shared.TryRead(reading, out pairwise);
        }

        /// <summary>
        /// Finds where each revision's line is afresh, once a walk, when a line was not where this walk was told it is: the
        /// places came from an earlier walk and the sidecar changed since (replaced, rewritten), so its lines are read
        /// again rather than every revision's facts derived again. False when this walk has found them itself already.
        /// </summary>
        private bool Rescan()
        {
            if (scanned)
            {
                return false;
            }

            offsets = memo.Offsets = Offsets(file, count, cursor, prefix);
            scanned = true;
            return true;
        }

        /// <summary>
        /// Revision <paramref name="number"/>'s sidecar line (whose hash is <see cref="hex"/>): the next line in order, as
        /// a sidecar written by appends has them; the first line out of that order makes a table of where each
        /// revision's last line is, which answers from then on (and for later walks).
        /// </summary>
        private bool TryReadLine(int number, out ReadOnlySpan<byte> line)
        {
            if (offsets is null)
            {
                if (cursor.TryReadLine(position, out line) && line.StartsWith(prefix) && line.Length >= prefix.Length + 65
                    && line[prefix.Length + 64] == (byte)'"' && FactsCursor.KeyOf(line[prefix.Length..]) is not null
                    && System.Text.Ascii.Equals(line.Slice(prefix.Length, 64), hex))
                {
                    position += line.Length + 1;
                    return true;
                }

                offsets = memo.Offsets = Offsets(file, count, cursor, prefix);
                scanned = true;
            }

            line = default;
            return offsets[number] >= 0 && cursor.TryReadLine(offsets[number], out line);
        }

        /// <summary>Where each of the first <paramref name="count"/> revisions' sidecar line is (the last one, when there are several), -1 for none.</summary>
        private static long[] Offsets(HistoryFile file, int count, FactsCursor cursor, byte[] prefix)
        {
            var found = new long[count + 1];
            Array.Fill(found, -1L);
            var table = new RevisionLookup(file, count);
            cursor.Scan((offset, line) =>
            {
                var number = NumberOf(line, prefix, table);
                if (number > 0)
                {
                    found[number] = offset;
                }
            });

            return found;
        }

        /// <summary>The next revision's stamp from the index, its hash into <see cref="nextHash"/>.</summary>
        private (int Number, Instant At, Instant? ObservedAt)? ReadStamp()
        {
            while (++indexLine < file.IndexedLines)
            {
                if (file.TryReadStamp(indexLine, nextHash, out var number, out var at, out var observedAt))
                {
                    return (number, at, observedAt);
                }
            }

            return null;
        }
    }

    /// <summary>How the first walk of a file holds its revert keys: only those <see cref="Filter"/> keeps, room made for a part of <see cref="RemovedKeys"/>.</summary>
    private sealed record RevertKeysPlan(RevertFilter Filter, int RemovedKeys);

    /// <summary>
    /// What the revert keys told of each revision, kept by the first complete walk for later ones: a bit a revision for
    /// whether it is a revert, and the revision returned to for the few whose whole text returns.
    /// </summary>
    private sealed class RevertAnswers(int count)
    {
        private readonly ulong[] reverts = new ulong[(count >> 6) + 1];
        private readonly Dictionary<int, int> returnsTo = [];

        public (bool IsRevert, int? RevertsTo) Tell(int number, (bool IsRevert, int? RevertsTo) told)
        {
            if (told.IsRevert)
            {
                reverts[number >> 6] |= 1UL << number;
            }

            if (told.RevertsTo is { } to)
            {
                returnsTo[number] = to;
            }

            return told;
        }

        public (bool IsRevert, int? RevertsTo) Told(int number) =>
            (reverts[number >> 6] & (1UL << number)) == 0 ? (false, null) : (true, returnsTo.TryGetValue(number, out var to) ? to : null);
    }

    /// <summary>What the first complete walk of a file learnt that later walks (a text table is walked twice) reuse rather than make again: which revisions are reverts, where each revision's sidecar line is when they are not in order, and the facts instances.</summary>
    private sealed class WalkMemo
    {
        public long[]? Offsets { get; set; }

        public RevertAnswers? Answers { get; set; }

        /// <summary>Gets the facts shared among revisions with equal ones, kept from walk to walk.</summary>
        public FactsTable Facts { get; } = new();
    }

    /// <summary>A revision's facts kept in memory, or else derived afresh from its text and the one before it.</summary>
    private static (StoredFacts Stored, RevisionFacts Facts) FactsOf(HistoryFile file, int number, Dictionary<int, StoredFacts> held)
    {
        if (held.GetValueOrDefault(number) is { } kept && Usable(kept) is { } facts)
        {
            return (kept, facts);
        }

        var derived = ToStored(EditClassifier.Classify(number > 1 ? file.GetRevision(number - 1) : null, file.GetRevision(number)));
        return (derived, Usable(derived)!); // made just now
    }

    /// <summary>The number of the revision a sidecar line is about: -1 when the line is of another version or damaged, 0 when it is about no revision of these.</summary>
    private static int NumberOf(ReadOnlySpan<byte> line, byte[] prefix, RevisionLookup table)
    {
        if (!line.StartsWith(prefix) || line.Length < prefix.Length + 65 || line[prefix.Length + 64] != (byte)'"' || FactsCursor.KeyOf(line[prefix.Length..]) is null)
        {
            return -1;
        }

        return table.NumberOf(line.Slice(prefix.Length, 64));
    }

    /// <summary>The facts of an entry that can be used: its values all known and its revert keys well formed; null otherwise.</summary>
    private static RevisionFacts? Usable(StoredFacts s) => RevertKeys.AreValid(s.Keys) ? TryFromStored(s) : null;

    /// <summary>
    /// Gets the facts of <paramref name="later"/> against <paramref name="earlier"/>, the revision just before it, with
    /// whether it is a revert, reading from the sidecar only the entries that can tell that.
    /// </summary>
    /// <exception cref="HistoryFormatException">A line read to derive missing facts is damaged.</exception>
    /// <remarks>
    /// The later revision's own facts are derived from the two texts (one comparison). Whether it is a revert depends on
    /// every revision before it, through their revert traces: the sidecar is read a line at a time, each line's hash
    /// looked at, and only the entries that hold the later revision's text fingerprint or one of the keys it puts in
    /// are decoded. When the sidecar lacks an entry of an earlier revision, the facts of the whole history are
    /// derived and kept, as <see cref="ForFile"/> does. The answer is the one <see cref="ForFile"/> gives.
    /// </remarks>
    public static RevisionFacts ForRevision(HistoryFile file, Revision earlier, Revision later) => ForRevision(file, earlier, later, null);

    /// <summary>
    /// As <see cref="ForRevision(HistoryFile, Revision, Revision)"/>, with the two texts' comparison under
    /// <see cref="DiffOptions.Default"/> given when the caller has made it already (it is then not made twice).
    /// </summary>
    internal static RevisionFacts ForRevision(HistoryFile file, Revision earlier, Revision later, DiffResult? comparison)
    {
        if (file.Version < HistoryFile.FormatVersion || later.Number != earlier.Number + 1)
        {
            return ForFile(file)[later.Number - 1].Classification;
        }

        var own = ToStored(comparison is null ? EditClassifier.Classify(earlier, later) : EditClassifier.Classify(earlier, later, comparison));
        var trace = TraceOf(own)!; // ToStored always writes one
        var previousText = RevertTrace.TextKey(earlier.Text);
        // The earlier revisions' hashes as bytes, and no string made per line: memory stays a fraction of the index's.
        var numbers = new RevisionLookup(file, later.Number - 1);
        using var open = file.HoldIndexOpen();
        var laterHash = System.Text.Encoding.ASCII.GetBytes(later.Hash);

        var prefix = FactsCursor.PrefixOf(Version);
        var added = trace.Added.ToHashSet(StringComparer.Ordinal);
        byte[][] needles = [.. new[] { RevertKeys.TextMark + trace.Text }.Concat(trace.Added.Select(k => RevertKeys.RemovedMark + k)).Select(k => System.Text.Encoding.UTF8.GetBytes($"\"{k}\""))];
        var seen = new System.Collections.BitArray(later.Number);
        var (ownKept, damaged, restores) = (false, false, false);
        int? returnsTo = null;
        using (var cursor = FactsCursor.Open(file.Path))
        {
            cursor.Scan((_, line) =>
            {
                if (!line.StartsWith(prefix) || line.Length < prefix.Length + 65 || line[prefix.Length + 64] != (byte)'"')
                {
                    return;
                }

                var hash = line.Slice(prefix.Length, 64);
                var own = hash.SequenceEqual(laterHash);
                ownKept |= own;

                // The later revision's own hash is no earlier revision's: not looked up (it would end the lookup's run in order).
                var number = own ? 0 : numbers.NumberOf(hash);
                if (number == 0)
                {
                    return;
                }

                var relevant = false;
                foreach (var needle in needles)
                {
                    relevant |= line.IndexOf(needle) >= 0;
                }

                if (!relevant)
                {
                    seen[number] = true;
                    return;
                }

                if (FactsSidecar.Decode(line, Version) is not { } stored || TraceOf(stored) is not { } earlierTrace)
                {
                    damaged = true;
                    return;
                }

                seen[number] = true;
                if (earlierTrace.Text == trace.Text && trace.Text != previousText && number > (returnsTo ?? 0))
                {
                    returnsTo = number;
                }

                foreach (var key in earlierTrace.Removed)
                {
                    restores |= added.Contains(key);
                }
            });
        }

        if (damaged || !AllSeen(seen))
        {
            return ForFile(file)[later.Number - 1].Classification;
        }

        if (!ownKept)
        {
            TryWrite(() => FactsSidecar.Append(file.Path, Version, [own]));
        }

        var pairwise = TryFromStored(own)!; // made just now
        return returnsTo is not null || restores
            ? pairwise with { Labels = [.. pairwise.Labels, EditLabel.Revert], RevertsTo = returnsTo }
            : pairwise;
    }

    /// <summary>Whether every revision from 1 on was seen (bit 0 stands for none).</summary>
    private static bool AllSeen(System.Collections.BitArray seen)
    {
        seen[0] = true;
        return seen.HasAllSet();
    }

    /// <summary>Derives the facts of a revision just appended, given the one before it, and adds them to the sidecar.</summary>
    /// <returns>The facts against the revision before (without a revert, which only a read of the whole sidecar tells).</returns>
    public static RevisionFacts Record(HistoryFile file, Revision? previous, Revision revision)
    {
        var classification = EditClassifier.Classify(previous, revision);
        if (file.Version == HistoryFile.FormatVersion)
        {
            TryWrite(() => FactsSidecar.Append(file.Path, Version, [ToStored(classification)]));
        }

        return RevisionFacts.Of(classification);
    }

    /// <summary>Runs <paramref name="write"/>; false when the sidecar could not be written.</summary>
    private static bool TryWrite(Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            // A reader in a folder it may not write to still answers: the sidecar is only a cache.
            return false;
        }
        catch (IOException)
        {
            // Likewise for a full disk or a read-only file system; the facts are derived again next time.
            return false;
        }
    }

    private static StoredFacts ToStored(RevisionClassification classification)
    {
        var (revision, facts) = (classification.Revision, RevisionFacts.Of(classification));
        var s = facts.Statistics;
        var trace = RevertTrace.Of(revision.Text, classification.Changes);
        return new StoredFacts(
            revision.Hash,
            revision.Title,
            revision.Editor,
            revision.Note,
            [s.WordsAdded, s.WordsRemoved, s.SentencesAdded, s.SentencesRemoved, s.SentencesChanged, s.SentencesMoved, s.ParagraphsAdded, s.ParagraphsRemoved, s.ParagraphsChanged, s.ParagraphsMoved, facts.IsStealthEdit ? 1 : 0],
            facts.Verdict.ToString(),
            [.. facts.Labels.Select(l => l.ToString())],
            [RevertKeys.TextMark + trace.Text, .. trace.Removed.Select(k => RevertKeys.RemovedMark + k), .. trace.Added.Select(k => RevertKeys.AddedMark + k)]);
    }

    /// <summary>The revert trace kept in an entry's keys, or null when it has none (one text key, then the removed and added keys, each marked).</summary>
    private static RevertTrace? TraceOf(StoredFacts s)
    {
        var text = Marked(s, RevertKeys.TextMark);
        return text.Length == 1 ? new RevertTrace(text[0], Marked(s, RevertKeys.RemovedMark), Marked(s, RevertKeys.AddedMark)) : null;
    }

    private static ImmutableArray<string> Marked(StoredFacts s, char mark) =>
        [.. s.Keys.Where(k => k.Length > 0 && k[0] == mark).Select(k => k[1..])];

    private static RevisionFacts? TryFromStored(StoredFacts s)
    {
        var c = s.Counts;
        if (c.Length != 11 || TraceOf(s) is null || !Enum.TryParse<EditVerdict>(s.Verdict, out var verdict) || !Enum.IsDefined(verdict))
        {
            return null;
        }

        var labels = ImmutableArray.CreateBuilder<EditLabel>(s.Labels.Length);
        foreach (var name in s.Labels)
        {
            if (!Enum.TryParse<EditLabel>(name, out var label) || !Enum.IsDefined(label))
            {
                return null;
            }

            labels.Add(label);
        }

        var statistics = new DiffStatistics
        {
            WordsAdded = c[0], WordsRemoved = c[1], SentencesAdded = c[2], SentencesRemoved = c[3], SentencesChanged = c[4],
            SentencesMoved = c[5], ParagraphsAdded = c[6], ParagraphsRemoved = c[7], ParagraphsChanged = c[8], ParagraphsMoved = c[9],
        };
        return new RevisionFacts(statistics, verdict, labels.MoveToImmutable(), c[10] == 1);
    }
}
