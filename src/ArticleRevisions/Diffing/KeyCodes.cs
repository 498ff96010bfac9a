namespace ArticleRevisions.Diffing;

/// <summary>Gives each distinct key a small number, so sequences are compared as numbers; remembers each number's key.</summary>
internal sealed class KeyCodes
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<string> names = [];

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
