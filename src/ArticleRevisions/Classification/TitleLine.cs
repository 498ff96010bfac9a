namespace ArticleRevisions.Classification;

/// <summary>Finds the title line of an article's text: its first line, where that line stands alone as a heading.</summary>
/// <remarks>
/// The first line that is not blank is the title when it is a Markdown heading (<c># …</c>), when the line after it
/// underlines it (<c>===</c> or <c>---</c>), or when a blank line and then more text follow it and it does not end
/// as a sentence does (with a full stop, a colon or a semicolon): a headline, not a one-line paragraph. A text of
/// one line has no title.
/// </remarks>
internal static class TitleLine
{
    /// <summary>Gets where the title line of <paramref name="text"/> starts and ends (its line break left out), or null when it has none.</summary>
    public static (int Start, int End)? Find(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (start == text.Length)
        {
            return null;
        }

        var end = LineEnd(text, start);
        var line = text.AsSpan(start, end - start).TrimEnd();
        var next = NextLineStart(text, end);
        var following = next < text.Length ? text.AsSpan(next, LineEnd(text, next) - next).Trim() : [];
        var heading = line.StartsWith("#", StringComparison.Ordinal)
            || (following.Length >= 2 && (following.IndexOfAnyExcept('=') < 0 || following.IndexOfAnyExcept('-') < 0))
            || (next < text.Length && following.IsEmpty && !text.AsSpan(next).IsWhiteSpace() && line[^1] is not ('.' or ':' or ';'));
        return heading ? (start, start + line.Length) : null;
    }

    /// <summary>Tells whether [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) lies within the title line of <paramref name="text"/>.</summary>
    public static bool Contains(string text, int start, int length) => Contains(Find(text), start, length);

    /// <summary>Tells whether [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>) lies within <paramref name="title"/>, a title line found before.</summary>
    public static bool Contains((int Start, int End)? title, int start, int length) =>
        title is var (first, end) && start >= first && start + length <= end;

    /// <summary>The title lines of an old and a new text, found once for all the edits between them (a summary labels thousands).</summary>
    /// <param name="Old">The old text's title line, or null.</param>
    /// <param name="New">The new text's title line, or null.</param>
    public readonly record struct Pair((int Start, int End)? Old, (int Start, int End)? New)
    {
        /// <summary>Finds the title lines of both texts.</summary>
        public static Pair Of(string oldText, string newText) => new(Find(oldText), Find(newText));
    }

    private static int LineEnd(string text, int from)
    {
        var end = text.AsSpan(from).IndexOfAny('\r', '\n');
        return end < 0 ? text.Length : from + end;
    }

    private static int NextLineStart(string text, int lineEnd) =>
        lineEnd < text.Length && text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
}
