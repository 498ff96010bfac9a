namespace ArticleRevisions.Rendering;

/// <summary>
/// Gathers pieces of text into one run, each piece made readable as <see cref="TerminalText.Readable"/> makes it
/// (so a CR ending a piece stays a line break's first half), reusing its buffer from one run to the next.
/// </summary>
/// <remarks>Not thread-safe: one instance serves one rendering.</remarks>
internal sealed class ReadableRun
{
    private char[] buffer = [];
    private int length;

    /// <summary>Gets the text gathered since the last <see cref="Clear"/>.</summary>
    public ReadOnlySpan<char> Text => buffer.AsSpan(0, length);

    /// <summary>Appends a piece, its control characters made visible.</summary>
    public void Append(ReadOnlySpan<char> piece)
    {
        if (length + piece.Length > buffer.Length)
        {
            Array.Resize(ref buffer, Math.Max(length + piece.Length, Math.Max(256, buffer.Length * 2)));
        }

        TerminalText.CopyReadable(piece, buffer.AsSpan(length));
        length += piece.Length;
    }

    /// <summary>Empties the run, keeping its buffer.</summary>
    public void Clear() => length = 0;
}
