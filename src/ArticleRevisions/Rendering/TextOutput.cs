namespace ArticleRevisions.Rendering;

/// <summary>
/// Writes a text renderer's output straight to its writer, piece by piece, remembering the last character written,
/// so a renderer can end its output with a newline without holding the output to look at it.
/// </summary>
/// <remarks>Not thread-safe: one instance serves one rendering.</remarks>
internal sealed class TextOutput(TextWriter writer)
{
    /// <summary>Gets whether anything has been written.</summary>
    public bool Any { get; private set; }

    /// <summary>Gets the last character written, or NUL before anything is.</summary>
    public char Last { get; private set; }

    /// <summary>Writes <paramref name="text"/> as it is.</summary>
    public void Write(ReadOnlySpan<char> text)
    {
        if (!text.IsEmpty)
        {
            writer.Write(text);
            Last = text[^1];
            Any = true;
        }
    }

    /// <summary>Writes one character.</summary>
    public void Write(char c)
    {
        writer.Write(c);
        Last = c;
        Any = true;
    }

    /// <summary>Writes <paramref name="text"/> with its control characters made visible, as <see cref="TerminalText.Readable"/> does.</summary>
    public void WriteReadable(ReadOnlySpan<char> text)
    {
        if (!text.IsEmpty)
        {
            TerminalText.WriteReadable(writer, text);
            var last = text[^1];
            // Readable keeps a line break, a tab and a CR ending the piece; any other control character is replaced.
            Last = char.IsControl(last) && last is not '\n' and not '\t' and not '\r' ? TerminalText.Visible(last) : last;
            Any = true;
        }
    }

    /// <summary>
    /// Writes <paramref name="text"/>, wrapping each of its line pieces in <paramref name="open"/> and
    /// <paramref name="close"/>. Marks close before every <c>\n</c> or <c>\r\n</c> and reopen after it, as git's word
    /// diff does, so an ANSI colour never bleeds into the next line; an empty line piece gets no marks.
    /// </summary>
    /// <remarks>
    /// With <paramref name="readable"/>, each line's content is written as <see cref="TerminalText.Readable"/> would make
    /// the whole text: the line breaks stay where they are (making it readable moves none).
    /// </remarks>
    public void WriteMarked(ReadOnlySpan<char> text, string open, string close, bool readable = false)
    {
        var start = 0;
        while (start < text.Length)
        {
            var found = text[start..].IndexOf('\n');
            var newline = found < 0 ? -1 : start + found;
            var contentEnd = newline < 0 ? text.Length : newline;
            if (newline > start && text[newline - 1] == '\r')
            {
                contentEnd--;
            }

            if (contentEnd > start)
            {
                Write(open);
                if (readable)
                {
                    WriteContentReadable(text[start..contentEnd], endsText: contentEnd == text.Length);
                }
                else
                {
                    Write(text[start..contentEnd]);
                }

                Write(close);
            }

            if (newline < 0)
            {
                return;
            }

            Write(text[contentEnd..(newline + 1)]);
            start = newline + 1;
        }
    }

    /// <summary>
    /// Writes a line's content (no line feed in it) as the readable text holds it: a CR there is followed by a
    /// character other than a line feed, so it is shown, unless it is the last character of the text.
    /// </summary>
    private void WriteContentReadable(ReadOnlySpan<char> content, bool endsText)
    {
        while (true)
        {
            var cr = content.IndexOf('\r');
            if (cr < 0 || (endsText && cr == content.Length - 1))
            {
                WriteReadable(content);
                return;
            }

            // Before the CR there is none, so the readable text of that part is the same alone as in the whole.
            WriteReadable(content[..cr]);
            Write(TerminalText.Visible('\r'));
            content = content[(cr + 1)..];
        }
    }
}
