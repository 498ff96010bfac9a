using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using ArticleRevisions.Diffing;
using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Provenance;

/// <summary>
/// A provenance walk's state written down, so a later walk resumes where this one stopped instead of diffing every
/// revision again from the first; and extended by appending, so a walk that went on writes only what it added.
/// </summary>
/// <remarks>
/// <para>
/// JSON Lines, in blocks. Each block is a header line and eight lines of state. The header names the walk's version,
/// the revision the block starts from (0 for the first block) and the revision it reaches with its chain hash, and a
/// digest: <c>{"v":VERSION,"from":F,"revision":N,"sha256":HASH,"state":DIGEST}</c>, where DIGEST is the SHA-256 of the
/// previous block's digest (in hexadecimal; nothing for the first block) followed by the block's eight lines, so the
/// blocks form a chain and none can be changed, dropped or reordered unseen.
/// </para>
/// <para>
/// The lines are the marks (number, time, editor) of the revisions the block adds; the origin and restoring revision
/// of every character of revision N (run-length coded) and its sentences' origins, which replace those of the blocks
/// before; what the block did to the sentences removed so far (found by a digest of their key; an item with a sentence
/// pushes it, one without pops the latest of that digest); the words removed by the revisions the block adds, then
/// the places (counted over all blocks) of the words put back meanwhile; and the removals the block adds. The first
/// block holds the whole state: every removed sentence and every word removed and not put back. Revision N's text is
/// not kept: it is read from the history, which proves it.
/// </para>
/// <para>
/// Reading takes the blocks up to the first that does not match exactly (another version, a damaged or torn block, one
/// that does not follow its predecessor); a caller resumes from the last of them whose revision the history has, or
/// walks from the first revision when there is none. Only the walk's default options are kept.
/// </para>
/// </remarks>
internal static class ProvenanceCheckpoint
{
    private const int BodyLines = 8;

    /// <summary>One block as read: the revision it reaches and its state lines.</summary>
    /// <param name="From">The revision the block starts from; 0 for the first.</param>
    /// <param name="Number">The revision it reaches.</param>
    /// <param name="Hash">That revision's chain hash.</param>
    /// <param name="Digest">The block's digest, which the next block chains from.</param>
    /// <param name="Lines">Its state lines, each without its newline.</param>
    public sealed record Block(int From, int Number, string Hash, string Digest, IReadOnlyList<ReadOnlyMemory<byte>> Lines);

    /// <summary>The blocks of a checkpoint file that were read whole and in order.</summary>
    /// <param name="Blocks">The blocks, oldest first.</param>
    /// <param name="Length">How many bytes of the file they take up.</param>
    /// <param name="Whole">Whether they are the whole file, so another block may be appended.</param>
    public sealed record Chain(IReadOnlyList<Block> Blocks, int Length, bool Whole);

    /// <summary>Where a resumed walk's state came from, so an extension writes only what was added since.</summary>
    /// <param name="Number">The revision resumed at.</param>
    /// <param name="Digest">The digest of the block resumed from.</param>
    /// <param name="Blocks">How many blocks were read, that one included.</param>
    /// <param name="Marks">How many marks the walk had.</param>
    /// <param name="Removals">How many removals it had.</param>
    /// <param name="Words">How many removed words it had.</param>
    /// <param name="Reclaimed">For each of those words, whether it had been put back.</param>
    public sealed record Resumed(int Number, string Digest, int Blocks, int Marks, int Removals, int Words, bool[] Reclaimed);

    /// <summary>Writes <paramref name="walker"/>'s whole state as a first block, tagged with <paramref name="version"/>.</summary>
    public static byte[] Write(ProvenanceWalker walker, string version)
    {
        var state = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(state))
        {
            Marks(json, state, walker, 0);
            Current(json, state, walker);
            Line(json, state, "removedSentences", () =>
            {
                foreach (var (key, stack) in walker.Sentences.Removed)
                {
                    // A stack enumerates from its top; written bottom first, so pushing in order rebuilds it.
                    foreach (var sentence in stack.Reverse())
                    {
                        Pushed(json, key, sentence);
                    }
                }
            });
            Line(json, state, "removedWords", () =>
            {
                foreach (var word in walker.Reverts.Unclaimed)
                {
                    Word(json, word);
                }
            });
            Line(json, state, "reclaimed", () => { });
            Removals(json, state, walker, 0);
        }

