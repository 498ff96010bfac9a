using ArticleRevisions.Import.Git;
using ArticleRevisions.Storage;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Import.Tests.Git;

public class GitImporterTests
{
    [Fact]
    public void Each_commit_that_changed_the_file_becomes_a_revision_with_author_date_author_and_subject()
    {
        using var repo = new GitRepository();
        repo.Commit("doc.md", "one\n", "2025-01-07T10:00:00+02:00", "First draft\n\nWith a body.", author: "Olena");
        repo.Commit("other.txt", "unrelated\n", "2025-01-07T11:00:00+02:00", "Other file");
        repo.Commit("doc.md", "two\n", "2025-01-07T12:00:00+02:00", "Second draft");

        var drafts = GitFileHistory.Read(repo.Path, "doc.md");

        Assert.Equal(["one\n", "two\n"], drafts.Select(d => d.Text));
        Assert.Equal(Instant.FromUtc(2025, 1, 7, 8, 0), drafts[0].At);
        Assert.Equal("Olena", drafts[0].Editor);
        Assert.Equal("First draft", drafts[0].Note);
    }

    [Fact]
    public void Commit_facts_are_stored_in_the_history_file_and_read_back()
    {
        using var repo = new GitRepository();
        repo.Commit("doc.md", "one\n", "2025-01-07T10:00:00+04:30", "First", author: "Olena");
        repo.Commit("doc.md", "two\n", "2025-01-07T09:00:00-05:00", "Second", author: "Olena");
        var commits = repo.Run("log", "--format=%H", "--reverse").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var path = System.IO.Path.Combine(repo.Path, "doc.jsonl");

        GitImporter.Import(repo.Path, "doc.md", path);

        var revisions = HistoryFile.Read(path).Revisions;
        Assert.Equal(commits, revisions.Select(r => r.Attributes[AttributeNames.GitCommit]));
        Assert.Equal(["2025-01-07T10:00:00+04:30", "2025-01-07T09:00:00-05:00"], revisions.Select(r => r.Attributes[AttributeNames.GitAuthorDate]));
        Assert.Equal(["doc.md", "doc.md"], revisions.Select(r => r.Attributes[AttributeNames.GitPath]));
        Assert.All(revisions, r => Assert.Contains('@', r.Attributes[AttributeNames.GitAuthorEmail]));
        Assert.Equal(revisions, HistoryFile.Open(path).History.Revisions);
    }

    [Fact]
    public void A_renamed_file_is_followed_back_to_its_old_name()
    {
        using var repo = new GitRepository();
        repo.Commit("old-name.md", "original text that is long enough to be recognised as the same file\n", "2025-01-01T10:00:00Z", "Create");
        repo.Run("mv", "old-name.md", "new-name.md");
        repo.CommitStaged("2025-01-02T10:00:00Z", "Rename");
        repo.Commit("new-name.md", "original text that is long enough to be recognised as the same file\nplus a line\n", "2025-01-03T10:00:00Z", "Edit");

        var revisions = GitFileHistory.ReadRevisions(repo.Path, "new-name.md").ToList();

        Assert.Equal(["Create", "Rename", "Edit"], revisions.Select(r => r.Draft.Note));
        Assert.Equal(["old-name.md", "new-name.md", "new-name.md"], revisions.Select(r => r.Attributes[AttributeNames.GitPath]));
        Assert.Equal(revisions[0].Draft.Text, revisions[1].Draft.Text);
    }

    [Fact]
    public void Commits_in_many_time_zones_are_ordered_by_the_instant_and_keep_their_offset()
    {
        using var repo = new GitRepository();
        // Listed by git in commit order; by the text of the date the order would be 09:00, 10:00, 11:30, 23:30.
        repo.Commit("doc.md", "a\n", "2025-01-07T10:00:00+04:30", "Kabul 10:00 = 05:30Z");
        repo.Commit("doc.md", "b\n", "2025-01-07T09:00:00-05:00", "New York 09:00 = 14:00Z");
        repo.Commit("doc.md", "c\n", "2025-01-07T23:30:00+13:45", "Chatham 23:30 = 09:45Z");
        repo.Commit("doc.md", "d\n", "2025-01-07T11:30:00+00:00", "London 11:30 = 11:30Z");

        var revisions = GitFileHistory.ReadRevisions(repo.Path, "doc.md").ToList();

        Assert.Equal(["a\n", "c\n", "d\n", "b\n"], revisions.Select(r => r.Draft.Text));
        Assert.Equal(
            ["2025-01-07T10:00:00+04:30", "2025-01-07T23:30:00+13:45", "2025-01-07T11:30:00+00:00", "2025-01-07T09:00:00-05:00"],
            revisions.Select(r => r.Attributes[AttributeNames.GitAuthorDate]));
        Assert.Equal(Instant.FromUtc(2025, 1, 7, 5, 30), revisions[0].Draft.At);
    }

