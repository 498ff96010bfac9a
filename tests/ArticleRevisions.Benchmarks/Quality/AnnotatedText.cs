using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using ArticleRevisions.Diffing;

namespace ArticleRevisions.Benchmarks.Quality;

/// <summary>
/// One annotated line of the quality data: a text with its edits marked in place, from which the old text, the
/// new text and the gold alignment between them are all read.
/// </summary>
/// <remarks>
/// <para>The notation, one text per line:</para>
/// <list type="bullet">
/// <item><c>[-old-]</c> is text only in the old version (deleted); <c>{+new+}</c> is text only in the new version
/// (inserted); a replacement is the two side by side, <c>[-must-]{+might+}</c>. Everything else is in both.</item>
/// <item>Edits do not nest. Outside an edit only the openers <c>[-</c> and <c>{+</c> are markers, so ordinary
/// brackets (<c>Ref. [16]</c>, <c>{x}</c>) need no escape; inside a deletion only <c>-]</c> closes it, inside an
/// insertion only <c>+}</c>.</item>
/// <item>A backslash makes the next character literal (<c>\[-5]</c> is the text <c>[-5]</c>, <c>\\</c> a
/// backslash), except for <c>\n</c> (line feed), <c>\r</c> (carriage return), <c>\t</c> (tab) and
/// <c>\uXXXX</c> (the UTF-16 code unit with that hexadecimal value, such as <c>\u00A0</c>, a non-breaking space).
/// So every text, line breaks included, fits on one line.</item>
/// </list>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
internal sealed record AnnotatedText
{
    private AnnotatedText(string oldText, string newText, ImmutableArray<DiffSpan> gold)
    {
        OldText = oldText;
        NewText = newText;
        Gold = gold;
    }

    /// <summary>Gets the old version.</summary>
    public string OldText { get; }

    /// <summary>Gets the new version.</summary>
    public string NewText { get; }

    /// <summary>
    /// Gets the gold alignment: <see cref="DiffSpanKind.Unchanged"/>, <see cref="DiffSpanKind.Deleted"/> and
    /// <see cref="DiffSpanKind.Inserted"/> spans tiling both texts in order, as a comparison result's spans do.
    /// </summary>
    public ImmutableArray<DiffSpan> Gold { get; }

    /// <summary>Reads one annotated line.</summary>
    /// <param name="line">The line, without its line break.</param>
    /// <returns>The two versions and the gold alignment.</returns>
    /// <exception cref="FormatException">A marker is nested or left open, or an escape is incomplete; the message names the column.</exception>
    public static AnnotatedText Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var oldText = new StringBuilder(line.Length);
        var newText = new StringBuilder(line.Length);
        var spans = ImmutableArray.CreateBuilder<DiffSpan>();
        var piece = new StringBuilder();
        var kind = DiffSpanKind.Unchanged;
        var openedAt = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\')
            {
                piece.Append(Unescape(line, ref i));
                continue;
            }

            var next = i + 1 < line.Length ? line[i + 1] : '\0';
            var marker = (kind, c, next) switch
            {
                (DiffSpanKind.Unchanged, '[', '-') => DiffSpanKind.Deleted,
                (DiffSpanKind.Unchanged, '{', '+') => DiffSpanKind.Inserted,
                (DiffSpanKind.Deleted, '-', ']') or (DiffSpanKind.Inserted, '+', '}') => DiffSpanKind.Unchanged,
                (DiffSpanKind.Deleted or DiffSpanKind.Inserted, '[', '-') or (DiffSpanKind.Deleted or DiffSpanKind.Inserted, '{', '+') =>
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"column {i + 1}: an edit opens inside the edit opened at column {openedAt + 1}; escape the bracket as \\{c}")),
                _ => (DiffSpanKind?)null,
            };
            if (marker is null)
            {
                piece.Append(c);
                continue;
            }

            Flush();
            kind = marker.Value;
            openedAt = i;
            i++;
        }

        if (kind != DiffSpanKind.Unchanged)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"column {openedAt + 1}: the edit opened here is never closed"));
        }

        Flush();
        return new AnnotatedText(oldText.ToString(), newText.ToString(), spans.ToImmutable());

        void Flush()
        {
            if (piece.Length == 0)
            {
                return;
            }

            var text = piece.ToString();
            piece.Clear();
            var (oldLength, newLength) = kind switch
            {
                DiffSpanKind.Deleted => (text.Length, 0),
                DiffSpanKind.Inserted => (0, text.Length),
                _ => (text.Length, text.Length),
            };
            spans.Add(new DiffSpan(kind, oldText.Length, oldLength, newText.Length, newLength));
            if (kind != DiffSpanKind.Inserted)
            {
                oldText.Append(text);
            }

            if (kind != DiffSpanKind.Deleted)
            {
                newText.Append(text);
            }
        }
    }

    /// <summary>Writes <paramref name="text"/> so that it reads back as itself inside an annotated line.</summary>
    /// <param name="text">Literal text: plain, deleted or inserted.</param>
    /// <returns>The text with backslashes, openers, closers and control characters escaped.</returns>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            builder.Append(c switch
            {
                '\\' => @"\\",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                '[' when next == '-' => @"\[",
                '{' when next == '+' => @"\{",
                '-' when next == ']' => @"\-",
                '+' when next == '}' => @"\+",
                _ when char.IsControl(c) => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static string Unescape(string line, ref int i)
    {
        if (i + 1 >= line.Length)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"column {i + 1}: a backslash ends the line; write \\\\ for a backslash"));
        }

        var c = line[++i];
        switch (c)
        {
            case 'n':
                return "\n";
            case 'r':
                return "\r";
            case 't':
                return "\t";
            case 'u':
                if (i + 4 >= line.Length || !int.TryParse(line.AsSpan(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"column {i}: \\u needs four hexadecimal digits"));
                }

                i += 4;
                return ((char)code).ToString();
            default:
                return c.ToString();
        }
    }
}
