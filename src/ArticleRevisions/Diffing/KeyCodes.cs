using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>Gives each distinct key a small number, so sequences are compared as numbers; remembers each number's key.</summary>
internal sealed class KeyCodes
{
    private readonly Dictionary<string, int> ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> spans;
    private readonly List<string> names = [];

    public KeyCodes()
    {
        ids = new Dictionary<string, int>(StringComparer.Ordinal);
        spans = ids.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Gets the key of each code, in code order.</summary>
    public IReadOnlyList<string> Names => names;

    /// <summary>Gets the code of <paramref name="key"/>, giving it the next one if it has none yet.</summary>
    public int Code(string key)
    {
        if (!ids.TryGetValue(key, out var id))
        {
            id = names.Count;
            ids.Add(key, id);
            names.Add(key);
        }

        return id;
    }

    /// <summary>Gets the code of the key of a stretch of <paramref name="text"/>, building the key only when it is not the text itself.</summary>
    public int Code(string text, int start, int length, KeyNormalizer keys)
    {
        var span = text.AsSpan(start, length);
        if (!keys.IsOwnKey(span))
        {
            return Code(keys.Key(text, start, length));
        }

        if (!spans.TryGetValue(span, out var id))
        {
            id = names.Count;
            var key = span.ToString();
            ids.Add(key, id);
            names.Add(key);
        }

        return id;
    }

    /// <summary>Codes every key of <paramref name="keys"/>, in order.</summary>
    public int[] Encode(IReadOnlyList<string> keys)
    {
        var codes = new int[keys.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = Code(keys[i]);
        }

        return codes;
    }
}
