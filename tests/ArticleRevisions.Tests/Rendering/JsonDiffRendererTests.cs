using System.Text.Json;
using ArticleRevisions.Diffing;
using ArticleRevisions.Reports;
using ArticleRevisions.Rendering;

namespace ArticleRevisions.Tests.Rendering;

public class JsonDiffRendererTests
{

    private static Comparison Labelled(DiffResult result) => Compared.Of(result, "revision 1", "revision 2", TestData.Morning, zone: TestData.Kyiv);

    private static DiffResult Everything() => new ResultBuilder()
        .Same("Said  “yes”. ", "Said \"yes\". ")
        .Deleted("new offensive")
        .Inserted("combat 😀")
        .Same(" Київ.\n\n")
        .MovedTo(1, new ResultBuilder().Same("The ").Deleted("old").Inserted("new").Same(" cat.\n\n"))
        .Same("First.\n\n")
        .MovedFrom(1, "The old cat.\n\n")
        .WithOptions(DiffOptions.Default with { Granularity = DiffGranularity.Sentence, IgnoreWhitespace = true, NormalizePunctuation = true })
        .WithIgnored(IgnoredChangeKind.Quotes, 1)
        .WithIgnored(IgnoredChangeKind.Whitespace, 2)
        .WithStatistics(new DiffStatistics
        {
            WordsAdded = 1,
            WordsRemoved = 2,
            SentencesAdded = 3,
            SentencesRemoved = 4,
            SentencesChanged = 5,
            SentencesMoved = 6,
            ParagraphsAdded = 7,
            ParagraphsRemoved = 8,
            ParagraphsChanged = 9,
            ParagraphsMoved = 10,
        })
        .WithSimilarity(0.912345)
        .Build();

    [Fact]
    public void Writes_every_field_of_the_schema()
    {
        var result = Everything();

        var json = new JsonDiffRenderer().RenderToString(Labelled(result));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(
            ["schema", "schemaVersion", "old", "new", "options", "identical", "similarity", "summary", "ignored", "statistics", "spans"],
            Names(root));
        Assert.Equal("artrev-diff", root.GetProperty("schema").GetString());
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());

        var old = root.GetProperty("old");
        Assert.Equal(["label", "time", "timeLocal", "length"], Names(old));
        Assert.Equal("revision 1", old.GetProperty("label").GetString());
        Assert.Equal("2025-01-07T08:12:00Z", old.GetProperty("time").GetString());
        Assert.Equal("2025-01-07T10:12:00+02:00", old.GetProperty("timeLocal").GetString());
        Assert.Equal(result.OldText.Length, old.GetProperty("length").GetInt32());
        var @new = root.GetProperty("new");
        Assert.Equal(["label", "length"], Names(@new));
        Assert.Equal("revision 2", @new.GetProperty("label").GetString());
        Assert.Equal(result.NewText.Length, @new.GetProperty("length").GetInt32());

        var options = root.GetProperty("options");
        Assert.Equal(["granularity", "ignoreWhitespace", "ignoreCase", "normalizePunctuation", "normalizeUnicode", "detectMoves"], Names(options));
        Assert.Equal("sentence", options.GetProperty("granularity").GetString());
        Assert.True(options.GetProperty("ignoreWhitespace").GetBoolean());
        Assert.False(options.GetProperty("ignoreCase").GetBoolean());
        Assert.True(options.GetProperty("normalizePunctuation").GetBoolean());
        Assert.True(options.GetProperty("normalizeUnicode").GetBoolean());
        Assert.True(options.GetProperty("detectMoves").GetBoolean());

        Assert.False(root.GetProperty("identical").GetBoolean());
        Assert.Equal(0.9123, root.GetProperty("similarity").GetDouble());
        Assert.Equal("Replaced “new offensive” with “combat 😀”; 7 paragraphs added, 8 paragraphs removed, 10 paragraphs moved, 3 sentences added, 4 sentences removed, 6 sentences moved, 5 sentences changed", root.GetProperty("summary").GetString());
        var ignored = root.GetProperty("ignored");
        Assert.Equal(["whitespace", "quotes"], Names(ignored));
        Assert.Equal(2, ignored.GetProperty("whitespace").GetInt32());
        Assert.Equal(1, ignored.GetProperty("quotes").GetInt32());

        var statistics = root.GetProperty("statistics");
        string[] counts =
        [
            "wordsAdded", "wordsRemoved", "sentencesAdded", "sentencesRemoved", "sentencesChanged", "sentencesMoved",
            "paragraphsAdded", "paragraphsRemoved", "paragraphsChanged", "paragraphsMoved",
        ];
        Assert.Equal(counts, Names(statistics));
        Assert.Equal(Enumerable.Range(1, 10), counts.Select(name => statistics.GetProperty(name).GetInt32()));

        var spans = root.GetProperty("spans").EnumerateArray().ToArray();
        Assert.Equal(result.Spans.Length, spans.Length);
        Assert.Equal(
            ["unchanged", "deleted", "inserted", "unchanged", "movedTo", "unchanged", "movedFrom"],
            spans.Select(s => s.GetProperty("kind").GetString()));
        for (var i = 0; i < spans.Length; i++)
        {
            AssertSpan(result, result.Spans[i], spans[i]);
        }

