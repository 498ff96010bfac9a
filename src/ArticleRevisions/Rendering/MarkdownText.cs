using System.Globalization;
using System.Text;

namespace ArticleRevisions.Rendering;

/// <summary>
/// Builds Markdown (CommonMark with GitHub's extensions) in which article text renders literally and marked runs
/// render as marked.
/// </summary>
/// <remarks>
/// <para>
/// Escaped everywhere with a backslash: <c>\ ` * _ { } [ ] &lt; &gt; | ~ &amp; # $</c> (emphasis, code, links,
/// HTML, tables, strikethrough, entities, headings and issue links, math). Escaped only where a line's text starts:
/// <c>- + =</c> (lists, setext headings) and the <c>.</c> or <c>)</c> after leading digits (ordered lists).
/// </para>
/// <para>
/// A line indented by four columns or more starts with a character reference instead of its first space or tab, so
/// that it is not read as code.
/// </para>
/// <para>
/// Emphasis cannot open or close next to white space and, by CommonMark's flanking rules, a delimiter between a
/// letter and punctuation (<c>Forces**, which**</c>) does nothing. So marks go inside a run's outer white space,
/// never span a line break, and where a letter would touch a delimiter that faces punctuation, that letter is written
/// as a numeric character reference (<c>Force&amp;#x73;**, which**</c>), which renders the same.
/// </para>
/// </remarks>
internal sealed class MarkdownText
{
    private const string AlwaysEscaped = "\\`*_{}[]<>|~&#$";
    private const string EscapedAtLineStart = "-+=";

    private StringBuilder _builder = new();

    // In streaming mode (a sink given), _builder holds only the line being built; each finished line waits in
    // _finished (the builder it was built in) until the next one ends, since whether it takes a hard line break
    // depends on that line.
    private readonly TextWriter? _sink;
    private StringBuilder? _finished;
    private bool _lineHasText;
    private bool _lineIsDigits;
    private bool _guardNextLetter;

    /// <summary>Creates a builder that keeps its Markdown until <see cref="ToMarkdownWithLineBreaks"/> is asked for.</summary>
    public MarkdownText()
    {
    }

    /// <summary>
    /// Creates a builder that writes each line to <paramref name="sink"/> as soon as the line after it ends, as
    /// <see cref="ToMarkdownWithLineBreaks"/> would give it, so a long text is never held whole; <see cref="Finish"/>
    /// writes the last line.
    /// </summary>
    public MarkdownText(TextWriter sink)
    {
        _sink = sink;
    }

    /// <summary>Appends literal text, escaped.</summary>
    public void Append(string text) => Append(text.AsSpan());

    /// <summary>Appends literal text, escaped, as <see cref="Append(string)"/> would a string of it, without making one when it holds nothing <see cref="TerminalText.Readable"/> changes.</summary>
    public void Append(ReadOnlySpan<char> text)
    {
        if (TerminalText.IndexOfNotLayout(text) >= 0)
        {
            text = TerminalText.Readable(new string(text));
        }

        foreach (var rune in text.EnumerateRunes())
        {
            AppendRune(rune);
        }
    }

    /// <summary>Appends text wrapped in <paramref name="delimiter"/> (<c>**</c> or <c>~~</c>), one pair per line.</summary>
    public void AppendMarked(string text, string delimiter)
    {
        text = TerminalText.Readable(text);
        var start = 0;
        while (start <= text.Length)
        {
            var newline = text.IndexOf('\n', start);
            var end = newline < 0 ? text.Length : newline;
            AppendMarkedLine(text[start..end], delimiter);
            if (newline < 0)
            {
                return;
            }

            AppendRune(new Rune('\n'));
            start = newline + 1;
        }
    }

    /// <summary>
    /// Starts in the middle of a line, as the text of a table cell does, so what only matters where a line starts
    /// (<c>- + =</c>, a number and its full stop) is written as it is.
    /// </summary>
    /// <returns>This instance.</returns>
    public MarkdownText MidLine()
    {
        _lineHasText = true;
        return this;
    }

