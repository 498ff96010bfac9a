using ArticleRevisions.Diffing;
using ArticleRevisions.Text;

namespace ArticleRevisions.Tests.Diffing;

/// <summary>Reads a comparison result token by token: which words and marks it deletes and inserts, white space aside.</summary>
/// <remarks>
/// A token is a word or punctuation segment of <see cref="TextSegmenter.SplitWords(string)"/>. An old token is
/// deleted when any of it lies in a deleted or moved-from span; a new token is inserted when any of it lies in an
/// inserted or moved-to span. So a change of white space alone deletes and inserts nothing.
/// </remarks>
internal static class DiffTokens
{
    /// <summary>For each old token in order, whether the result deletes it.</summary>
    public static bool[] Deleted(DiffResult result) =>
        Marks(result.OldText, result.Spans.Where(s => s.Kind is DiffSpanKind.Deleted or DiffSpanKind.MovedFrom).Select(s => (s.OldStart, s.OldLength)));

    /// <summary>For each new token in order, whether the result inserts it.</summary>
    public static bool[] Inserted(DiffResult result) =>
        Marks(result.NewText, result.Spans.Where(s => s.Kind is DiffSpanKind.Inserted or DiffSpanKind.MovedTo).Select(s => (s.NewStart, s.NewLength)));

    /// <summary>The words (not marks) the result deletes, in order.</summary>
    public static string[] DeletedWords(DiffResult result) => Words(result.OldText, Deleted(result));

    /// <summary>The words (not marks) the result inserts, in order.</summary>
    public static string[] InsertedWords(DiffResult result) => Words(result.NewText, Inserted(result));

    /// <summary>The words of a text, as the tokenizer cuts them.</summary>
    public static string[] WordsOf(string text) =>
        [.. TextSegmenter.SplitWords(text).Where(s => s.Kind == SegmentKind.Word).Select(s => s.GetText(text))];

    private static Segment[] Tokens(string text) => [.. TextSegmenter.SplitWords(text).Where(s => s.Kind != SegmentKind.Whitespace)];

    private static bool[] Marks(string text, IEnumerable<(int Start, int Length)> ranges)
    {
        var edited = new bool[text.Length];
        foreach (var (start, length) in ranges)
        {
            Array.Fill(edited, true, start, length);
        }

        return [.. Tokens(text).Select(t => edited.AsSpan(t.Start, t.Length).Contains(true))];
    }

    private static string[] Words(string text, bool[] marks) =>
        [.. Tokens(text).Where((t, k) => marks[k] && t.Kind == SegmentKind.Word).Select(t => t.GetText(text))];
}
