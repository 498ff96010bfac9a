using ArticleRevisions.Publishing;

namespace ArticleRevisions.Tests.Publishing;

public class CollectionReportWriterTests
{
    [Fact]
    public void Writes_an_index_linking_a_page_per_history()
    {
        using var temp = new TempDirectory();
        var collection = Directory.CreateDirectory(temp.File("news")).FullName;
        ShowcaseHistory.Write(collection, "budget");
        ShowcaseHistory.Write(collection, "roads");
        File.WriteAllText(Path.Combine(collection, "notes.jsonl"), "not a history\n");

        var index = CollectionReportWriter.Write(collection, temp.File("site"));

        Assert.Equal(2, index.Entries.Length);
        Assert.Equal(["site/articles/budget.html", "site/articles/roads.html", "site/index.html"], temp.Files().Where(f => f.StartsWith("site/", StringComparison.Ordinal)));
        var page = File.ReadAllText(temp.File("site/index.html"));
        Assert.Contains("href=\"articles/budget.html\"", page, StringComparison.Ordinal);
        Assert.Contains("<svg class=\"sparkline\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"../index.html\"", File.ReadAllText(temp.File("site/articles/roads.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Replaces_an_earlier_report_but_not_a_folder_of_other_files()
    {
        using var temp = new TempDirectory();
        var collection = Directory.CreateDirectory(temp.File("news")).FullName;
        ShowcaseHistory.Write(collection, "budget");
        CollectionReportWriter.Write(collection, temp.File("site"));
        Directory.CreateDirectory(temp.File("mine"));
        File.WriteAllText(temp.File("mine/keep.txt"), "mine");

        CollectionReportWriter.Write(collection, temp.File("site"));
        var error = Assert.Throws<IOException>(() => CollectionReportWriter.Write(collection, temp.File("mine")));

        Assert.Contains("keep.txt", error.Message, StringComparison.Ordinal);
        Assert.Equal(["mine/keep.txt"], temp.Files().Where(f => f.StartsWith("mine/", StringComparison.Ordinal)));
        Assert.Equal(2, temp.Files().Count(f => f.StartsWith("site/", StringComparison.Ordinal)));
    }
}
