using System.Text;

namespace ArticleRevisions.Import.MediaWiki;

/// <summary>
/// Checks page titles and gives each its history file in the collection folder. A title is never used as a path:
/// the file name is made from its letters and digits (see <see cref="FileNames"/>), and the result is checked to be a
/// file directly inside the folder.
/// </summary>
internal static class PageTitles
{
    /// <summary>MediaWiki's own limit on a title's length, in UTF-8 bytes.</summary>
    public const int MaxTitleBytes = 255;

    /// <summary>Returns why <paramref name="title"/> cannot be a MediaWiki page title, or null when it can.</summary>
    /// <remarks>
    /// MediaWiki itself refuses these titles, so an export that holds one was not made by MediaWiki: it is refused
    /// whole rather than imported under a changed name.
    /// </remarks>
    public static string? Problem(string title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return "a page has an empty title.";
        }

        if (title.Any(c => char.IsControl(c)))
        {
            return $"page title '{Visible(title)}' holds a control character, which no MediaWiki title can.";
        }

        if (Encoding.UTF8.GetByteCount(title) > MaxTitleBytes)
        {
            return $"page title '{Visible(title)[..Math.Min(60, title.Length)]}…' is {Encoding.UTF8.GetByteCount(title)} bytes long; MediaWiki titles are at most {MaxTitleBytes}.";
        }

        var slashed = title.Replace('\\', '/');
        if (slashed is "." or ".." || slashed.StartsWith("./", StringComparison.Ordinal) || slashed.StartsWith("../", StringComparison.Ordinal)
            || slashed.Contains("/./", StringComparison.Ordinal) || slashed.Contains("/../", StringComparison.Ordinal)
            || slashed.EndsWith("/.", StringComparison.Ordinal) || slashed.EndsWith("/..", StringComparison.Ordinal))
        {
            return $"page title '{Visible(title)}' is a relative path ('.' or '..' between slashes), which no MediaWiki title can be.";
        }

        return null;
    }

    /// <summary>The history file for <paramref name="title"/> in <paramref name="folder"/>, and the article id for it.</summary>
    /// <param name="folder">The collection folder (a full path).</param>
    /// <param name="title">The page title.</param>
    /// <param name="isTaken">Whether a file name is already used by another title (in this import or on disk).</param>
    public static (string Path, string Id) Place(string folder, string title, Func<string, bool> isTaken)
    {
        var stem = FileNames.Stem(title);
        var id = FileNames.Slug(stem);
        if (!IsAscii(stem) || id != stem)
        {
            // The slug lost letters (another script, or case): a hash of the exact title keeps ids apart.
            id = $"{(id == "article" ? "page" : id[..Math.Min(id.Length, 100)])}-{FileNames.ShortHash(title)}";
        }

        var path = Path.Combine(folder, stem + ".jsonl");
        if (isTaken(path))
        {
            stem = $"{stem}-{FileNames.ShortHash(title)}";
            path = Path.Combine(folder, stem + ".jsonl");
            if (!id.EndsWith(FileNames.ShortHash(title), StringComparison.Ordinal))
            {
                id = $"{id}-{FileNames.ShortHash(title)}";
            }
        }

        var full = Path.GetFullPath(path);
        if (!string.Equals(Path.GetDirectoryName(full), Path.TrimEndingDirectorySeparator(folder), StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The file name made for '{title}' left the folder; this is a bug.");
        }

        return (full, id);
    }

    private static bool IsAscii(string text) => text.All(char.IsAscii);

    private static string Visible(string title) =>
        string.Concat(title.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
