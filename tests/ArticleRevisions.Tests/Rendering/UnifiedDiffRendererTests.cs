using System.Text;
using ArticleRevisions.Diffing;
using ArticleRevisions.Rendering;
using CsCheck;
using NodaTime;

namespace ArticleRevisions.Tests.Rendering;

public class UnifiedDiffRendererTests
{

    private static readonly string[] Tools = ["patch", "git"];

    private static readonly string Thirty = string.Concat(Enumerable.Range(1, 30).Select(i => $"line {i}\n"));

    public static TheoryData<string, string, string, int> Cases => new()
    {
        { "one line changed", "a\nb\nc\n", "a\nB\nc\n", 3 },
        { "CRLF line changed", "one\r\ntwo\r\nthree\r\n", "one\r\n2\r\nthree\r\n", 3 },
        { "CRLF turned into LF", "one\r\ntwo\r\n", "one\ntwo\n", 3 },
        { "no final newline in old", "a\nb", "a\nb\n", 3 },
        { "no final newline in new", "a\nb\n", "a\nb", 3 },
        { "no final newline in both", "a\nb\nc", "A\nb\nc", 3 },
        { "no final newline in both, last line changed", "a\nb", "a\nc", 3 },
        { "CRLF without final newline", "a\r\nb\r\nc", "a\r\nB\r\nc", 1 },
        { "empty old", string.Empty, "a\nb\n", 3 },
        { "empty old, new without final newline", string.Empty, "x", 3 },
        { "empty new", "a\nb\n", string.Empty, 3 },
        { "empty new, old without final newline", "x", string.Empty, 3 },
        { "first and last lines changed", "first\n2\n3\n4\n5\n6\n7\n8\n9\nlast\n", "FIRST\n2\n3\n4\n5\n6\n7\n8\n9\nLAST\n", 3 },
        { "several hunks", Thirty, Thirty.Replace("line 2\n", "two\n").Replace("line 15\n", string.Empty).Replace("line 28\n", "line 28\nnew\n"), 3 },
        { "several hunks, -U0", Thirty, Thirty.Replace("line 2\n", "two\n").Replace("line 15\n", string.Empty).Replace("line 28\n", "line 28\nnew\n"), 0 },
        { "several hunks, -U10", Thirty, Thirty.Replace("line 2\n", "two\n").Replace("line 15\n", string.Empty).Replace("line 28\n", "line 28\nnew\n"), 10 },
        { "insertion at the top, -U0", "a\nb\n", "new\na\nb\n", 0 },
        { "deletion at the end, -U0", "a\nb\n", "a\n", 0 },
        { "Unicode", "Київ\n中文\n😀\ne\u0301\n", "Київ\n中文 新闻\n😀 🇺🇦\ne\u0301\n", 3 },
        { "blank lines", "\n\n\n", "\n\n", 3 },
        { "blank line added at the end", "a\n", "a\n\n", 3 },
        { "Kursk edit", Samples.Kursk().Build().OldText, Samples.Kursk().Build().NewText, 3 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void GNU_patch_applies_the_patch_byte_for_byte(string name, string oldText, string newText, int context)
    {
        using var dir = new TempDirectory();
        var patch = new UnifiedDiffRenderer(new UnifiedDiffOptions { Context = context }).RenderToString(Compared.Of(ResultBuilder.ForTexts(oldText, newText), "a/article.txt", "b/article.txt"));
        Write(dir.File("article.txt"), oldText);
        Write(dir.File("change.patch"), patch);

        var (exitCode, output) = ExternalTool.Run("patch", dir.Path, "--batch", "--silent", "--no-backup-if-mismatch", "article.txt", "change.patch");

        Assert.True(exitCode == 0, $"{name}: patch failed with {exitCode}: {output}\n{patch}");
        Assert.Equal(Encoding.UTF8.GetBytes(newText), File.ReadAllBytes(dir.File("article.txt")));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Git_apply_applies_the_patch_byte_for_byte(string name, string oldText, string newText, int context)
    {
        using var dir = new TempDirectory();
        var patch = new UnifiedDiffRenderer(new UnifiedDiffOptions { Context = context }).RenderToString(Compared.Of(ResultBuilder.ForTexts(oldText, newText), "a/article.txt", "b/article.txt"));
        Write(dir.File("article.txt"), oldText);
        Write(dir.File("change.patch"), patch);

        var (exitCode, output) = GitApply(dir, context);

        Assert.True(exitCode == 0, $"{name}: git apply failed with {exitCode}: {output}\n{patch}");
        Assert.Equal(Encoding.UTF8.GetBytes(newText), File.ReadAllBytes(dir.File("article.txt")));
    }

    [Fact]
    public void Patches_of_random_texts_apply_exactly_with_patch_and_git_as_a_property()
    {
        string[] pieces = ["a", "b", "c", "same", "Київ", "中文 😀", string.Empty, " ", "\tx", "e\u0301"];
        var line = Gen.Select(Gen.OneOf(pieces), Gen.OneOf("\n", "\r\n")).Select((text, ending) => text + ending);
        var text = Gen.Select(line.Array[0, 12], Gen.Bool).Select((lines, cut) =>
        {
            var joined = string.Concat(lines);
            return cut && joined.EndsWith('\n') ? joined[..^1] : joined;
        });
        var cases = Gen.Select(text, text, Gen.Int[0, 4]).Select((oldText, newText, context) => (oldText, newText, context));

        cases.Sample(item =>
        {
            using var dir = new TempDirectory();
            var patch = new UnifiedDiffRenderer(new UnifiedDiffOptions { Context = item.context }).RenderToString(Compared.Of(ResultBuilder.ForTexts(item.oldText, item.newText), "a/article.txt", "b/article.txt"));
            if (item.oldText == item.newText)
            {
                Assert.Equal(string.Empty, patch);
                return;
            }

            Write(dir.File("change.patch"), patch);
            foreach (var tool in Tools)
            {
                // git apply cannot apply a context-free hunk at a file end that lacks a newline (it drops the newline
                // of the line before); git's own `git diff -U0` output fails the same way, so only GNU patch is asked.
                if (tool == "git" && item.context == 0 && !(item.oldText.EndsWith('\n') && item.newText.EndsWith('\n')))
                {
                    continue;
                }

                Write(dir.File("article.txt"), item.oldText);
                var (exitCode, output) = tool == "patch"
                    ? ExternalTool.Run("patch", dir.Path, "--batch", "--silent", "--no-backup-if-mismatch", "article.txt", "change.patch")
                    : GitApply(dir, item.context);
                Assert.True(exitCode == 0, $"{tool} failed: {output}\n{patch}");
                Assert.Equal(Encoding.UTF8.GetBytes(item.newText), File.ReadAllBytes(dir.File("article.txt")));
            }
        }, iter: 40);
    }

    [Fact]
    public void Writes_labels_and_times_in_the_chosen_zone_as_diff_u_does()
    {
        var result = ResultBuilder.ForTexts("a\nb\nc\n", "a\nB\nc\n");
        var model = Compared.Of(result, oldLabel: "revision 1", newLabel: "revision 2", oldTime: TestData.Morning, newTime: TestData.Morning + Duration.FromMinutes(215) + Duration.FromNanoseconds(5), zone: TestData.Kyiv);

        var patch = new UnifiedDiffRenderer().RenderToString(model);

        Assert.Equal(
            "--- revision 1\t2025-01-07 10:12:00.000000000 +0200\n"
            + "+++ revision 2\t2025-01-07 13:47:00.000000005 +0200\n"
            + "@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n",
            patch);
    }

    [Theory]
    [InlineData("", "a\nb\n", 3, "@@ -0,0 +1,2 @@\n+a\n+b\n")]
    [InlineData("a\nb\n", "", 3, "@@ -1,2 +0,0 @@\n-a\n-b\n")]
    [InlineData("a\nb\nc\n", "a\nb\nX\nc\n", 0, "@@ -2,0 +3 @@\n+X\n")]
    [InlineData("a\nb\nc\n", "a\nc\n", 0, "@@ -2 +1,0 @@\n-b\n")]
    public void Numbers_ranges_as_GNU_diff_does(string oldText, string newText, int context, string hunks)
    {
        var result = ResultBuilder.ForTexts(oldText, newText);

        var patch = new UnifiedDiffRenderer(new UnifiedDiffOptions { Context = context }).RenderToString(Compared.Of(result));

        Assert.Equal("--- old\n+++ new\n" + hunks, patch);
    }

    [Fact]
    public void Marks_a_missing_final_newline_on_either_side()
    {
        var result = ResultBuilder.ForTexts("a\nb", "a\nc");

        var patch = new UnifiedDiffRenderer().RenderToString(Compared.Of(result));

        Assert.Equal(
            "--- old\n+++ new\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n",
            patch);
    }

    [Fact]
    public void Merges_hunks_whose_contexts_meet_and_keeps_apart_those_that_do_not()
    {
        var oldText = string.Concat(Enumerable.Range(1, 10).Select(i => $"{i}\n"));
        var result = ResultBuilder.ForTexts(oldText, oldText.Replace("2\n", "two\n").Replace("8\n", "eight\n"));

        var merged = new UnifiedDiffRenderer(new UnifiedDiffOptions { Context = 3 }).RenderToString(Compared.Of(result));
        var apart = new UnifiedDiffRenderer(new UnifiedDiffOptions { Context = 2 }).RenderToString(Compared.Of(result));

        Assert.Equal("--- old\n+++ new\n@@ -1,10 +1,10 @@\n 1\n-2\n+two\n 3\n 4\n 5\n 6\n 7\n-8\n+eight\n 9\n 10\n", merged);
        Assert.Equal("--- old\n+++ new\n@@ -1,4 +1,4 @@\n 1\n-2\n+two\n 3\n 4\n@@ -6,5 +6,5 @@\n 6\n 7\n-8\n+eight\n 9\n 10\n", apart);
    }

    [Fact]
    public void Keeps_carriage_returns_in_the_line_bodies()
    {
        var result = ResultBuilder.ForTexts("one\r\ntwo\r\n", "one\r\n2\r\n");

        var patch = new UnifiedDiffRenderer().RenderToString(Compared.Of(result));

        Assert.Equal("--- old\n+++ new\n@@ -1,2 +1,2 @@\n one\r\n-two\r\n+2\r\n", patch);
    }

    [Fact]
    public void Diffs_the_exact_texts_whatever_the_comparison_ignored()
    {
        var result = new ResultBuilder()
            .Same("Hello  world\n", "Hello world\n")
            .WithOptions(DiffOptions.Default with { IgnoreWhitespace = true })
            .WithIgnored(IgnoredChangeKind.Whitespace, 1)
            .Build();

        var patch = new UnifiedDiffRenderer().RenderToString(Compared.Of(result));

        Assert.Equal("--- old\n+++ new\n@@ -1 +1 @@\n-Hello  world\n+Hello world\n", patch);
    }

    [Fact]
    public void Writes_nothing_for_identical_texts()
    {
        var result = ResultBuilder.ForTexts("same\r\ntext", "same\r\ntext");

        var patch = new UnifiedDiffRenderer().RenderToString(Compared.Of(result));

        Assert.Equal(string.Empty, patch);
    }

    [Fact]
    public void Quotes_a_label_that_would_break_the_header_line()
    {
        var result = ResultBuilder.ForTexts("a\n", "b\n");

        var patch = new UnifiedDiffRenderer().RenderToString(Compared.Of(result, oldLabel: "two\nlines \"quoted\"", newLabel: "tab\there"));

        Assert.StartsWith("--- \"two\\nlines \\\"quoted\\\"\"\n+++ \"tab\\there\"\n@@ -1 +1 @@\n", patch);
    }

    // git apply insists on context unless told that a patch has none, as for the output of git diff -U0 itself.
    private static (int ExitCode, string Output) GitApply(TempDirectory dir, int context) => context == 0
        ? ExternalTool.Run("git", dir.Path, "apply", "--whitespace=nowarn", "--unidiff-zero", "change.patch")
        : ExternalTool.Run("git", dir.Path, "apply", "--whitespace=nowarn", "change.patch");

    private static void Write(string path, string text) => File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
}
