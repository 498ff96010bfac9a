using System.Globalization;
using System.Text;

namespace ArticleRevisions.Rendering;

/// <summary>
/// Shortens an unchanged stretch of a diff to the lines around the changes beside it: the rest of the line a change
/// ended in and <c>context</c> more non-blank lines after it, the same before the next change, and one note saying
/// how many lines were left out between.
/// </summary>
internal static class UnchangedText
{
    /// <summary>Appends <paramref name="text"/>, escaped, keeping only what is near a change before or after it.</summary>
    public static void Append(StringBuilder html, string text, int context, bool changeBefore, bool changeAfter)
    {
        var head = changeBefore ? HeadEnd(text, context) : 0;
        var tail = changeAfter ? TailStart(text, context) : text.Length;
        var left = text.AsSpan(head, Math.Max(0, tail - head));
        var omitted = CountLines(left);
        if (tail <= head || omitted == 0)
        {
            HtmlText.Append(html, text);
            return;
        }

        HtmlText.Append(html, text[..head]);
        html.Append("<span class=\"elided\">⋯ ")
            .Append(omitted.ToString(CultureInfo.InvariantCulture))
            .Append(omitted == 1 ? " unchanged line" : " unchanged lines")
            .Append(" ⋯</span>\n");
        HtmlText.Append(html, text[tail..]);
    }

    /// <summary>Where the kept head ends: after the line the change ended in and <paramref name="context"/> more non-blank lines.</summary>
    private static int HeadEnd(string text, int context)
    {
        var position = LineEnd(text, 0);
        for (var kept = 0; kept < context && position < text.Length;)
        {
            var end = LineEnd(text, position);
            kept += IsBlank(text.AsSpan(position, end - position)) ? 0 : 1;
            position = end;
        }

        return position;
    }

    /// <summary>Where the kept tail starts: at the line the next change starts in, less <paramref name="context"/> non-blank lines.</summary>
    private static int TailStart(string text, int context)
    {
        var position = text.LastIndexOf('\n') + 1;
        for (var kept = 0; kept < context && position > 0;)
        {
            var start = position >= 2 ? text.LastIndexOf('\n', position - 2) + 1 : 0;
            kept += IsBlank(text.AsSpan(start, position - start)) ? 0 : 1;
            position = start;
        }

        return position;
    }

    /// <summary>The index just after the line break that ends the line holding <paramref name="start"/>, or the text's length.</summary>
    private static int LineEnd(string text, int start)
    {
        var newline = text.IndexOf('\n', start);
        return newline < 0 ? text.Length : newline + 1;
    }

    private static int CountLines(ReadOnlySpan<char> text)
    {
        var count = 0;
        while (!text.IsEmpty)
        {
            var newline = text.IndexOf('\n');
            var line = newline < 0 ? text : text[..newline];
            count += IsBlank(line) ? 0 : 1;
            text = newline < 0 ? [] : text[(newline + 1)..];
        }

        return count;
    }

    private static bool IsBlank(ReadOnlySpan<char> line) => line.IsWhiteSpace();
}
