using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Tests.Model;

public class ArticleHistoryTests
{
    [Fact]
    public void A_new_history_is_empty()
    {
        var history = ArticleHistory.Create(TestData.Article());

        Assert.Equal(0, history.Count);
        Assert.Null(history.Latest);
        Assert.True(history.Verify().IsValid);
    }

    [Fact]
    public void Appending_returns_a_new_history_and_leaves_the_old_one_alone()
    {
        var empty = ArticleHistory.Create(TestData.Article());

        var result = empty.Append(new RevisionDraft("first"), TestData.Clock());

        Assert.Equal(AppendOutcome.Appended, result.Outcome);
        Assert.Equal(0, empty.Count);
        Assert.Equal(1, result.History.Count);
        Assert.Same(result.Revision, result.History.Latest);
    }

    [Fact]
    public void Numbers_revisions_from_one_and_takes_now_from_the_clock()
    {
        var clock = TestData.Clock();
        var history = ArticleHistory.Create(TestData.Article()).Append(new RevisionDraft("one"), clock).History;
        clock.Advance(Duration.FromMinutes(5));

        var second = history.Append(new RevisionDraft("two"), clock).Revision;

        Assert.Equal(2, second.Number);
        Assert.Equal(TestData.Morning + Duration.FromMinutes(5), second.At);
    }

    [Fact]
    public void Uses_the_drafts_time_when_given()
    {
        var at = Instant.FromUtc(2025, 1, 7, 11, 47);

        var revision = ArticleHistory.Create(TestData.Article()).Append(new RevisionDraft("x") { At = at }, TestData.Clock()).Revision;

        Assert.Equal(at, revision.At);
    }

    [Fact]
    public void Keeps_every_draft_field()
    {
        var draft = new RevisionDraft("text")
        {
            At = TestData.Morning,
            ObservedAt = TestData.Morning + Duration.FromMinutes(18),
            Title = "Title as shown",
            Editor = "General Staff",
            Note = "Corrected",
            Source = new Uri("https://t.me/GeneralStaffZSU/21034?edit=1"),
        };

        var revision = ArticleHistory.Create(TestData.Article()).Append(draft, TestData.Clock()).Revision;

        Assert.Equal((draft.At, draft.ObservedAt, draft.Title, draft.Editor, draft.Note, draft.Source, draft.Text), (revision.At, revision.ObservedAt, revision.Title, revision.Editor, revision.Note, revision.Source, revision.Text));
    }

    [Fact]
    public void Rejects_a_revision_at_the_same_instant_as_the_latest()
    {
        var history = TestData.History("one");

        var e = Assert.Throws<RevisionOrderException>(() => history.Append(new RevisionDraft("two") { At = history.Latest!.At }, TestData.Clock()));

        Assert.Equal(1, e.LatestNumber);
        Assert.Equal(history.Latest!.At, e.LatestAt);
        Assert.Equal(history.Latest!.At, e.AttemptedAt);
    }

    [Fact]
    public void Rejects_a_revision_older_than_the_latest()
    {
        var history = TestData.History("one", "two");
        var earlier = history.Latest!.At - Duration.FromHours(1);

        var e = Assert.Throws<RevisionOrderException>(() => history.Append(new RevisionDraft("three") { At = earlier }, TestData.Clock()));

        Assert.Equal(2, e.LatestNumber);
        Assert.Equal(earlier, e.AttemptedAt);
        Assert.Contains("2025-01-07T08:42:00Z", e.Message);
    }

    [Fact]
    public void Rejects_null_text()
    {
        var e = Assert.Throws<ArgumentNullException>(() => new RevisionDraft(null!));

        Assert.Equal("text", e.ParamName);
    }

    [Fact]
    public void Rejects_null_draft_and_clock()
    {
        var history = TestData.History();

        Assert.Throws<ArgumentNullException>(() => history.Append(null!, TestData.Clock()));
        Assert.Throws<ArgumentNullException>(() => history.Append(new RevisionDraft("x"), null!));
    }