    /// <summary>Appends Markdown that needs no escaping and starts with white space, such as <c> (moved here from below)</c>.</summary>
    public void AppendRaw(string markdown)
    {
        _builder.Append(markdown);
        _guardNextLetter = false;
        _lineHasText = true;
        _lineIsDigits = false;
    }

    /// <summary>
    /// Gets the Markdown, with a hard line break (<c>\</c>) ending every line that is followed by a non-blank one,
    /// so the article's single line breaks survive rendering instead of joining lines into one.
    /// </summary>
    public string ToMarkdownWithLineBreaks()
    {
        var lines = _builder.ToString().Split('\n');
        var writer = new StringWriter(new StringBuilder(_builder.Length + lines.Length), CultureInfo.InvariantCulture);
        for (var i = 0; i < lines.Length; i++)
        {
            // The last line has none after it: no hard line break.
            WriteLine(writer, lines[i], i + 1 == lines.Length || string.IsNullOrWhiteSpace(lines[i + 1]));
            if (i + 1 < lines.Length)
            {
                writer.Write('\n');
            }
        }

        return writer.ToString();
    }

    /// <summary>Writes what is left in streaming mode: the line waiting for the next, and the last line (without a line feed after it).</summary>
    public void Finish()
    {
        if (_finished is not null)
        {
            WriteLine(_sink!, Whole(_finished), Whole(_builder).IsWhiteSpace());
            _sink!.Write('\n');
            _finished = null;
        }

        var last = Whole(_builder);
        WriteIndentProtection(_sink!, ref last);
        _sink!.Write(last);
        _builder.Clear();
    }

    /// <inheritdoc/>
    public override string ToString() => _builder.ToString();

    /// <summary>Writes one line, with a hard line break when neither it nor the line after it is blank; no line feed.</summary>
    private static void WriteLine(TextWriter writer, ReadOnlySpan<char> line, bool nextIsBlank)
    {
        // A line whose indent is protected is not blank.
        var blank = line.IsWhiteSpace();
        WriteIndentProtection(writer, ref line);
        if (blank || nextIsBlank)
        {
            writer.Write(line);
            return;
        }

        // The hard line break goes before a CR that ends the line.
        var content = line.EndsWith('\r') ? line[..^1] : line;
        writer.Write(content);
        writer.Write('\\');
        writer.Write(line[content.Length..]);
    }

    /// <summary>Writes the reference that stands for the first character of a line <see cref="ProtectsIndent"/> says yes to, and leaves the rest of the line to write.</summary>
    private static void WriteIndentProtection(TextWriter writer, ref ReadOnlySpan<char> line)
    {
        if (ProtectsIndent(line))
        {
            writer.Write(line[0] == '\t' ? "&#9;" : "&#32;");
            line = line[1..];
        }
    }

    /// <summary>A line's characters as one span: a builder reused line after line holds one chunk, but for a line longer than any before it.</summary>
    private static ReadOnlySpan<char> Whole(StringBuilder line)
    {
        var chunks = line.GetChunks();
        return chunks.MoveNext() && chunks.Current.Length == line.Length ? chunks.Current.Span : line.ToString();
    }

    /// <summary>Ends the line being built: in streaming mode the line before it is written and this one waits.</summary>
    private void EndLine()
    {
        if (_sink is null)
        {
            _builder.Append('\n');
            return;
        }

        if (_finished is not null)
        {
            WriteLine(_sink, Whole(_finished), Whole(_builder).IsWhiteSpace());
            _sink.Write('\n');
        }

        // The line just ended waits, as its builder (no string made of each line); the one that waited, now written,
        // is emptied to build the next in.
        var written = _finished;
        _finished = _builder;
        _builder = written ?? new StringBuilder();
        _builder.Clear();
    }

