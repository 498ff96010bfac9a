using System.Buffers;

namespace ArticleRevisions.Classification;

/// <summary>Tells whether a position in a text lies inside a quotation, looking back to the start of its line.</summary>
internal static class QuotationScanner
{
    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("“«„”»\"");

    public static bool IsInside(string text, int position)
    {
        position = Math.Clamp(position, 0, text.Length);
        if (position == 0)
        {
            return false;
        }

        // Quotes are read within the line: news style reopens a quotation in each paragraph, and a quote left open by
        // a typo must not leak into the rest of the article. It also keeps the cost to the line's length.
        var lineBreak = text.AsSpan(0, position).LastIndexOfAny('\n', '\r');
        var start = lineBreak + 1;
        var open = false;
        var line = text.AsSpan(start, position - start);
        for (var i = line.IndexOfAny(QuoteMarks); i >= 0; i = line.IndexOfAny(QuoteMarks))
        {
            var mark = line[i];
            line = line[(i + 1)..];
            switch (mark)
            {
                case '“' or '«' or '„':
                    open = true;
                    break;
                case '”' or '»':
                    open = false;
                    break;
                case '"':
                    open = !open;
                    break;
            }
        }

        return open;
    }
}