        return WriteBlock(version, 0, walker.Revision, string.Empty, state);
    }

    /// <summary>Writes what <paramref name="walker"/> added since the checkpoint it resumed from, as a block to append to it.</summary>
    /// <exception cref="InvalidOperationException">The walk was not resumed from a checkpoint.</exception>
    public static byte[] Extend(ProvenanceWalker walker, string version)
    {
        var resumed = walker.ResumedFrom ?? throw new InvalidOperationException("Only a resumed walk extends a checkpoint.");
        var state = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(state))
        {
            Marks(json, state, walker, resumed.Marks);
            Current(json, state, walker);
            Line(json, state, "removedSentences", () =>
            {
                foreach (var (digest, pushed) in walker.Sentences.Journal)
                {
                    if (pushed is null)
                    {
                        json.WriteStartArray();
                        json.WriteStringValue(Hex(digest));
                        json.WriteEndArray();
                    }
                    else
                    {
                        Pushed(json, digest, pushed);
                    }
                }
            });
            var words = walker.Reverts.All;
            Line(json, state, "removedWords", () =>
            {
                for (var w = resumed.Words; w < words.Count; w++)
                {
                    Word(json, words[w]);
                }
            });
            Line(json, state, "reclaimed", () =>
            {
                for (var w = 0; w < words.Count; w++)
                {
                    if (words[w].Reclaimed && (w >= resumed.Words || !resumed.Reclaimed[w]))
                    {
                        json.WriteNumberValue(w);
                    }
                }
            });
            Removals(json, state, walker, resumed.Removals);
        }

        return WriteBlock(version, resumed.Number, walker.Revision, resumed.Digest, state);
    }

    /// <summary>Reads the blocks of a checkpoint, up to the first that is not whole, of <paramref name="version"/> and chained to the one before.</summary>
    /// <returns>The blocks read, or null when not even the first is usable.</returns>
    public static Chain? Read(byte[] bytes, string version)
    {
        var blocks = new List<Block>();
        var at = 0;
        var previous = string.Empty;
        var reached = 0;
        while (at < bytes.Length && TryBlock(bytes, at, version, previous, reached) is var (block, next) && block is not null)
        {
            blocks.Add(block);
            (at, previous, reached) = (next, block.Digest, block.Number);
        }

        return blocks.Count == 0 ? null : new Chain(blocks, at, at == bytes.Length);
    }

    /// <summary>Resumes a walk at <paramref name="revision"/>, the revision block <paramref name="last"/> of <paramref name="chain"/> reaches.</summary>
    /// <param name="chain">The checkpoint.</param>
    /// <param name="last">The index of the block to resume from; the blocks before it are read too.</param>
    /// <param name="revision">The revision it reaches, read from the history.</param>
    /// <param name="options">The walk's options.</param>
    /// <param name="toAdvance">
    /// Whether the walk will go on; when false, what only a further step needs (the removed words and sentences that
    /// revert matching looks in, most of a checkpoint's bytes) is not read, and the walk can only report.
    /// </param>
    /// <exception cref="FormatException">The state is damaged or does not fit the revision's text.</exception>
    public static ProvenanceWalker Resume(Chain chain, int last, Revision revision, DiffOptions options, bool toAdvance)
    {
        var block = chain.Blocks[last];
        if (revision.Number != block.Number || revision.Hash != block.Hash)
        {
            throw new FormatException($"The checkpoint is of revision {block.Number}, not {revision.Number}.");
        }

        try
        {
            return Read(chain.Blocks.Take(last + 1).ToList(), revision, options, toAdvance);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            throw new FormatException("The checkpoint's state is damaged.", e);
        }
    }

    private static (Block? Block, int Next) TryBlock(byte[] bytes, int at, string version, string previous, int reached)
    {
        var newline = Array.IndexOf(bytes, (byte)'\n', at);
        if (newline < 0)
        {
            return (null, at);
        }

        try
        {
            var reader = new Utf8JsonReader(bytes.AsSpan(at, newline - at));
            string? v = null, hash = null, digest = null;
            int from = -1, number = 0;
            Expect(ref reader, JsonTokenType.StartObject);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "v": v = reader.GetString(); break;
                    case "from": from = reader.GetInt32(); break;
                    case "revision": number = reader.GetInt32(); break;
                    case "sha256": hash = reader.GetString(); break;
                    case "state": digest = reader.GetString(); break;
                    default: reader.Skip(); break;
                }
            }

            if (v != version || from != reached || number <= from || hash is null || digest is null)
            {
                return (null, at);
            }

            var lines = new List<ReadOnlyMemory<byte>>(BodyLines);
            var end = newline + 1;
            for (var k = 0; k < BodyLines; k++)
            {
                var lineEnd = Array.IndexOf(bytes, (byte)'\n', end);
                if (lineEnd < 0)
                {
                    return (null, at); // torn
                }

                lines.Add(bytes.AsMemory(end, lineEnd - end));
                end = lineEnd + 1;
            }

            return digest == Digest(previous, bytes.AsSpan(newline + 1, end - newline - 1))
                ? (new Block(from, number, hash, digest, lines), end)
                : (null, at);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return (null, at);
        }
    }

    private static ProvenanceWalker Read(List<Block> blocks, Revision revision, DiffOptions options, bool toAdvance)
    {
        var keys = options.Keys;
        var text = revision.Text;
        var marks = new List<RevisionMark>();
        var removals = new List<RemovalRecord>();
        var removedSentences = new Dictionary<UInt128, Stack<RemovedSentence>>();
        var reverts = new WordReverts(keys);
        var words = new List<RemovedWord>();
        foreach (var block in blocks)
        {
            var lines = block.Lines;
            var reader = new Utf8JsonReader(lines[0].Span);
            Open(ref reader, "marks");
            while (Next(ref reader))
            {
                var at = Instant.FromUnixTimeTicks(Long(ref reader));
                reader.Read();
                var editor = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
                Expect(ref reader, JsonTokenType.EndArray);
                marks.Add(new RevisionMark(marks.Count + 1, at, editor));
            }

            Close(ref reader);
            if (marks.Count != block.Number)
            {
                throw new FormatException($"The checkpoint marks {marks.Count} revisions, not {block.Number}.");
            }

            if (toAdvance)
            {
                ReadRemovedSentences(lines[4].Span, block.Number, removedSentences);
                ReadRemovedWords(lines[5].Span, block.Number, words);
                ReadReclaimed(lines[6].Span, words);
            }

            reader = new Utf8JsonReader(lines[7].Span);
            Open(ref reader, "removals");
            while (Next(ref reader))
            {
                var removedText = String(ref reader);
                var start = Int(ref reader);
                var origin = Number(Int(ref reader), block.Number, 1);
                var removedIn = Number(Int(ref reader), block.Number, 2);
                Expect(ref reader, JsonTokenType.EndArray);
                removals.Add(new RemovalRecord(removedText, start, origin, removedIn));
            }

            Close(ref reader);
        }

        var lastLines = blocks[^1].Lines;
        var latest = revision.Number;
        var lineReader = new Utf8JsonReader(lastLines[1].Span);
        Open(ref lineReader, "origins");
        var origins = Runs(ref lineReader, text.Length, latest, 1);
        Close(ref lineReader);
        lineReader = new Utf8JsonReader(lastLines[2].Span);
        Open(ref lineReader, "restoredIn");
        var restoredIn = Runs(ref lineReader, text.Length, latest, 0);
        Close(ref lineReader);

        var sentenceOrigins = new List<(int, int)>();
        lineReader = new Utf8JsonReader(lastLines[3].Span);
        Open(ref lineReader, "sentences");
        while (lineReader.Read() && lineReader.TokenType == JsonTokenType.Number)
        {
            var origin = Number(lineReader.GetInt32(), latest, 1);
            sentenceOrigins.Add((origin, Number(Int(ref lineReader), latest, 0)));
        }

        Close(ref lineReader);

        foreach (var word in words)
        {
            reverts.Add(word);
        }

        var layout = TextLayout.Of(text, keys);
        var current = new CharacterOrigins(text, layout.Tokens, origins, restoredIn);
        var sentences = new SentenceLedger(layout, sentenceOrigins, removedSentences);
        var resumed = new Resumed(revision.Number, blocks[^1].Digest, blocks.Count, marks.Count, removals.Count, words.Count, [.. words.Select(w => w.Reclaimed)]);
        return new ProvenanceWalker(revision, options, layout, current, reverts, sentences, marks, removals) { CanAdvance = toAdvance, ResumedFrom = resumed };
    }

    private static void ReadRemovedSentences(ReadOnlySpan<byte> line, int latest, Dictionary<UInt128, Stack<RemovedSentence>> removed)
    {
        var reader = new Utf8JsonReader(line);
        Open(ref reader, "removedSentences");
        while (Next(ref reader))
        {
            var digest = String(ref reader);
            var key = digest.Length == 32 && UInt128.TryParse(digest, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture, out var parsed)
                ? parsed
                : throw new FormatException($"'{digest}' is not a sentence digest.");
            reader.Read();
            if (reader.TokenType == JsonTokenType.EndArray)
            {
                // Taken back by a revert.
                if (!removed.TryGetValue(key, out var taken) || !taken.TryPop(out _))
                {
                    throw new FormatException($"No removed sentence {digest} to take back.");
                }

                continue;
            }

            var origin = Number(reader.TokenType == JsonTokenType.Number ? reader.GetInt32() : throw new FormatException("Expected an origin."), latest, 1);
            reader.Read();
            var characters = Runs(ref reader, -1, latest, 1);
            Expect(ref reader, JsonTokenType.EndArray);
            if (!removed.TryGetValue(key, out var stack))
            {
                removed[key] = stack = new Stack<RemovedSentence>();
            }

            stack.Push(new RemovedSentence(origin, characters));
        }

        Close(ref reader);
    }

    private static void ReadRemovedWords(ReadOnlySpan<byte> line, int latest, List<RemovedWord> words)
    {
        var reader = new Utf8JsonReader(line);
        Open(ref reader, "removedWords");
        while (Next(ref reader))
        {
            var (key, left, right) = (String(ref reader), String(ref reader), String(ref reader));
            var removedIn = Number(Int(ref reader), latest, 2);
            reader.Read();
            var wordOrigins = Runs(ref reader, -1, latest, 1);
            reader.Read();
            var wordRestoredIn = Runs(ref reader, wordOrigins.Length, latest, 0);
            Expect(ref reader, JsonTokenType.EndArray);
            words.Add(new RemovedWord(key, left, right, wordOrigins, wordRestoredIn, removedIn));
        }

        Close(ref reader);
    }

    private static void ReadReclaimed(ReadOnlySpan<byte> line, List<RemovedWord> words)
    {
        var reader = new Utf8JsonReader(line);
        Open(ref reader, "reclaimed");
        while (reader.Read() && reader.TokenType == JsonTokenType.Number)
        {
            var place = reader.GetInt32();
            if (place < 0 || place >= words.Count || words[place].Reclaimed)
            {
                throw new FormatException($"No removed word {place} to put back.");
            }

            words[place].Reclaimed = true;
        }

        Close(ref reader);
    }

    private static byte[] WriteBlock(string version, int from, Revision reached, string previous, ArrayBufferWriter<byte> state)
    {
        var header = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(header))
        {
            json.WriteStartObject();
            json.WriteString("v", version);
            json.WriteNumber("from", from);
            json.WriteNumber("revision", reached.Number);
            json.WriteString("sha256", reached.Hash);
            json.WriteString("state", Digest(previous, state.WrittenSpan));
            json.WriteEndObject();
        }

        return [.. header.WrittenSpan, (byte)'\n', .. state.WrittenSpan];
    }

    private static string Digest(string previous, ReadOnlySpan<byte> body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Text.Encoding.ASCII.GetBytes(previous));
        hash.AppendData(body);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string Hex(UInt128 digest) => digest.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);

    private static void Marks(Utf8JsonWriter json, ArrayBufferWriter<byte> state, ProvenanceWalker walker, int from) =>
        Line(json, state, "marks", () =>
        {
            for (var m = from; m < walker.Marks.Count; m++)
            {
                var mark = walker.Marks[m];
                json.WriteStartArray();
                json.WriteNumberValue(mark.At.ToUnixTimeTicks());
                if (mark.Editor is null)
                {
                    json.WriteNullValue();
                }
                else
                {
                    json.WriteStringValue(mark.Editor);
                }

                json.WriteEndArray();
            }
        });

    private static void Current(Utf8JsonWriter json, ArrayBufferWriter<byte> state, ProvenanceWalker walker)
    {
        Line(json, state, "origins", () => RunValues(json, walker.Current.Origins));
        Line(json, state, "restoredIn", () => RunValues(json, walker.Current.RestoredIn));
        Line(json, state, "sentences", () =>
        {
            foreach (var sentence in walker.Sentences.Sentences)
            {
                json.WriteNumberValue(sentence.Origin);
                json.WriteNumberValue(sentence.RestoredIn);
            }
        });
    }

    private static void Removals(Utf8JsonWriter json, ArrayBufferWriter<byte> state, ProvenanceWalker walker, int from) =>
        Line(json, state, "removals", () =>
        {
            for (var r = from; r < walker.Removed.Count; r++)
            {
                var removal = walker.Removed[r];
                json.WriteStartArray();
                json.WriteStringValue(removal.Text);
                json.WriteNumberValue(removal.Start);
                json.WriteNumberValue(removal.Origin);
                json.WriteNumberValue(removal.RemovedIn);
                json.WriteEndArray();
            }
        });

    private static void Pushed(Utf8JsonWriter json, UInt128 digest, RemovedSentence sentence)
    {
        json.WriteStartArray();
        json.WriteStringValue(Hex(digest));
        json.WriteNumberValue(sentence.Origin);
        Runs(json, sentence.Origins);
        json.WriteEndArray();
    }

    private static void Word(Utf8JsonWriter json, RemovedWord word)
    {
        json.WriteStartArray();
        json.WriteStringValue(word.Key);
        json.WriteStringValue(word.Left);
        json.WriteStringValue(word.Right);
        json.WriteNumberValue(word.RemovedIn);
        Runs(json, word.Origins);
        Runs(json, word.RestoredIn);
        json.WriteEndArray();
    }

    private static void Line(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer, string name, Action values)
    {
        json.Reset();
        json.WriteStartObject();
        json.WriteStartArray(name);
        values();
        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        buffer.Write("\n"u8);
    }

    /// <summary>Writes numbers as runs: value, count, value, count…, since origins come in long runs.</summary>
    private static void Runs(Utf8JsonWriter json, int[] values)
    {
        json.WriteStartArray();
        RunValues(json, values);
        json.WriteEndArray();
    }

    private static void RunValues(Utf8JsonWriter json, int[] values)
    {
        for (var i = 0; i < values.Length;)
        {
            var j = i;
            while (j + 1 < values.Length && values[j + 1] == values[i])
            {
                j++;
            }

            json.WriteNumberValue(values[i]);
            json.WriteNumberValue(j - i + 1);
            i = j + 1;
        }
    }

    /// <summary>Reads runs written by <see cref="Runs(Utf8JsonWriter, int[])"/>; the reader is on their opening bracket.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="length">The length they must add up to, or -1 for any.</param>
    /// <param name="latest">The highest revision number allowed.</param>
    /// <param name="lowest">The lowest value allowed (0 where 0 means none).</param>
    private static int[] Runs(ref Utf8JsonReader reader, int length, int latest, int lowest)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new FormatException("Expected runs.");
        }

        var values = new List<int>(Math.Max(length, 0));
        while (reader.Read() && reader.TokenType == JsonTokenType.Number)
        {
            var value = Number(reader.GetInt32(), latest, lowest);
            var count = Int(ref reader);
            if (count < 1 || (length >= 0 && values.Count + count > length))
            {
                throw new FormatException("Runs overflow their text.");
            }

            values.AddRange(Enumerable.Repeat(value, count));
        }

        if (reader.TokenType != JsonTokenType.EndArray || (length >= 0 && values.Count != length))
        {
            throw new FormatException("Runs do not cover their text.");
        }

        return [.. values];
    }

    private static int Number(int value, int latest, int lowest) =>
        value >= lowest && value <= latest ? value : throw new FormatException($"Revision number {value} is out of range.");

    private static void Open(ref Utf8JsonReader reader, string name)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        Expect(ref reader, JsonTokenType.PropertyName);
        if (!reader.ValueTextEquals(name))
        {
            throw new FormatException($"Expected the line '{name}'.");
        }

        Expect(ref reader, JsonTokenType.StartArray);
    }

    /// <summary>Moves to the next item of a list of arrays; false at the list's end.</summary>
    private static bool Next(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.StartArray || (reader.TokenType == JsonTokenType.EndArray ? false : throw new FormatException("Expected an item."));
    }

    private static void Close(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.EndArray)
        {
            throw new FormatException("Expected the end of a list.");
        }

        Expect(ref reader, JsonTokenType.EndObject);
        if (reader.Read())
        {
            throw new FormatException("A checkpoint line holds more than one list.");
        }
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
        {
            throw new FormatException($"Expected {type}.");
        }
    }

    private static int Int(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.Number);
        return reader.GetInt32();
    }

    private static long Long(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.Number);
        return reader.GetInt64();
    }

    private static string String(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        return reader.GetString()!; // a string token always has a value
    }
}
