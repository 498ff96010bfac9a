using System.Text;
using ArticleRevisions.Diffing;
using ArticleRevisions.Rendering;
using ArticleRevisions.Reports;

namespace ArticleRevisions.Tests.Rendering;

/// <summary>The diff renderers write as they go: none builds its output, or a copy of the texts, in memory first.</summary>
public class DiffRendererStreamingTests
{
    public static TheoryData<string> Renderers => ["inline", "word-diff", "json", "html"];

    [Theory]
    [MemberData(nameof(Renderers))]
    public void Renders_a_long_diff_allocating_less_than_half_a_copy_of_its_text(string name)
    {
        var comparison = Compared.Of(LongDiff());
        var renderer = Create(name);
        renderer.Render(Compared.Of(new ResultBuilder().Same("warm ").Deleted("up").Inserted("down").Build()), TextWriter.Null);

        var start = GC.GetAllocatedBytesForCurrentThread();
        _ = name == "word-diff" ? string.Empty : DiffSummary.Of(comparison.Result);
        var summary = GC.GetAllocatedBytesForCurrentThread() - start;
        var before = GC.GetAllocatedBytesForCurrentThread();
        renderer.Render(comparison, TextWriter.Null);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before - summary;

        // A copy of the new text alone is 2 bytes a character; the renderers used to build their whole output. The
        // one-line summary (its own type, quoting each edit) is counted apart.
        Assert.True(allocated < comparison.Result.NewText.Length, $"{name} allocated {allocated:N0} bytes besides the summary's {summary:N0} for a text of {comparison.Result.NewText.Length:N0} characters");
    }

    private static IRenderer<Comparison> Create(string name) => name switch
    {
        "inline" => new InlineDiffRenderer(),
        "word-diff" => new WordDiffRenderer(),
        "json" => new JsonDiffRenderer(),
        _ => new HtmlDiffRenderer(),
    };

    /// <summary>2,000 paragraphs of about 500 characters, one word replaced in each: a 1 MB diff of many spans.</summary>
    private static DiffResult LongDiff()
    {
        var paragraph = new StringBuilder();
        while (paragraph.Length < 500)
        {
            paragraph.Append("The statement was revised again during the afternoon, and the figures changed. ");
        }

        var builder = new ResultBuilder();
        for (var i = 0; i < 2000; i++)
        {
            builder.Same(paragraph.ToString()).Deleted("before").Inserted("after").Same("\n\n");
        }

        return builder.Build();
    }
}
