using ArticleRevisions.Storage;
using CsCheck;

namespace ArticleRevisions.Tests.Storage;

public class TextDeltaTests
{
    // Lines from a small set, so texts share lines at their ends and in between; some without a line break, some
    // with characters outside the basic plane (two UTF-16 units, one code point in a delta).
    private static readonly string[] Pieces = ["alpha\n", "beta\n", "gamma delta\n", "\n", "x", "𝄞 clef\n", "ёж\r\n", "tail", "same\n", "same\n"];

    private static readonly Gen<string> Texts = Gen.Int[0, Pieces.Length - 1].Array[0, 30].Select(ix => string.Concat(ix.Select(i => Pieces[i])));

    [Fact]
    public void A_delta_rebuilds_the_next_text_exactly()
    {
        // Pairs of related texts: the second made from the first by replacing, inserting or removing a stretch.
        var pairs = Gen.Select(Texts, Texts, Gen.Int[0, 1000], Gen.Int[0, 1000])
            .Select((a, piece, i, j) =>
            {
                var start = a.Length == 0 ? 0 : i % (a.Length + 1);
                var end = start + (a.Length - start == 0 ? 0 : j % (a.Length - start + 1));
                // Never cut a surrogate pair apart: the texts stay valid UTF-16, as stored texts are.
                while (start > 0 && start < a.Length && char.IsLowSurrogate(a[start])) start--;
                while (end > 0 && end < a.Length && char.IsLowSurrogate(a[end])) end++;
                return (a, a[..start] + piece[..Math.Min(piece.Length, j % 7)] + a[end..]);
            });

        pairs.Sample(p => TextDelta.Compute(p.Item1, p.Item2).ApplyTo(p.Item1) == p.Item2, iter: 5000);
    }

    [Fact]
    public void A_delta_rebuilds_any_text_from_any_other()
    {
        Gen.Select(Texts, Texts).Sample((a, b) => TextDelta.Compute(a, b).ApplyTo(a) == b, iter: 3000);
    }

    [Fact]
    public void A_small_edit_of_a_long_text_is_a_few_operations_copying_the_lines_around_it()
    {
        var lines = Enumerable.Range(0, 400).Select(i => $"paragraph {i} of the article, long enough to matter.\n").ToArray();
        var previous = string.Concat(lines);
        lines[200] = lines[200].Replace("article", "story", StringComparison.Ordinal);
        var next = string.Concat(lines);

        var delta = TextDelta.Compute(previous, next);

        Assert.Equal(next, delta.ApplyTo(previous));
        Assert.Equal(4, delta.Operations.Count);
        Assert.Equal(previous.IndexOf("article", lines[..200].Sum(l => l.Length), StringComparison.Ordinal), delta.Operations[0].Count);
        Assert.Equal("story", delta.Operations[2].Insert);
    }

    [Fact]
    public void A_delta_that_does_not_fit_the_text_gives_null()
    {
        var delta = TextDelta.Compute("one\ntwo\n", "one\nthree\n");

        Assert.Null(delta.ApplyTo("one\n"));
        Assert.Null(delta.ApplyTo("one\ntwo\nmore\n"));
    }

    [Theory]
    [InlineData("[-2147483648]")]
    [InlineData("[0]")]
    [InlineData("[3,\"\"]")]
    public void A_damaged_delta_is_a_json_error_not_an_overflow(string json)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        Exception? caught = null;
        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(bytes);
            reader.Read();
            new TextDeltaConverter().Read(ref reader, typeof(TextDelta), System.Text.Json.JsonSerializerOptions.Default);
        }
        catch (Exception e)
        {
            caught = e;
        }

        Assert.IsType<System.Text.Json.JsonException>(caught);
    }
}
