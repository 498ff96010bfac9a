using System.Collections.Immutable;
using ArticleRevisions.Classification;
using ArticleRevisions.Diffing;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;

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

    private const char TextKey = 't';
    private const char RemovedKey = 'r';
    private const char AddedKey = 'a';

    /// <summary>Gets the version entries are written under: the sidecar's layout and the classifier's version.</summary>
    public static string Version { get; } = $"{Layout}.{ClassifierVersion.Current}";

    /// <summary>Gets every revision of <paramref name="file"/> as it was when opened, oldest first, with its facts.</summary>
    /// <exception cref="HistoryFormatException">A line read to derive missing facts is damaged.</exception>
    public static RevisionEntry[] ForFile(HistoryFile file)
    {
        if (file.Version < HistoryFile.FormatVersion)
        {
            return [.. RevisionEntry.ForHistory(file.History)];
        }

        var stamps = file.RevisionStamps.ToArray();
        var stored = FactsSidecar.Load(file.Path, Version, out var skipped);
        foreach (var unusable in stored.Where(p => TryFromStored(p.Value) is null).Select(p => p.Key).ToArray())
        {
            stored.Remove(unusable);
            skipped++;
        }

        var firstMissing = Array.FindIndex(stamps, s => !stored.ContainsKey(s.Hash));
        if (firstMissing >= 0 || skipped > 0)
        {
            var computed = firstMissing >= 0 ? Derive(file, stamps, firstMissing, stored) : [];

            // Appending keeps what a concurrent appender wrote meanwhile; a sidecar with lines of another version or
            // damaged ones is replaced by one holding every usable entry (those of revisions another writer added
            // since this file was opened included).
            TryWrite(skipped == 0
                ? () => FactsSidecar.Append(file.Path, Version, computed)
                : () => FactsSidecar.Replace(file.Path, Version, stored.Values));
        }

        var revisions = new RevisionSummary[stamps.Length];
        var facts = new RevisionFacts[stamps.Length];
        var reverts = new RevertTracker();
        for (var i = 0; i < stamps.Length; i++)
        {
            var (number, at, observedAt, hash) = stamps[i];
            var s = stored[hash];
            revisions[i] = new RevisionSummary(number, at, observedAt, s.Title, s.Editor, s.Note, hash);
            var pairwise = TryFromStored(s)!; // unusable entries were removed above, or derived just now
            var (isRevert, revertsTo) = reverts.Observe(number, TraceOf(s)!);
            facts[i] = isRevert ? pairwise with { Labels = [.. pairwise.Labels, EditLabel.Revert], RevertsTo = revertsTo } : pairwise;
        }

        return RevisionEntry.Join(revisions, facts);
    }

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
    public static RevisionFacts ForRevision(HistoryFile file, Revision earlier, Revision later)
    {
        if (file.Version < HistoryFile.FormatVersion || later.Number != earlier.Number + 1)
        {
            return ForFile(file)[later.Number - 1].Classification;
        }

        var own = ToStored(EditClassifier.Classify(earlier, later));
        var trace = TraceOf(own)!; // ToStored always writes one
        var previousText = RevertTrace.Of(earlier.Text, []).Text;
        // The earlier revisions' hashes as bytes, and no string made per line: memory stays a fraction of the index's.
        var numbers = file.RevisionHashes(later.Number - 1);
        var laterHash = System.Text.Encoding.ASCII.GetBytes(later.Hash);

        var prefix = System.Text.Encoding.UTF8.GetBytes($"{{\"v\":\"{Version}\",\"sha256\":\"");
        byte[][] needles = [.. new[] { TextKey + trace.Text }.Concat(trace.Added.Select(k => RemovedKey + k)).Select(k => System.Text.Encoding.UTF8.GetBytes($"\"{k}\""))];
        var seen = new bool[later.Number];
        var (ownKept, damaged, restores) = (false, false, false);
        int? returnsTo = null;
        FactsSidecar.ForEachLine(file.Path, line =>
        {
            if (!line.StartsWith(prefix) || line.Length < prefix.Length + 65 || line[prefix.Length + 64] != (byte)'"')
            {
                return;
            }

            var hash = line.Slice(prefix.Length, 64);
            ownKept |= hash.SequenceEqual(laterHash);
            var number = numbers.NumberOf(hash);
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

            restores |= earlierTrace.Removed.Intersect(trace.Added).Any();
        });

        if (damaged || Array.IndexOf(seen, false, 1) >= 0)
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

    private static List<StoredFacts> Derive(HistoryFile file, (int Number, NodaTime.Instant At, NodaTime.Instant? ObservedAt, string Hash)[] stamps, int firstMissing, Dictionary<string, StoredFacts> stored)
    {
        var computed = new List<StoredFacts>();
        Revision? previous = null;

        // From the revision before the first one missing, reading each text once, holding two at a time.
        foreach (var revision in file.ReadRevisions(Math.Max(1, firstMissing), stamps.Length))
        {
            if (!stored.ContainsKey(revision.Hash))
            {
                var facts = ToStored(EditClassifier.Classify(previous, revision));
                stored[revision.Hash] = facts;
                computed.Add(facts);
            }

            previous = revision;
        }

        return computed;
    }

    private static void TryWrite(Action write)
    {
        try
        {
            write();
        }
        catch (UnauthorizedAccessException)
        {
            // A reader in a folder it may not write to still answers: the sidecar is only a cache.
        }
        catch (IOException)
        {
            // Likewise for a full disk or a read-only file system; the facts are derived again next time.
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
            [TextKey + trace.Text, .. trace.Removed.Select(k => RemovedKey + k), .. trace.Added.Select(k => AddedKey + k)]);
    }

    /// <summary>The revert trace kept in an entry's keys, or null when it has none (one text key, then the removed and added keys, each marked).</summary>
    private static RevertTrace? TraceOf(StoredFacts s)
    {
        var text = Marked(s, TextKey);
        return text.Length == 1 ? new RevertTrace(text[0], Marked(s, RemovedKey), Marked(s, AddedKey)) : null;
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
