using System.Buffers;
using System.Security.Cryptography;
using System.Text.Json;
using ArticleRevisions.Diffing;
using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Provenance;

/// <summary>
/// A provenance walk's state written down, so a later walk resumes where this one stopped instead of diffing every
/// revision again from the first.
/// </summary>
/// <remarks>
/// <para>
/// JSON Lines. The first line names the walk's version, the revision reached and its chain hash, and the SHA-256 of
/// the lines after it: <c>{"v":VERSION,"revision":N,"sha256":HASH,"state":SHA256}</c>. Then one line each for the
/// revisions' marks, the origin and restoring revision of every character of revision N (run-length coded), its
/// sentences' origins, the sentences (by a digest of their key) and words removed so far and not put back (to
/// recognise reverts), and the record
/// of removals. Revision N's text is not kept: it is read from the history, which proves it.
/// </para>
/// <para>
/// Reading refuses anything that does not match exactly (another version, a damaged or torn file, a state that does
/// not fit the text): the caller then walks from the first revision. Only the walk's default options are kept.
/// </para>
/// </remarks>
internal static class ProvenanceCheckpoint
{
    /// <summary>The revision a checkpoint was taken at, read from its first line.</summary>
    /// <param name="Number">The revision's number.</param>
    /// <param name="Hash">Its chain hash.</param>
    /// <param name="State">The bytes after the first line, whose SHA-256 the first line holds.</param>
    public readonly record struct Header(int Number, string Hash, ReadOnlyMemory<byte> State);

    /// <summary>Writes <paramref name="walker"/>'s state, tagged with <paramref name="version"/>.</summary>
    public static byte[] Write(ProvenanceWalker walker, string version)
    {
        var state = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(state))
        {
            Line(json, state, "marks", () =>
            {
                foreach (var mark in walker.Marks)
                {
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
            Line(json, state, "removedSentences", () =>
            {
                foreach (var (key, stack) in walker.Sentences.Removed)
                {
                    // A stack enumerates from its top; written bottom first, so pushing in order rebuilds it.
                    foreach (var sentence in stack.Reverse())
                    {
                        json.WriteStartArray();
                        json.WriteStringValue(key.ToString("x32", System.Globalization.CultureInfo.InvariantCulture));
                        json.WriteNumberValue(sentence.Origin);
                        Runs(json, sentence.Origins);
                        json.WriteEndArray();
                    }
                }
            });
            Line(json, state, "removedWords", () =>
            {
                foreach (var word in walker.Reverts.Unclaimed)
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
            });
            Line(json, state, "removals", () =>
            {
                foreach (var removal in walker.Removed)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(removal.Text);
                    json.WriteNumberValue(removal.Start);
                    json.WriteNumberValue(removal.Origin);
                    json.WriteNumberValue(removal.RemovedIn);
                    json.WriteEndArray();
                }
            });
        }

        var header = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(header))
        {
            json.WriteStartObject();
            json.WriteString("v", version);
            json.WriteNumber("revision", walker.Revision.Number);
            json.WriteString("sha256", walker.Revision.Hash);
            json.WriteString("state", Convert.ToHexStringLower(SHA256.HashData(state.WrittenSpan)));
            json.WriteEndObject();
        }

        return [.. header.WrittenSpan, (byte)'\n', .. state.WrittenSpan];
    }

    /// <summary>Reads the first line of a checkpoint and checks the rest against it.</summary>
    /// <returns>The header, or null when the bytes are not a whole, undamaged checkpoint of <paramref name="version"/>.</returns>
    public static Header? ReadHeader(byte[] bytes, string version)
    {
        var newline = Array.IndexOf(bytes, (byte)'\n');
        if (newline < 0)
        {
            return null;
        }

        try
        {
            var reader = new Utf8JsonReader(bytes.AsSpan(0, newline));
            string? v = null, hash = null, digest = null;
            var number = 0;
            Expect(ref reader, JsonTokenType.StartObject);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "v": v = reader.GetString(); break;
                    case "revision": number = reader.GetInt32(); break;
                    case "sha256": hash = reader.GetString(); break;
                    case "state": digest = reader.GetString(); break;
                    default: reader.Skip(); break;
                }
            }