    [Fact]
    public void Rejects_a_draft_observed_before_it_became_current()
    {
        var draft = new RevisionDraft("x") { At = TestData.Morning, ObservedAt = TestData.Morning - Duration.FromSeconds(1) };

        Assert.Throws<ArgumentOutOfRangeException>(() => TestData.History().Append(draft, TestData.Clock()));
    }

    [Fact]
    public void Appending_identical_text_adds_nothing_and_says_so()
    {
        var history = TestData.History("same\n");

        var result = history.Append(new RevisionDraft("same\n") { Note = "again" }, TestData.Clock());

        Assert.Equal(AppendOutcome.UnchangedText, result.Outcome);
        Assert.Same(history, result.History);
        Assert.Same(history.Latest, result.Revision);
    }

    [Fact]
    public void A_change_of_line_endings_alone_is_a_new_revision()
    {
        var history = TestData.History("a\nb\n");

        var result = history.Append(new RevisionDraft("a\r\nb\r\n") { At = history.Latest!.At + Duration.FromMinutes(1) }, TestData.Clock());

        Assert.Equal(AppendOutcome.Appended, result.Outcome);
    }

    [Fact]
    public void Reverting_to_an_older_text_is_a_new_revision()
    {
        var history = TestData.History("one", "two");

        var result = history.Append(new RevisionDraft("one") { At = history.Latest!.At + Duration.FromMinutes(1) }, TestData.Clock());

        Assert.Equal(3, result.Revision.Number);
    }

    [Fact]
    public void GetRevision_rejects_numbers_outside_the_history()
    {
        var history = TestData.History("one", "two");

        Assert.Equal("two", history.GetRevision(2).Text);
        Assert.Equal(0, Assert.Throws<ArgumentOutOfRangeException>(() => history.GetRevision(0)).ActualValue);
        Assert.Equal(3, Assert.Throws<ArgumentOutOfRangeException>(() => history.GetRevision(3)).ActualValue);
    }

    [Fact]
    public void Verify_accepts_an_untouched_chain()
    {
        var verification = TestData.History("one", "two", "three").Verify();

        Assert.True(verification.IsValid);
        Assert.Equal(3, verification.RevisionCount);
        Assert.Null(verification.FirstMismatch);
    }

    [Fact]
    public void Verify_names_the_first_tampered_revision()
    {
        var history = TestData.History("one", "two", "three");
        var original = history.GetRevision(2);
        var tampered = new Revision(2, original.At, "TWO", original.Hash);

        var verification = ArticleHistory.FromChain(history.Header, history.HeaderHash, [history.GetRevision(1), tampered, history.GetRevision(3)], []).Verify();

        Assert.False(verification.IsValid);
        Assert.Equal(2, verification.FirstMismatch);
        Assert.Equal(original.Hash, verification.ActualHash);
        Assert.NotEqual(original.Hash, verification.ExpectedHash);
    }

    [Fact]
    public void Verify_catches_a_rehashed_revision_at_its_successor()
    {
        var history = TestData.History("one", "two", "three");
        var original = history.GetRevision(2);
        var forged = new Revision(2, original.At, "TWO", new Revision(2, original.At, "TWO", original.Hash).ComputeHash(history.GetRevision(1).Hash));

        var verification = ArticleHistory.FromChain(history.Header, history.HeaderHash, [history.GetRevision(1), forged, history.GetRevision(3)], []).Verify();

        Assert.Equal(3, verification.FirstMismatch);
    }

    [Fact]
    public void FromRevisions_rejects_gaps_in_numbering()
    {
        var history = TestData.History("one", "two", "three");

        var e = Assert.Throws<ArgumentException>(() => ArticleHistory.FromRevisions(history.Article, [history.GetRevision(1), history.GetRevision(3)]));

        Assert.Contains("numbered 3", e.Message);
    }

    [Fact]
    public void FromRevisions_rejects_revisions_out_of_time_order()
    {
        var history = TestData.History("one", "two");
        var first = history.GetRevision(1);
        var second = history.GetRevision(2);
        var early = new Revision(2, first.At - Duration.FromMinutes(1), second.Text, second.Hash);

        var e = Assert.Throws<RevisionOrderException>(() => ArticleHistory.FromRevisions(history.Article, [first, early]));

        Assert.Equal(first.At, e.LatestAt);
    }
}
