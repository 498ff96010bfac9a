using System.Text.Json;

namespace ArticleRevisions.Storage;

/// <summary>
/// One line of a facts sidecar read into buffers that are kept from line to line (see <see cref="FactsSidecar"/> for
/// the layout): the plain values of <see cref="StoredFacts"/> without a string or an array made for any of them but
/// the title, editor and note (which most revisions lack).
/// </summary>
/// <remarks>
/// What a line says is valid until the next <see cref="TryRead"/>. Mutable, for one reader; not thread-safe.
/// </remarks>
internal sealed class FactsLine
{
    private const int MaxCounts = 16;

    private readonly byte[] hash = new byte[64];
    private readonly int[] counts = new int[MaxCounts];
    private byte[] names = new byte[512];
    private (int Start, int Length)[] labels = new (int, int)[16];
    private (int Start, int Length)[] keys = new (int, int)[16];
    private (int Start, int Length) verdict;
    private int used;

    /// <summary>Gets the revision's chain hash as it is written (64 hexadecimal digits, UTF-8).</summary>
    public ReadOnlySpan<byte> Hash => hash;

    /// <summary>Gets the revision's title, if any.</summary>
    public string? Title { get; private set; }

    /// <summary>Gets the revision's editor, if any.</summary>
    public string? Editor { get; private set; }

    /// <summary>Gets the revision's note, if any.</summary>
    public string? Note { get; private set; }

    /// <summary>Gets the comparison's counts.</summary>
    public ReadOnlySpan<int> Counts => counts.AsSpan(0, CountsLength);

    /// <summary>Gets the verdict's name (UTF-8).</summary>
    public ReadOnlySpan<byte> Verdict => names.AsSpan(verdict.Start, verdict.Length);

    /// <summary>Gets how many labels there are.</summary>
    public int LabelCount { get; private set; }

    /// <summary>Gets how many revert keys there are.</summary>
    public int KeyCount { get; private set; }

    private int CountsLength { get; set; }

    /// <summary>Gets label <paramref name="index"/>'s name (UTF-8).</summary>
    public ReadOnlySpan<byte> Label(int index) => names.AsSpan(labels[index].Start, labels[index].Length);

    /// <summary>Gets revert key <paramref name="index"/> (UTF-8).</summary>
    public ReadOnlySpan<byte> Key(int index) => names.AsSpan(keys[index].Start, keys[index].Length);

    /// <summary>Reads <paramref name="line"/>; false when it is of another version than <paramref name="version"/> (UTF-8) or damaged, as <see cref="FactsSidecar.Decode"/> would return null.</summary>
    public bool TryRead(ReadOnlySpan<byte> line, ReadOnlySpan<byte> version)
    {
        (Title, Editor, Note, CountsLength, LabelCount, KeyCount, used) = (null, null, null, 0, 0, 0, 0);
        var (versionSeen, hashSeen, verdictSeen) = (false, false, false);
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = Property(ref reader);
                reader.Read();
                switch (name)
                {
                    case 'v':
                        if (reader.TokenType != JsonTokenType.String || !reader.ValueTextEquals(version))
                        {
                            return false; // another version (the decoder stops at a mismatch too)
                        }

                        versionSeen = true;
                        break;
                    case 'h':
                        hashSeen = reader.TokenType == JsonTokenType.String && reader.CopyString(hash) == hash.Length;
                        if (!hashSeen)
                        {
                            return false;
                        }

                        break;
                    case 't': Title = reader.GetString(); break;
                    case 'e': Editor = reader.GetString(); break;
                    case 'n': Note = reader.GetString(); break;
                    case 'd':
                        verdict = Copy(ref reader);
                        verdictSeen = reader.TokenType == JsonTokenType.String;
                        break;
                    case 'c':
                        while (reader.Read() && reader.TokenType == JsonTokenType.Number)
                        {
                            if (CountsLength == MaxCounts || !reader.TryGetInt32(out counts[CountsLength]))
                            {
                                return false;
                            }

                            CountsLength++;
                        }

                        break;
                    case 'l': LabelCount = ReadNames(ref reader, ref labels, LabelCount); break;
                    case 'k': KeyCount = ReadNames(ref reader, ref keys, KeyCount); break;
                    default:
                        reader.Skip();
                        break;
                }
            }

            return versionSeen && hashSeen && verdictSeen;
        }
        catch (JsonException)
        {
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // A value of the wrong kind (a number where a string belongs) or a hash too long for its buffer (a second
            // "sha256"): damaged, like a JSON error.
            return false;
        }
    }

    /// <summary>Which field a property name is: the first letter of its name, 'd' for the verdict, 'h' for the hash, '?' for one not known.</summary>
    private static char Property(ref Utf8JsonReader reader) =>
        reader.ValueTextEquals("v"u8) ? 'v'
        : reader.ValueTextEquals("sha256"u8) ? 'h'
        : reader.ValueTextEquals("title"u8) ? 't'
        : reader.ValueTextEquals("editor"u8) ? 'e'
        : reader.ValueTextEquals("note"u8) ? 'n'
        : reader.ValueTextEquals("verdict"u8) ? 'd'
        : reader.ValueTextEquals("counts"u8) ? 'c'
        : reader.ValueTextEquals("labels"u8) ? 'l'
        : reader.ValueTextEquals("keys"u8) ? 'k'
        : '?';

    /// <summary>Adds the strings of the array the reader is at to <paramref name="into"/> after the <paramref name="count"/> there (a name given twice adds to the first, as the decoder does).</summary>
    private int ReadNames(ref Utf8JsonReader reader, ref (int Start, int Length)[] into, int count)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.String)
        {
            if (count == into.Length)
            {
                Array.Resize(ref into, into.Length * 2);
            }

            into[count++] = Copy(ref reader);
        }

        return count;
    }

    /// <summary>Copies the string value the reader is on into <see cref="names"/>, unescaped.</summary>
    private (int Start, int Length) Copy(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return (used, 0);
        }

        var most = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (names.Length - used < most)
        {
            Array.Resize(ref names, Math.Max(names.Length * 2, used + most));
        }

        var length = reader.CopyString(names.AsSpan(used));
        var at = (used, length);
        used += length;
        return at;
    }
}
