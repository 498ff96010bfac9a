using ArticleRevisions.Text;

namespace ArticleRevisions.Provenance;

/// <summary>
/// The sentences of the current revision with their origins, and the sentences removed so far, carried from one
/// revision to the next.
/// </summary>
/// <remarks>
/// Sentences are matched by normalised text as a multiset: each sentence of the old revision passes its origin to
/// at most one sentence of the new. Where the diff maps a new sentence onto an old one with the same text, that
/// one is taken, so repeated sentences keep their own origins; the rest are taken in text order. A sentence
/// whose text stood before and was removed gets back the origin it had (a revert).
/// </remarks>
internal sealed class SentenceLedger
{
    private readonly Dictionary<UInt128, Stack<RemovedSentence>> removed = [];
    private readonly List<(UInt128 Digest, RemovedSentence? Pushed)>? journal;

    /// <summary>The ledger of a first revision: every sentence its own.</summary>
    public SentenceLedger(TextLayout layout)
    {
        Sentences = [.. layout.Sentences.Select((s, i) => new TrackedSentence(s, layout.Keys[i], 1, 0))];
    }

    /// <summary>Resumes a ledger from a checkpoint: the origins of the sentences of the layout's text, and the sentences removed so far.</summary>
    /// <exception cref="FormatException">The checkpoint holds another number of sentences than the text has.</exception>
    public SentenceLedger(TextLayout layout, IReadOnlyList<(int Origin, int RestoredIn)> origins, Dictionary<UInt128, Stack<RemovedSentence>> removed)
    {
        var segments = layout.Sentences;
        if (segments.Length != origins.Count)
        {
            throw new FormatException($"The checkpoint has {origins.Count} sentences; the text has {segments.Length}.");
        }

        Sentences = [.. segments.Select((s, i) => new TrackedSentence(s, layout.Keys[i], origins[i].Origin, origins[i].RestoredIn))];
        this.removed = removed;
        journal = [];
    }

    public TrackedSentence[] Sentences { get; private set; }

    /// <summary>Gets the sentences removed so far by the digest of their key (<see cref="Digest"/>), the latest removal on top.</summary>
    public IReadOnlyDictionary<UInt128, Stack<RemovedSentence>> Removed => removed;

    /// <summary>Gets what this ledger did to <see cref="Removed"/> since it was made, in order: a sentence pushed, or (null) the top one taken.</summary>
    /// <remarks>
    /// An extension of a checkpoint replays it, so it need not write every removed sentence again. Kept only by a
    /// ledger resumed from a checkpoint: a walk from the first revision writes its whole state.
    /// </remarks>
    public IReadOnlyList<(UInt128 Digest, RemovedSentence? Pushed)> Journal => journal ?? [];

    /// <summary>
    /// Gets the first 128 bits of the SHA-256 of a sentence's key: removed sentences are found by it, so neither
    /// memory nor a checkpoint holds the text of every sentence ever removed (a long history removes tens of thousands).
    /// </summary>
    public static UInt128 Digest(string key)
    {
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(key.AsSpan()), hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    /// <summary>Moves on to the next revision.</summary>
    /// <param name="layout">The next revision's sentences and their keys.</param>
    /// <param name="map">For each character of the next text, the old character it continues, or -1.</param>
    /// <param name="number">The next revision's number.</param>
    /// <param name="origins">The origin of each character of the old text.</param>
    /// <param name="restoredIn">The restoring revision of each character of the old text, or 0.</param>
    /// <returns>The new sentences that were not carried by the diff but found again, moved or restored.</returns>
    public List<SentenceReuse> Advance(TextLayout layout, CharacterMap map, int number, int[] origins, int[] restoredIn)
    {
        var segments = layout.Sentences;
        var next = new TrackedSentence?[segments.Length];
        var claimed = new bool[Sentences.Length];
        var newKeys = layout.Keys;
        var reused = new List<SentenceReuse>();

        for (var i = 0; i < segments.Length; i++)
        {
            var old = map[segments[i].Start];
            var j = old < 0 ? -1 : SentenceAt(old);
            if (j >= 0 && !claimed[j] && string.Equals(Sentences[j].Key, newKeys[i], StringComparison.Ordinal))
            {
                claimed[j] = true;
                next[i] = Sentences[j] with { Segment = segments[i], Key = newKeys[i] };
            }
        }

        var unclaimed = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (var j = 0; j < Sentences.Length; j++)
        {
            if (!claimed[j])
            {
                if (!unclaimed.TryGetValue(Sentences[j].Key, out var queue))
                {
                    unclaimed[Sentences[j].Key] = queue = new Queue<int>();
                }

                queue.Enqueue(j);
            }
        }

        for (var i = 0; i < segments.Length; i++)
        {
            if (next[i] is not null)
            {
                continue;
            }

            if (unclaimed.TryGetValue(newKeys[i], out var queue) && queue.TryDequeue(out var j))
            {
                // Same text elsewhere in the old revision: moved, or cut apart differently by the diff.
                claimed[j] = true;
                var source = Sentences[j].Segment;
                next[i] = Sentences[j] with { Segment = segments[i] };
                reused.Add(new SentenceReuse(segments[i], Sentences[j].Origin, origins[source.Start..source.End], restoredIn[source.Start..source.End], source.Start));
            }
            else if (removed.TryGetValue(Digest(newKeys[i]), out var stack) && stack.TryPop(out var restored))
            {
                journal?.Add((Digest(newKeys[i]), null));
                next[i] = new TrackedSentence(segments[i], newKeys[i], restored.Origin, number);
                reused.Add(new SentenceReuse(segments[i], restored.Origin, restored.Origins, null, -1));
            }
            else
            {
                next[i] = new TrackedSentence(segments[i], newKeys[i], number, 0);
            }
        }

        for (var j = 0; j < Sentences.Length; j++)
        {
            if (!claimed[j])
            {
                var digest = Digest(Sentences[j].Key);
                if (!removed.TryGetValue(digest, out var stack))
                {
                    removed[digest] = stack = new Stack<RemovedSentence>();
                }

                var segment = Sentences[j].Segment;
                var pushed = new RemovedSentence(Sentences[j].Origin, origins[segment.Start..segment.End]);
                stack.Push(pushed);
                journal?.Add((digest, pushed));
            }
        }

        Sentences = [.. next.Select(s => s!.Value)];
        return reused;
    }

    /// <summary>The index of the current sentence holding the character at <paramref name="position"/>, or -1 (white space between sentences).</summary>
    private int SentenceAt(int position)
    {
        int low = 0, high = Sentences.Length - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) >> 1);
            var segment = Sentences[middle].Segment;
            if (position < segment.Start)
            {
                high = middle - 1;
            }
            else if (position >= segment.End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }
}