        Assert.Equal(["kind", "old", "new", "text", "oldText"], Names(spans[0]));
        Assert.Equal("Said \"yes\". ", spans[0].GetProperty("text").GetString());
        Assert.Equal("Said  “yes”. ", spans[0].GetProperty("oldText").GetString());
        Assert.Equal(["kind", "old", "new", "text"], Names(spans[1]));
        Assert.Equal("new offensive", spans[1].GetProperty("text").GetString());
        Assert.Equal("combat 😀", spans[2].GetProperty("text").GetString());
        Assert.Equal(["kind", "old", "new", "text"], Names(spans[3]));
        Assert.Equal(["kind", "old", "new", "text", "moveId", "inner"], Names(spans[4]));
        Assert.Equal("The new cat.\n\n", spans[4].GetProperty("text").GetString());
        Assert.Equal(1, spans[4].GetProperty("moveId").GetInt32());
        var inner = spans[4].GetProperty("inner").EnumerateArray().ToArray();
        Assert.Equal(["unchanged", "deleted", "inserted", "unchanged"], inner.Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal(["The ", "old", "new", " cat.\n\n"], inner.Select(s => s.GetProperty("text").GetString()));
        for (var i = 0; i < inner.Length; i++)
        {
            AssertSpan(result, result.Spans[4].Inner[i], inner[i]);
        }

        Assert.Equal(["kind", "old", "new", "text", "moveId"], Names(spans[6]));
        Assert.Equal("The old cat.\n\n", spans[6].GetProperty("text").GetString());
        Assert.Equal(1, spans[6].GetProperty("moveId").GetInt32());
    }

    [Fact]
    public void Keeps_non_ASCII_text_readable_and_indents_with_LF_line_breaks()
    {
        var result = Everything();

        var json = new JsonDiffRenderer().RenderToString(Labelled(result));

        Assert.Contains("\"summary\": \"Replaced “new offensive” with “combat \\uD83D\\uDE00”; 7 paragraphs added", json, StringComparison.Ordinal);
        Assert.Contains("\"text\": \" Київ.\\n\\n\"", json, StringComparison.Ordinal);
        Assert.Contains("\"text\": \"combat \\uD83D\\uDE00\"", json, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"schema\": \"artrev-diff\",\n  \"schemaVersion\": 1,\n", json, StringComparison.Ordinal);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', json);
    }

    [Fact]
    public void Leaves_out_the_spans_when_only_statistics_are_asked_for()
    {
        var result = Everything();

        var json = new JsonDiffRenderer(new JsonDiffOptions { StatOnly = true }).RenderToString(Labelled(result));

        using var document = JsonDocument.Parse(json);
        Assert.False(document.RootElement.TryGetProperty("spans", out _));
        Assert.Equal(10, document.RootElement.GetProperty("statistics").EnumerateObject().Count());
    }

    [Fact]
    public void Says_identical_texts_are_identical_with_nothing_ignored()
    {
        var result = ResultBuilder.ForTexts("Same\r\ntext", "Same\r\ntext");

        var json = new JsonDiffRenderer().RenderToString(Compared.Of(result));

        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.True(root.GetProperty("identical").GetBoolean());
        Assert.Equal(1, root.GetProperty("similarity").GetDouble());
        Assert.Empty(root.GetProperty("ignored").EnumerateObject());
        Assert.Equal("Same\r\ntext", root.GetProperty("spans")[0].GetProperty("text").GetString());
        Assert.False(root.GetProperty("old").TryGetProperty("time", out _));
    }

    [Fact]
    public void Writes_empty_texts_with_zero_lengths()
    {
        var result = ResultBuilder.ForTexts(string.Empty, string.Empty);

        var json = new JsonDiffRenderer().RenderToString(Compared.Of(result));

        using var document = JsonDocument.Parse(json);
        Assert.Equal(0, document.RootElement.GetProperty("old").GetProperty("length").GetInt32());
        Assert.Equal(0, document.RootElement.GetProperty("new").GetProperty("length").GetInt32());
        Assert.All(document.RootElement.GetProperty("spans").EnumerateArray(), s => Assert.Equal(string.Empty, s.GetProperty("text").GetString()));
    }

    private static void AssertSpan(DiffResult result, DiffSpan span, JsonElement element)
    {
        Assert.Equal(span.OldStart, element.GetProperty("old").GetProperty("start").GetInt32());
        Assert.Equal(span.OldLength, element.GetProperty("old").GetProperty("length").GetInt32());
        Assert.Equal(span.NewStart, element.GetProperty("new").GetProperty("start").GetInt32());
        Assert.Equal(span.NewLength, element.GetProperty("new").GetProperty("length").GetInt32());
        var expected = span.Kind is DiffSpanKind.Deleted or DiffSpanKind.MovedFrom ? result.OldTextOf(span) : result.NewTextOf(span);
        Assert.Equal(expected, element.GetProperty("text").GetString());
    }

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    [Theory]
    [InlineData(1.0, 0.9999)]
    [InlineData(0.99996, 0.9999)]
    [InlineData(0.91239, 0.9123)]
    public void Rounds_similarity_down_below_one_for_texts_that_differ(double similarity, double written)
    {
        var result = Samples.MovedParagraph().WithSimilarity(similarity).Build();

        using var json = JsonDocument.Parse(new JsonDiffRenderer().RenderToString(Compared.Of(result)));

        Assert.Equal(written, json.RootElement.GetProperty("similarity").GetDouble());
    }
}