    [Fact]
    public void Commits_that_leave_the_text_unchanged_add_nothing()
    {
        using var repo = new GitRepository();
        repo.Commit("doc.md", "same\n", "2025-01-01T10:00:00Z", "Create");
        repo.Commit("doc.md", "changed\n", "2025-01-02T10:00:00Z", "Change");
        repo.Commit("doc.md", "same\n", "2025-01-03T10:00:00Z", "Revert");
        repo.Run("update-index", "--chmod=+x", "doc.md");
        repo.CommitStaged("2025-01-04T10:00:00Z", "Mode only");
        var history = repo.Folder.File("doc.jsonl");

        var report = GitImporter.Import(repo.Path, "doc.md", history);

        Assert.Equal(["same\n", "changed\n", "same\n"], HistoryFile.Read(history).Revisions.Select(r => r.Text));
        Assert.Equal((4, 3, 1), (report.Histories[0].Read, report.Histories[0].Added, report.Histories[0].Unchanged));
        Assert.Equal("doc.md", HistoryFile.Read(history).Article.Title);
    }

    [Fact]
    public void Commits_in_the_same_second_keep_git_order_a_millisecond_apart()
    {
        using var repo = new GitRepository();
        repo.Commit("doc.md", "1\n", "2025-01-01T10:00:00Z", "one");
        repo.Commit("doc.md", "2\n", "2025-01-01T10:00:00Z", "two");
        repo.Commit("doc.md", "3\n", "2025-01-01T10:00:00Z", "three");

        var drafts = GitFileHistory.Read(repo.Path, "doc.md");

        Assert.Equal(["1\n", "2\n", "3\n"], drafts.Select(d => d.Text));
        Assert.Equal(Duration.FromMilliseconds(1), drafts[2].At - drafts[1].At);
    }

    [Fact]
    public void A_deleted_file_gives_an_empty_revision_marked_deleted()
    {
        using var repo = new GitRepository();
        repo.Commit("doc.md", "text\n", "2025-01-01T10:00:00Z", "Create");
        repo.Run("rm", "-q", "doc.md");
        repo.CommitStaged("2025-01-02T10:00:00Z", "Delete");
        repo.Commit("doc.md", "back\n", "2025-01-03T10:00:00Z", "Restore");

        var revisions = GitFileHistory.ReadRevisions(repo.Path, "doc.md").ToList();

        Assert.Equal(["text\n", string.Empty, "back\n"], revisions.Select(r => r.Draft.Text));
        Assert.Equal("true", revisions[1].Attributes[AttributeNames.GitDeleted]);
    }

    [Fact]
    public void A_merge_that_combines_two_branches_gives_the_combined_text()
    {
        using var repo = new GitRepository();
        repo.Commit("doc.md", "a\nb\nc\nd\ne\n", "2025-01-01T10:00:00Z", "Create");
        repo.Run("checkout", "-q", "-b", "side");
        repo.Commit("doc.md", "a\nb\nc\nd\nE\n", "2025-01-02T10:00:00Z", "Side edit");
        repo.Run("checkout", "-q", "main");
        repo.Commit("doc.md", "A\nb\nc\nd\ne\n", "2025-01-03T10:00:00Z", "Main edit");
        repo.Run(new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = "2025-01-04T10:00:00Z", ["GIT_COMMITTER_DATE"] = "2025-01-04T10:00:00Z" }, "merge", "-q", "--no-edit", "side");

        var drafts = GitFileHistory.Read(repo.Path, "doc.md");

        Assert.Equal("A\nb\nc\nd\nE\n", drafts[^1].Text);
    }

    [Fact]
    public void A_path_no_commit_touches_is_refused_with_one_line()
    {
        using var repo = new GitRepository();
        repo.Commit("doc.md", "text\n", "2025-01-01T10:00:00Z", "Create");

        var error = Assert.Throws<ImportException>(() => GitImporter.Import(repo.Path, "missing.md", repo.Folder.File("h.jsonl")));

        Assert.Contains("no commit changes 'missing.md'", error.Message);
        Assert.False(File.Exists(repo.Folder.File("h.jsonl")));
    }

    [Fact]
    public void A_folder_that_is_not_a_repository_is_refused_with_gits_reason()
    {
        using var dir = new TempDirectory();

        var error = Assert.Throws<ImportException>(() => GitImporter.Import(dir.Path, "doc.md", dir.File("h.jsonl")));

        Assert.Contains("git failed: fatal: not a git repository", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void A_version_that_is_not_utf8_is_refused_naming_the_commit()
    {
        using var repo = new GitRepository();
        repo.Folder.WriteBytes("doc.md", [0x61, 0xE9, 0x0A]);
        repo.Run("add", "doc.md");
        var commit = repo.CommitStaged("2025-01-01T10:00:00Z", "Latin-1");

        var error = Assert.Throws<TextDecodingException>(() => GitFileHistory.Read(repo.Path, "doc.md"));

        Assert.Contains($"doc.md in commit {commit[..12]}: not valid UTF-8", error.Message);
    }

    [Fact]
    public void Reimporting_after_new_commits_appends_only_those()
    {
        using var repo = new GitRepository();
        repo.Commit("doc.md", "one\n", "2025-01-01T10:00:00Z", "One");
        var history = repo.Folder.File("h.jsonl");
        GitImporter.Import(repo.Path, "doc.md", history);
        repo.Commit("doc.md", "two\n", "2025-01-02T10:00:00Z", "Two");

        var report = GitImporter.Import(repo.Path, "doc.md", history);

        Assert.Equal((1, 1), (report.Histories[0].Added, report.Histories[0].AlreadyPresent));
    }
}
