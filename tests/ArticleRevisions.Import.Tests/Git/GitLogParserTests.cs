using System.Text;
using ArticleRevisions.Import.Git;

namespace ArticleRevisions.Import.Tests.Git;

public class GitLogParserTests
{
    private const string Hash = "0123456789abcdef0123456789abcdef01234567";
    private const string Blob = "89abcdef0123456789abcdef0123456789abcdef";

    [Fact]
    public void A_subject_holding_the_field_separator_is_kept_whole()
    {
        var output = Encoding.UTF8.GetBytes($"\u001e{Hash}\u001f2025-01-07T10:00:00+04:30\u001fA\u001fa@x\u001fsubject \u001f with separator\0\n:100644 100644 {new string('0', 40)} {Blob} M\0doc.md\0");

        var entry = Assert.Single(GitLogParser.Parse(output, "repo"));

        Assert.Equal("subject \u001f with separator", entry.Subject);
        Assert.Equal(Blob, entry.Blob);
    }

    [Fact]
    public void A_rename_entry_gives_the_new_path()
    {
        var output = Encoding.UTF8.GetBytes($"\u001e{Hash}\u001f2025-01-07T10:00:00Z\u001fA\u001fa@x\u001fmove\0\n:100644 100644 {Blob} {Blob} R100\0old.md\0new.md\0");

        var entry = Assert.Single(GitLogParser.Parse(output, "repo"));

        Assert.Equal("new.md", entry.Path);
    }

    [Fact]
    public void Output_that_is_not_a_git_log_is_refused()
    {
        var error = Assert.Throws<ImportException>(() => GitLogParser.Parse("garbage"u8, "repo"));

        Assert.Contains("unexpected output from git log", error.Message);
    }
}
