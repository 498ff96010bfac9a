using System.Buffers.Text;
using System.Collections.Immutable;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Reports;

/// <summary>
/// Tells which revisions are reverts from the revert keys a facts sidecar keeps for each (its text's fingerprint, the
/// keys of what its edits took out and put in), walking them oldest first as <see cref="Classification.RevertTracker"/>
/// walks traces, but holding each key as 64 bits rather than a string.
/// </summary>
/// <remarks>
/// What is held grows with the history: a slot of 13 bytes for each revision's text and of 9 for each key taken out, at
/// a load of up to 80% (<see cref="KeyTable"/>; about 35 bytes a revision), a twentieth of the history's index. Mutable, for one walk; not thread-safe.
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

    private static readonly System.Buffers.SearchValues<byte> LowerHexBytes = System.Buffers.SearchValues.Create("0123456789abcdef"u8);

    private readonly KeyTable texts;
    private readonly KeyTable removed;
    private readonly RevertFilter? filter;
    private ulong? previousText;

    /// <summary>Creates an empty walk with room for <paramref name="revisions"/> texts and <paramref name="removedKeys"/> removed keys, so a walk whose sizes are known grows no table.</summary>
    public RevertKeys(int revisions, int removedKeys)
    {
        texts = new KeyTable(revisions, withNumbers: true);
        removed = new KeyTable(removedKeys, withNumbers: false);
    }

    /// <summary>Creates an empty walk that holds only the keys <paramref name="filter"/> keeps, which has observed every revision to be walked.</summary>
    public RevertKeys(RevertFilter filter, int removedKeys)
    {
        this.filter = filter;
        texts = new KeyTable(filter.RepeatedTexts, withNumbers: true);
        removed = new KeyTable(removedKeys / 4, withNumbers: false);
    }

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

    /// <summary>Whether the revert keys of a sidecar line are valid, as <see cref="AreValid(ImmutableArray{string})"/> tells of them as strings.</summary>
    public static bool AreValid(FactsLine line)
    {
        var textKeys = 0;
        for (var i = 0; i < line.KeyCount; i++)
        {
            var key = line.Key(i);
            if (key.Length != 17 || key[0] is not ((byte)TextMark or (byte)RemovedMark or (byte)AddedMark) || key[1..].ContainsAnyExcept(LowerHexBytes))
            {
                return false;
            }

            textKeys += key[0] == TextMark ? 1 : 0;
        }

        return textKeys == 1;
    }

    /// <summary>Counts the keys a sidecar line's revision removed.</summary>
    public static int RemovedCount(FactsLine line)
    {
        var count = 0;
        for (var i = 0; i < line.KeyCount; i++)
        {
            count += line.Key(i) is [(byte)RemovedMark, ..] ? 1 : 0;
        }

        return count;
    }

    /// <summary>Tells whether the next revision, known by the valid keys of its sidecar line (see <see cref="AreValid(FactsLine)"/>), is a revert, and remembers it.</summary>
    /// <returns>Whether it restores text, and the revision it returns to when its whole text does.</returns>
    public (bool IsRevert, int? RevertsTo) Observe(int number, FactsLine line)
    {
        var text = 0UL;
        var restores = false;
        for (var i = 0; i < line.KeyCount; i++)
        {
            var key = line.Key(i);
            switch ((char)key[0])
            {
                case TextMark: text = Parse(key); break;
                case AddedMark: restores |= removed.Contains(Parse(key)); break;
            }
        }

        var result = Remember(number, text, restores);
        for (var i = 0; i < line.KeyCount; i++)
        {
            if (line.Key(i)[0] == RemovedMark)
            {
                Remove(Parse(line.Key(i)));
            }
        }

        return result;
    }

    /// <summary>Tells whether the next revision, known by its valid keys (see <see cref="AreValid(ImmutableArray{string})"/>), is a revert, and remembers it.</summary>
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

        var result = Remember(number, text, restores);
        foreach (var key in keys)
        {
            if (key[0] == RemovedMark)
            {
                Remove(Parse(key));
            }
        }

        return result;
    }

    /// <summary>Records revision <paramref name="number"/>'s whole text key; the revision it returns to is the last earlier one of that text, unless that is the one just before.</summary>
    private (bool IsRevert, int? RevertsTo) Remember(int number, ulong text, bool restores)
    {
        int? whole = text != previousText && texts.TryGetNumber(text, out var earlier) ? earlier : null;
        if (filter?.KeepsText(text) ?? true)
        {
            texts.Set(text, number);
        }

        previousText = text;
        return (whole is not null || restores, whole);
    }

    private void Remove(ulong key)
    {
        if (filter?.KeepsRemoved(key) ?? true)
        {
            removed.Set(key);
        }
    }

    private static ulong Parse(ReadOnlySpan<byte> key) => Utf8Parser.TryParse(key[1..], out ulong value, out _, 'x') ? value : 0;

    private static ulong Parse(string key) =>
        ulong.Parse(key.AsSpan(1), System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture);
}
