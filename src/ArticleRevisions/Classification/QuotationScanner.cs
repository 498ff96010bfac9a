namespace ArticleRevisions.Classification;

/// <summary>Tells whether a position in a text lies inside a quotation, looking back to the start of its paragraph.</summary>
internal static class QuotationScanner
{
    public static bool IsInside(string text, int position)
    {
        position = Math.Clamp(position, 0, text.Length);
        if (position == 0)
        {
            return false;
        }

        var paragraphStart = text.LastIndexOf("\n\n", Math.Max(0, position - 1), StringComparison.Ordinal);
        var start = paragraphStart < 0 ? 0 : paragraphStart + 2;
        var open = false;
        for (var i = start; i < position; i++)
        {
            switch (text[i])
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
