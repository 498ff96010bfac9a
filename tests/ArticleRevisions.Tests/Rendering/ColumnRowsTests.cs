using System.Globalization;
using ArticleRevisions.Rendering;
using CsCheck;

namespace ArticleRevisions.Tests.Rendering;

public class ColumnRowsTests
{
    // Pieces that meet the cluster rules: ASCII beside combining marks, joiners, prepended letters, wide letters, emoji,
    // regional indicators, Hangul jamo, white space of one and two columns, and CR LF.
    private static readonly string[] Pieces =
    [
        "a", "b", "c", " ", " ", " ", "  ", "\u00A0", "\u3000", "\u0301", "\u200D", "\uFE0F", "\u0600", "中", "😀",
        "🇺", "🇦", "\u1100", "\u1161", "\u11A8", "\r", "\n", "\r\n", "❤", "Київ", "e\u0301", "👩\u200D👩", "\u200B", ".",
    ];

    private static readonly Gen<string> Texts = Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 40].Select(string.Concat);

    [Fact]
    public void Cuts_the_rows_a_wrap_of_whole_clusters_cuts_as_a_property()
    {
        Gen.Select(Texts, Gen.Int[1, 12]).Sample(
            (text, width) =>
            {
                var rows = new List<string>();
                var cursor = new ColumnRows(text, width);
                while (cursor.Next(out var row))
                {
                    rows.Add(row.ToString());
                }

                Assert.Equal(WrapByClusters(text, width), rows);
            },
            iter: 5_000);
    }

    [Fact]
    public void Measures_text_as_its_clusters_measured_one_by_one_as_a_property()
    {
        Texts.Sample(
            text =>
            {
                var clusters = 0;
                for (var elements = StringInfo.GetTextElementEnumerator(text); elements.MoveNext();)
                {
                    clusters += DisplayWidth.OfCluster(elements.GetTextElement());
                }

                Assert.Equal(clusters, DisplayWidth.Of(text.AsSpan()));
            },
            iter: 5_000);
    }

    [Fact]
    public void Gives_one_empty_row_for_empty_text()
    {
        var cursor = new ColumnRows(string.Empty, 5);

        var first = cursor.Next(out var row);
        var second = cursor.Next(out _);

        Assert.True(first);
        Assert.Equal(0, row.Length);
        Assert.False(second);
    }

    /// <summary>
    /// The rule as first written: every cluster measured first, then rows cut, going back to the last white space of a
    /// row that overflows and measuring again from there.
    /// </summary>
    private static List<string> WrapByClusters(string text, int width)
    {
        var starts = new List<int>();
        var widths = new List<int>();
        for (var at = 0; at < text.Length;)
        {
            var length = StringInfo.GetNextTextElementLength(text.AsSpan(at));
            starts.Add(at);
            widths.Add(DisplayWidth.OfCluster(text.AsSpan(at, length)));
            at += length;
        }

        var count = starts.Count;
        starts.Add(text.Length);
        var rows = new List<string>();
        int rowStart = 0, rowWidth = 0, breakAfter = -1, index = 0;
        while (index < count)
        {
            if (rowWidth + widths[index] > width && index > rowStart)
            {
                var end = breakAfter > rowStart ? breakAfter : index;
                rows.Add(text[starts[rowStart]..starts[end]]);
                (rowStart, rowWidth, breakAfter, index) = (end, 0, -1, end);
                continue;
            }

            rowWidth += widths[index];
            index++;
            if (text.AsSpan(starts[index - 1], starts[index] - starts[index - 1]).IsWhiteSpace())
            {
                breakAfter = index;
            }
        }

        rows.Add(text[starts[rowStart]..starts[count]]);
        return rows;
    }
}