            var state = bytes.AsMemory(newline + 1);
            return v == version && number >= 1 && hash is not null && digest == Convert.ToHexStringLower(SHA256.HashData(state.Span))
                ? new Header(number, hash, state)
                : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Resumes a walk at <paramref name="revision"/>, the revision the checkpoint was taken at.</summary>
    /// <param name="header">The checkpoint.</param>
    /// <param name="revision">The revision it was taken at, read from the history.</param>
    /// <param name="options">The walk's options.</param>
    /// <param name="toAdvance">
    /// Whether the walk will go on; when false, what only a further step needs (the removed words and sentences that
    /// revert matching looks in, most of a checkpoint's bytes) is not read, and the walk can only report.
    /// </param>
    /// <exception cref="FormatException">The state is damaged or does not fit the revision's text.</exception>
    public static ProvenanceWalker Resume(Header header, Revision revision, DiffOptions options, bool toAdvance)
    {
        if (revision.Number != header.Number || revision.Hash != header.Hash)
        {
            throw new FormatException($"The checkpoint is of revision {header.Number}, not {revision.Number}.");
        }

        try
        {
            return Read(header.State, revision, options, toAdvance);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            throw new FormatException("The checkpoint's state is damaged.", e);
        }
    }

    private static ProvenanceWalker Read(ReadOnlyMemory<byte> state, Revision revision, DiffOptions options, bool toAdvance)
    {
        var keys = options.Keys;
        var text = revision.Text;
        var lines = Lines(state);
        if (lines.Count != 7)
        {
            throw new FormatException($"The checkpoint's state has {lines.Count} lines, not 7.");
        }

        var marks = new List<RevisionMark>();
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
        if (marks.Count != revision.Number)
        {
            throw new FormatException($"The checkpoint marks {marks.Count} revisions, not {revision.Number}.");
        }

        reader = new Utf8JsonReader(lines[1].Span);
        Open(ref reader, "origins");
        var origins = Runs(ref reader, text.Length, revision.Number, 1);
        Close(ref reader);
        reader = new Utf8JsonReader(lines[2].Span);
        Open(ref reader, "restoredIn");
        var restoredIn = Runs(ref reader, text.Length, revision.Number, 0);
        Close(ref reader);

        var sentenceOrigins = new List<(int, int)>();
        reader = new Utf8JsonReader(lines[3].Span);
        Open(ref reader, "sentences");
        while (reader.Read() && reader.TokenType == JsonTokenType.Number)
        {
            var origin = Number(reader.GetInt32(), revision.Number, 1);
            sentenceOrigins.Add((origin, Number(Int(ref reader), revision.Number, 0)));
        }

        Close(ref reader);

        var removedSentences = new Dictionary<UInt128, Stack<RemovedSentence>>();
        var reverts = new WordReverts(keys);
        if (toAdvance)
        {
            ReadRemovedSentences(lines[4].Span, revision.Number, removedSentences);
            ReadRemovedWords(lines[5].Span, revision.Number, reverts);
        }

        var removals = new List<RemovalRecord>();
        reader = new Utf8JsonReader(lines[6].Span);
        Open(ref reader, "removals");
        while (Next(ref reader))
        {
            var removedText = String(ref reader);
            var start = Int(ref reader);
            var origin = Number(Int(ref reader), revision.Number, 1);
            var removedIn = Number(Int(ref reader), revision.Number, 2);
            Expect(ref reader, JsonTokenType.EndArray);
            removals.Add(new RemovalRecord(removedText, start, origin, removedIn));
        }

        Close(ref reader);

        var current = new CharacterOrigins(text, new TokenTable(text), origins, restoredIn);
        var sentences = new SentenceLedger(keys, text, sentenceOrigins, removedSentences);
        return new ProvenanceWalker(revision, options, current, reverts, sentences, marks, removals) { CanAdvance = toAdvance };
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
            var origin = Number(Int(ref reader), latest, 1);
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

    private static void ReadRemovedWords(ReadOnlySpan<byte> line, int latest, WordReverts reverts)
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
            reverts.Add(new RemovedWord(key, left, right, wordOrigins, wordRestoredIn, removedIn));
        }

        Close(ref reader);
    }

    /// <summary>The state's lines, each without its newline; every line, the last included, must end in one.</summary>
    private static List<ReadOnlyMemory<byte>> Lines(ReadOnlyMemory<byte> state)
    {
        var lines = new List<ReadOnlyMemory<byte>>();
        while (!state.IsEmpty)
        {
            var newline = state.Span.IndexOf((byte)'\n');
            if (newline < 0)
            {
                throw new FormatException("The checkpoint's last line is torn.");
            }

            lines.Add(state[..newline]);
            state = state[(newline + 1)..];
        }

        return lines;
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
