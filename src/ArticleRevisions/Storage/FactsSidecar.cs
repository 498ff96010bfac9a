using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;

namespace ArticleRevisions.Storage;

/// <summary>
/// The facts sidecar of a history (<c>HISTORY.facts</c>): what was derived from each revision (word counts, verdict,
/// labels), keyed by the revision's chain hash and by the version of the algorithm that derived it.
/// </summary>
/// <remarks>
/// <para>
/// A cache outside the chain, never trusted for anything the chain proves: deleting it is always safe, and an entry
/// whose key or version does not match is simply computed again. JSON Lines, one object per revision:
/// <c>{"v":VERSION,"sha256":HASH,"title":…,"editor":…,"note":…,"counts":[…],"verdict":NAME,"labels":[NAME,…],"keys":[…]}</c>.
/// </para>
/// <para>
/// Writers append one whole line with one write (an appender such as <c>add</c>), or replace the file atomically
/// (a temporary file renamed over it). A torn or unreadable line is skipped; a line appended while another process
/// replaces the file may be lost, and is then computed again. Readers never wait.
/// </para>
/// </remarks>
internal static class FactsSidecar
{
    /// <summary>Gets the path of the sidecar of the history at <paramref name="historyPath"/>.</summary>
    public static string PathFor(string historyPath) => historyPath + ".facts";

    /// <summary>Reads one line of the sidecar: its entry, or null when it is of another version or damaged.</summary>
    public static StoredFacts? Decode(ReadOnlySpan<byte> line, string version) => TryDecode(line, version);

    /// <summary>Adds entries to the end of the sidecar with one write, creating it if needed.</summary>
    public static void Append(string historyPath, string version, IEnumerable<StoredFacts> facts)
    {
        var bytes = Encode(version, facts);
        using var stream = new FileStream(PathFor(historyPath), FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);
        stream.Write(bytes);
    }

    /// <summary>Replaces the sidecar with exactly <paramref name="facts"/>, atomically.</summary>
    public static void Replace(string historyPath, string version, IEnumerable<StoredFacts> facts)
    {
        var path = PathFor(historyPath);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            File.WriteAllBytes(temporary, Encode(version, facts));
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static byte[] Encode(string version, IEnumerable<StoredFacts> facts)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer);
        foreach (var f in facts)
        {
            json.Reset();
            json.WriteStartObject();
            json.WriteString("v", version);
            json.WriteString("sha256", f.Hash);
            WriteOptional(json, "title", f.Title);
            WriteOptional(json, "editor", f.Editor);
            WriteOptional(json, "note", f.Note);
            json.WriteStartArray("counts");
            foreach (var count in f.Counts)
            {
                json.WriteNumberValue(count);
            }

            json.WriteEndArray();
            json.WriteString("verdict", f.Verdict);
            WriteStrings(json, "labels", f.Labels);
            WriteStrings(json, "keys", f.Keys);
            json.WriteEndObject();
            json.Flush();
            buffer.Write("\n"u8);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, ImmutableArray<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static void ReadStrings(ref Utf8JsonReader reader, ImmutableArray<string>.Builder into)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            into.Add(reader.GetString()!); // a string token always has a value
        }
    }

    private static StoredFacts? TryDecode(ReadOnlySpan<byte> line, string version)
    {
        try
        {
            var reader = new Utf8JsonReader(line);
            string? v = null, hash = null, title = null, editor = null, note = null, verdict = null;
            var counts = ImmutableArray.CreateBuilder<int>();
            var labels = ImmutableArray.CreateBuilder<string>();
            var keys = ImmutableArray.CreateBuilder<string>();
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "v": v = reader.GetString(); break;
                    case "sha256": hash = reader.GetString(); break;
                    case "title": title = reader.GetString(); break;
                    case "editor": editor = reader.GetString(); break;
                    case "note": note = reader.GetString(); break;
                    case "verdict": verdict = reader.GetString(); break;
                    case "counts":
                        while (reader.Read() && reader.TokenType == JsonTokenType.Number)
                        {
                            counts.Add(reader.GetInt32());
                        }

                        break;
                    case "labels": ReadStrings(ref reader, labels); break;
                    case "keys": ReadStrings(ref reader, keys); break;
                    default:
                        reader.Skip();
                        break;
                }

                if (v is not null && v != version)
                {
                    return null;
                }
            }

            return v == version && hash is not null && verdict is not null
                ? new StoredFacts(hash, title, editor, note, counts.ToImmutable(), verdict, labels.ToImmutable(), keys.ToImmutable())
                : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            // A damaged cache line (bad JSON, or a value of the wrong kind such as "title": 5 or a count of 1.5): the
            // facts are computed again from the history, which the chain protects.
            return null;
        }
    }
}