    /// <summary>Whether the line is indented by four columns or more before some text.</summary>
    /// <remarks>
    /// Such a line would be a code block, where escapes show as backslashes: its first white space character is written
    /// as a reference instead (<see cref="WriteIndentProtection"/>), which renders the same but is not indentation.
    /// </remarks>
    private static bool ProtectsIndent(ReadOnlySpan<char> line)
    {
        var column = 0;
        var index = 0;
        for (; index < line.Length && line[index] is ' ' or '\t'; index++)
        {
            column = line[index] == '\t' ? column + 4 - (column % 4) : column + 1;
        }

        return column >= 4 && index < line.Length && !line[index..].IsWhiteSpace();
    }

    private void AppendMarkedLine(string line, string delimiter)
    {
        var lead = 0;
        while (lead < line.Length && char.IsWhiteSpace(line[lead]))
        {
            lead++;
        }

        var trail = line.Length;
        while (trail > lead && char.IsWhiteSpace(line[trail - 1]))
        {
            trail--;
        }

        Append(line[..lead]);
        if (trail > lead)
        {
            var core = line[lead..trail];
            Rune.DecodeFromUtf16(core, out var first, out _);
            if (IsPunctuation(first))
            {
                GuardPreviousLetter();
            }

            _builder.Append(delimiter);
            _guardNextLetter = false;
            Append(core);
            _builder.Append(delimiter);
            Rune.DecodeLastFromUtf16(core, out var last, out _);
            _guardNextLetter = IsPunctuation(last);
        }

        Append(line[trail..]);
    }

    private void AppendRune(Rune rune)
    {
        if (rune.Value == '\n')
        {
            EndLine();
            _lineHasText = false;
            _lineIsDigits = false;
            _guardNextLetter = false;
            return;
        }

        if (Rune.IsWhiteSpace(rune))
        {
            AppendChars(rune);
            _guardNextLetter = false;
            return;
        }

        if (_guardNextLetter && !IsPunctuation(rune))
        {
            AppendReference(rune);
        }
        else
        {
            var c = rune.IsAscii ? (char)rune.Value : '\0';
            var escape = c != '\0'
                && (AlwaysEscaped.Contains(c, StringComparison.Ordinal)
                    || (!_lineHasText && EscapedAtLineStart.Contains(c, StringComparison.Ordinal))
                    || (_lineIsDigits && c is '.' or ')'));
            if (escape)
            {
                _builder.Append('\\');
            }

            AppendChars(rune);
        }

        _lineIsDigits = rune.IsAscii && char.IsAsciiDigit((char)rune.Value) && (_lineIsDigits || !_lineHasText);
        _lineHasText = true;
        _guardNextLetter = false;
    }

    // A character's UTF-16 code units, without a string made for each (a 10 MB text's markdown made ten million).
    private void AppendChars(Rune rune)
    {
        if (rune.IsBmp)
        {
            _builder.Append((char)rune.Value);
            return;
        }

        Span<char> pair = stackalloc char[2];
        _builder.Append(pair[..rune.EncodeToUtf16(pair)]);
    }

    // The previous character is a letter and the next delimiter faces punctuation: write the letter as a reference.
    private void GuardPreviousLetter()
    {
        if (_builder.Length == 0)
        {
            return;
        }

        var length = _builder.Length >= 2 && char.IsLowSurrogate(_builder[^1]) && char.IsHighSurrogate(_builder[^2]) ? 2 : 1;
        Rune.DecodeFromUtf16(_builder.ToString(_builder.Length - length, length), out var previous, out _);
        if (Rune.IsWhiteSpace(previous) || IsPunctuation(previous) || Rune.IsControl(previous))
        {
            return;
        }

        _builder.Length -= length;
        AppendReference(previous);
    }

    private void AppendReference(Rune rune) =>
        _builder.Append("&#x").Append(rune.Value.ToString("X", CultureInfo.InvariantCulture)).Append(';');

    // CommonMark counts Unicode punctuation and symbols (categories P and S) as punctuation for flanking.
    private static bool IsPunctuation(Rune rune) => Rune.IsPunctuation(rune) || Rune.IsSymbol(rune);
}
