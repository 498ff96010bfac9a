using System.Collections.Immutable;

namespace ArticleRevisions.Capture.Watching;

/// <summary>A collection's watch list: its sources in the order they were added, and its alert settings.</summary>
/// <remarks>This type is immutable and thread-safe; ids are unique, and so are URLs within a kind.</remarks>
public sealed record WatchList
{
    /// <summary>Gets an empty watch list with the default alert settings.</summary>
    public static WatchList Empty { get; } = new();

    /// <summary>Gets the sources, in the order they were added.</summary>
    public ImmutableArray<WatchSource> Sources { get; private init; } = [];

    /// <summary>Gets the alert settings.</summary>
    public AlertSettings Alerts { get; init; } = AlertSettings.Default;

    /// <summary>Gets the source with id <paramref name="id"/>, or null.</summary>
    /// <param name="id">The source's id.</param>
    /// <returns>The source, or null.</returns>
    public WatchSource? Find(string id) => Sources.FirstOrDefault(s => s.Id == id);

    /// <summary>Returns this list with <paramref name="source"/> added at the end.</summary>
    /// <param name="source">The new source.</param>
    /// <returns>The new list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is taken, or the URL is already watched as the same kind.</exception>
    public WatchList Add(WatchSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (Find(source.Id) is not null)
        {
            throw new ArgumentException($"the id '{source.Id}' is already in the watch list.", nameof(source));
        }

        if (Sources.FirstOrDefault(s => s.Kind == source.Kind && s.Url == source.Url) is { } same)
        {
            throw new ArgumentException($"{source.Url} is already watched as '{same.Id}'.", nameof(source));
        }

        return this with { Sources = Sources.Add(source) };
    }

    /// <summary>Returns this list without the source <paramref name="id"/>.</summary>
    /// <param name="id">The source's id.</param>
    /// <returns>The new list.</returns>
    /// <exception cref="ArgumentException">No source has that id.</exception>
    public WatchList Remove(string id)
    {
        var source = Find(id) ?? throw new ArgumentException($"no source has the id '{id}'.", nameof(id));
        return this with { Sources = Sources.Remove(source) };
    }

    /// <summary>Returns a slug for <paramref name="url"/> that no source has yet: from its last path segment, else its host.</summary>
    /// <param name="url">The URL.</param>
    /// <returns>A free id, such as <c>bridge-repairs</c> or <c>bridge-repairs-2</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="url"/> is null.</exception>
    public string FreeIdFor(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var segment = url.Segments.LastOrDefault(s => s.Trim('/').Length > 0)?.Trim('/');
        segment = segment is null ? url.Host : Path.GetFileNameWithoutExtension(Uri.UnescapeDataString(segment));
        var chars = segment.ToLowerInvariant().Select(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        slug = slug.Length == 0 ? "article" : slug.Length > 60 ? slug[..60].TrimEnd('-') : slug;
        var candidate = slug;
        for (var n = 2; Find(candidate) is not null; n++)
        {
            candidate = $"{slug}-{n}";
        }

        return candidate;
    }
}
