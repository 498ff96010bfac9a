namespace ArticleRevisions.Cli;

/// <summary>Writes rows as left-aligned columns separated by two spaces; the last column is never padded; control characters are made visible.</summary>
internal static class TextTable
{
    public static void Write(TextWriter output, IReadOnlyList<string[]> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        rows = rows.Select(r => r.Select(Output.TerminalText.Safe).ToArray()).ToArray();
        var columns = rows.Max(r => r.Length);
        var widths = Enumerable.Range(0, columns).Select(c => rows.Max(r => c < r.Length ? r[c].Length : 0)).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]));
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }
    }
}
