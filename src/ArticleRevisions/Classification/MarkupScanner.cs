namespace ArticleRevisions.Classification;

/// <summary>Recognises Markdown markup: heading marks, setext underlines, emphasis, list and quote markers, table pipes, code fences.</summary>
internal static class MarkupScanner
{
    /// <summary>
    /// Tells whether every character of the stretch that is not white space is Markdown markup where it stands:
    /// <c>#</c> opening a line, a line of only <c>=</c> or <c>-</c> (a setext underline or a rule), <c>*</c> or
    /// <c>_</c> touching a word (emphasis) or a line of them, <c>*</c>, <c>-</c> or <c>+</c> and a space opening a
    /// line (a list item), <c>&gt;</c> opening a line, <c>|</c>, and runs of <c>`</c> or <c>~</c>. A stretch of
    /// white space alone, or an empty one, holds nothing else either.
    /// </summary>
    public static bool IsMarkupOnly(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            if (!IsMarkupAt(text, i))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsMarkupAt(string text, int i)
    {
        var c = text[i];
        if (c is not ('#' or '=' or '-' or '*' or '_' or '+' or '>' or '|' or '`' or '~'))
        {
            // No other character is markup (below), so its line need not be found: the first letter of prose ends the test.
            return false;
        }

        var (lineStart, lineEnd) = Line(text, i);
        var runStart = i;
        while (runStart > lineStart && text[runStart - 1] == c)
        {
            runStart--;
        }

        var runEnd = i + 1;
        while (runEnd < lineEnd && text[runEnd] == c)
        {
            runEnd++;
        }

        var opensLine = text.AsSpan(lineStart, runStart - lineStart).IsWhiteSpace()
            || (c == '>' && text.AsSpan(lineStart, runStart - lineStart).Trim().Trim('>').IsEmpty);
        var spaceAfter = runEnd >= lineEnd || char.IsWhiteSpace(text[runEnd]);
        return c switch
        {
            '#' => opensLine,
            '=' => OnlyOf(text, lineStart, lineEnd, c),
            '-' => OnlyOf(text, lineStart, lineEnd, c) || (opensLine && runEnd - runStart == 1 && spaceAfter),
            '*' or '_' => OnlyOf(text, lineStart, lineEnd, c) || (opensLine && c == '*' && runEnd - runStart == 1 && spaceAfter)
                || (runEnd - runStart <= 3 && (TouchesWord(text, runStart - 1) || TouchesWord(text, runEnd))),
            '+' => opensLine && runEnd - runStart == 1 && spaceAfter,
            '>' => opensLine,
            '|' or '`' or '~' => true,
            _ => false,
        };
    }

    private static bool TouchesWord(string text, int at) => at >= 0 && at < text.Length && char.IsLetterOrDigit(text[at]);

    private static bool OnlyOf(string text, int start, int end, char c)
    {
        var span = text.AsSpan(start, end - start).Trim();
        return span.Length >= 2 && !span.ContainsAnyExcept(c);
    }

    private static (int Start, int End) Line(string text, int i)
    {
        var start = i;
        while (start > 0 && text[start - 1] is not ('\n' or '\r'))
        {
            start--;
        }

        var end = i;
        while (end < text.Length && text[end] is not ('\n' or '\r'))
        {
            end++;
        }

        return (start, end);
    }
}
