using System.Collections;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace ArticleRevisions.Model;

/// <summary>
/// Facts about a revision that have no field of their own, as a map from dotted lowercase names to text, such as
/// <c>mediawiki.revid</c> → <c>1234</c>, <c>git.commit</c> → a commit id, <c>capture.etag</c> → an ETag, or
/// <see cref="SuppressedKey"/> → <c>text,editor</c>.
/// </summary>
/// <remarks>
/// <para>
/// Keys are one or more runs of lowercase ASCII letters and digits joined by single <c>.</c> or <c>-</c> (at most
/// 100 characters); values are any text without unpaired surrogates (an empty value is allowed). Entries are kept
/// in ordinal key order, which is also the order in which they are hashed and stored. A non-empty map is covered
/// by the revision's chain hash; an empty one adds nothing to it, so revisions without attributes hash exactly as
/// before attributes existed.
/// </para>
/// <para>This type is immutable and thread-safe, and compares by value.</para>
/// </remarks>
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "Named for what it is in the model, as Revision.Attributes; 'RevisionAttributeDictionary' would say less.")]
public sealed partial class RevisionAttributes : IReadOnlyDictionary<string, string>, IEquatable<RevisionAttributes>
{
    /// <summary>The key under which suppressed fields are listed (see <see cref="Suppressed"/>).</summary>
    public const string SuppressedKey = "suppressed";

    private readonly ImmutableSortedDictionary<string, string> entries;

    private RevisionAttributes(ImmutableSortedDictionary<string, string> entries) => this.entries = entries;

    /// <summary>Gets the map with no entries.</summary>
    public static RevisionAttributes Empty { get; } = new(ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal));

    /// <summary>Gets the number of entries.</summary>
    public int Count => entries.Count;

    /// <summary>Gets whether the map has no entries.</summary>
    public bool IsEmpty => entries.IsEmpty;

    /// <summary>Gets the keys, in ordinal order.</summary>
    public IEnumerable<string> Keys => entries.Keys;

    /// <summary>Gets the values, in the order of their keys.</summary>
    public IEnumerable<string> Values => entries.Values;

    /// <summary>
    /// Gets which of the revision's fields were suppressed at the source (a MediaWiki <c>deleted="deleted"</c>):
    /// their values are not known and were never invented.
    /// </summary>
    /// <remarks>Read from the <see cref="SuppressedKey"/> entry; names this build does not know are ignored.</remarks>
    public SuppressedFields Suppressed
    {
        get
        {
            if (!entries.TryGetValue(SuppressedKey, out var list))
            {
                return SuppressedFields.None;
            }

            var fields = SuppressedFields.None;
            foreach (var name in list.Split(','))
            {
                fields |= name.Trim() switch
                {
                    "text" => SuppressedFields.Text,
                    "editor" => SuppressedFields.Editor,
                    "note" => SuppressedFields.Note,
                    _ => SuppressedFields.None,
                };
            }

            return fields;
        }
    }

    /// <summary>Gets the value stored under <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">No entry has that key.</exception>
    public string this[string key] => entries[key];

    /// <summary>Creates a map from <paramref name="entries"/>, checking every key and value.</summary>
    /// <param name="entries">The entries, in any order.</param>
    /// <returns>The map; <see cref="Empty"/> when there are none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/>, a key or a value is null.</exception>
    /// <exception cref="ArgumentException">A key is not a dotted lowercase name, appears twice, or a value holds an unpaired surrogate.</exception>
    public static RevisionAttributes Create(IEnumerable<KeyValuePair<string, string>> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            Check(key, value);
            if (!builder.TryAdd(key, value))
            {
                throw new ArgumentException($"Attribute '{key}' is given twice.", nameof(entries));
            }
        }

        return builder.Count == 0 ? Empty : new RevisionAttributes(builder.ToImmutable());
    }

    /// <summary>Returns whether <paramref name="key"/> can name an attribute.</summary>
    /// <param name="key">The candidate key.</param>
    /// <returns><see langword="true"/> for a dotted lowercase name such as <c>capture.claimed-modified</c>.</returns>
    public static bool IsValidKey([NotNullWhen(true)] string? key) => key is { Length: > 0 and <= 100 } && KeyPattern().IsMatch(key);

    /// <summary>Returns a map with <paramref name="key"/> set to <paramref name="value"/>, replacing any value it had.</summary>
    /// <param name="key">A dotted lowercase name.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new map.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The key is not a dotted lowercase name, or the value holds an unpaired surrogate.</exception>
    public RevisionAttributes With(string key, string value)
    {
        Check(key, value);
        return new RevisionAttributes(entries.SetItem(key, value));
    }

    /// <summary>Returns a map without <paramref name="key"/>.</summary>
    /// <param name="key">The key to remove; nothing happens when it is absent.</param>
    /// <returns>The new map.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public RevisionAttributes Without(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var rest = entries.Remove(key);
        return rest.IsEmpty ? Empty : new RevisionAttributes(rest);
    }

    /// <summary>Returns a map whose <see cref="SuppressedKey"/> entry lists <paramref name="fields"/> (removed when none).</summary>
    /// <param name="fields">The suppressed fields.</param>
    /// <returns>The new map, listing the fields as <c>text</c>, <c>editor</c>, <c>note</c> in that order, joined by commas.</returns>
    public RevisionAttributes WithSuppressed(SuppressedFields fields)
    {
        var names = new List<string>(3);
        if (fields.HasFlag(SuppressedFields.Text))
        {
            names.Add("text");
        }

        if (fields.HasFlag(SuppressedFields.Editor))
        {
            names.Add("editor");
        }

        if (fields.HasFlag(SuppressedFields.Note))
        {
            names.Add("note");
        }

        return names.Count == 0 ? Without(SuppressedKey) : With(SuppressedKey, string.Join(',', names));
    }

    /// <summary>Returns whether an entry has <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when it is present.</returns>
    public bool ContainsKey(string key) => entries.ContainsKey(key);

    /// <summary>Gets the value under <paramref name="key"/>, if any.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, when present.</param>
    /// <returns><see langword="true"/> when it is present.</returns>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value) => entries.TryGetValue(key, out value);

    /// <summary>Enumerates the entries in ordinal key order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => entries.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Returns whether <paramref name="other"/> holds exactly the same entries.</summary>
    /// <param name="other">The other map.</param>
    /// <returns><see langword="true"/> when keys and values are equal, ordinally.</returns>
    public bool Equals(RevisionAttributes? other) =>
        other is not null && other.Count == Count && entries.All(e => other.entries.TryGetValue(e.Key, out var v) && string.Equals(v, e.Value, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RevisionAttributes);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var (key, value) in entries)
        {
            hash.Add(key, StringComparer.Ordinal);
            hash.Add(value, StringComparer.Ordinal);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats the entries as <c>key=value</c> pairs joined by <c>; </c>, for diagnostics.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Join("; ", entries.Select(e => $"{e.Key}={e.Value}"));

    private static void Check(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        if (!IsValidKey(key))
        {
            throw new ArgumentException($"Attribute key '{key}' is not a dotted lowercase name such as 'mediawiki.revid' or 'capture.claimed-modified'.", nameof(key));
        }

        RevisionHasher.CheckText(value, nameof(value));
    }

    [GeneratedRegex("^[a-z0-9]+(?:[-.][a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
