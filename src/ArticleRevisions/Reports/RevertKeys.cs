using System.Collections.Immutable;

namespace ArticleRevisions.Reports;

/// <summary>
/// Tells which revisions are reverts from the revert keys a facts sidecar keeps for each (its text's fingerprint, the
/// keys of what its edits took out and put in), walking them oldest first as <see cref="Classification.RevertTracker"/>
/// walks traces, but holding each key as 64 bits rather than a string.
/// </summary>
/// <remarks>
/// What is held grows with the history: 8 bytes and a table slot for each revision's text and for each key taken out
/// (about 80 bytes a revision), less than the history's index. Mutable, for one walk; not thread-safe.
/// </remarks>
internal sealed class RevertKeys
{
    /// <summary>The first character of a stored revert key naming the revision's text fingerprint.</summary>
    internal const char TextMark = 't';

    /// <summary>The first character of a stored revert key naming a passage the revision removed.</summary>
    internal const char RemovedMark = 'r';

    /// <summary>The first character of a stored revert key naming a passage the revision added.</summary>
    internal const char AddedMark = 'a';

    private static readonly System.Buffers.SearchValues<char> LowerHex = System.Buffers.SearchValues.Create("0123456789abcdef");

    private readonly Dictionary<ulong, int> texts = [];
    private readonly HashSet<ulong> removed = [];
    private ulong? previousText;

    /// <summary>Whether <paramref name="keys"/> are a revision's revert keys: one text key, then any removed and added ones, each a mark and 16 lowercase hexadecimal digits.</summary>
    public static bool AreValid(ImmutableArray<string> keys)
    {
        var textKeys = 0;
        foreach (var key in keys)
        {
            if (key.Length != 17 || key[0] is not (TextMark or RemovedMark or AddedMark) || key.AsSpan(1).ContainsAnyExcept(LowerHex))
            {
                return false;
            }

            textKeys += key[0] == TextMark ? 1 : 0;
        }

        return textKeys == 1;
    }

    /// <summary>Tells whether the next revision, known by its valid keys (see <see cref="AreValid"/>), is a revert, and remembers it.</summary>
    /// <returns>Whether it restores text, and the revision it returns to when its whole text does.</returns>
    public (bool IsRevert, int? RevertsTo) Observe(int number, ImmutableArray<string> keys)
    {
        var text = 0UL;
        var restores = false;
        foreach (var key in keys)
        {
            switch (key[0])
            {
                case TextMark: text = Parse(key); break;
                case AddedMark: restores |= removed.Contains(Parse(key)); break;
            }
        }

        int? whole = text != previousText && texts.TryGetValue(text, out var earlier) ? earlier : null;
        texts[text] = number;
        foreach (var key in keys)
        {
            if (key[0] == RemovedMark)
            {
                removed.Add(Parse(key));
            }
        }

        previousText = text;
        return (whole is not null || restores, whole);
    }

    private static ulong Parse(string key) =>
        ulong.Parse(key.AsSpan(1), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture);
}
