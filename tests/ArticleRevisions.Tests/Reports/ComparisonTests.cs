using ArticleRevisions.Diffing;
using ArticleRevisions.Model;
using ArticleRevisions.Reports;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Tests.Reports;

public class ComparisonTests
{
    [Fact]
    public void Compares_the_last_two_revisions_by_default_naming_them_with_their_times()
    {
        var history = TestData.History("One.", "Two.", "Three.");

        var comparison = Comparison.OfRevisions(history);

        Assert.Equal(("revision 2", "revision 3"), (comparison.Old.Label, comparison.New.Label));
        Assert.Equal((history.GetRevision(2).At, history.GetRevision(3).At), (comparison.Old.Time!.Value, comparison.New.Time!.Value));
        Assert.Equal(TestData.Kyiv, comparison.Zone);
        Assert.Equal(("Two.", "Three."), (comparison.Result.OldText, comparison.Result.NewText));
    }

    [Fact]
    public void Compares_the_latest_or_a_chosen_revision_with_a_text()
    {
        var history = TestData.History("One.", "Two.");

        var latest = Comparison.OfRevisionAndText(history, null, "Two!", label: "fresh.txt");
        var first = Comparison.OfRevisionAndText(history, history.GetRevision(1), "One.");

        Assert.Equal(("revision 2", history.GetRevision(2).At, "fresh.txt", (Instant?)null), (latest.Old.Label, latest.Old.Time!.Value, latest.New.Label, latest.New.Time));
        Assert.Equal(("Two.", "Two!"), (latest.Result.OldText, latest.Result.NewText));
        Assert.True(latest.Result.HasDifferences);
        Assert.Equal(("revision 1", "text"), (first.Old.Label, first.New.Label));
        Assert.False(first.Result.HasDifferences);
        Assert.Throws<ArgumentException>(() => Comparison.OfRevisionAndText(TestData.History(), null, "x"));
    }

    [Fact]
    public void Compares_the_latest_or_a_chosen_revision_of_a_history_file_with_a_text_as_of_its_history()
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        var file = HistoryFile.Create(path, TestData.Article());
        var history = TestData.History("One.", "Two.");
        foreach (var revision in history.Revisions)
        {
            file.Append(new RevisionDraft(revision.Text) { At = revision.At });
        }

        var opened = HistoryFile.Open(path);
        var latest = Comparison.OfRevisionAndText(opened, null, "Two!", label: "fresh.txt");
        var first = Comparison.OfRevisionAndText(opened, 1, "One.");

        var expected = Comparison.OfRevisionAndText(history, null, "Two!", label: "fresh.txt");
        Assert.Equal((expected.Old, expected.New, expected.Result.OldText, expected.Result.NewText), (latest.Old, latest.New, latest.Result.OldText, latest.Result.NewText));
        Assert.Equal(expected.Result.Spans, latest.Result.Spans);
        Assert.Equal(("revision 1", "text"), (first.Old.Label, first.New.Label));
        Assert.False(first.Result.HasDifferences);
        Assert.Throws<ArgumentOutOfRangeException>(() => { _ = Comparison.OfRevisionAndText(opened, 3, "x"); });
    }

    [Fact]
    public void Compares_from_a_revision_to_the_latest_or_between_any_two()
    {
        var history = TestData.History("One.", "Two.", "Three.");

        var fromFirst = Comparison.OfRevisions(history, history.GetRevision(1));
        var backwards = Comparison.OfRevisions(history, history.GetRevision(3), history.GetRevision(1), new DiffOptions { IgnoreCase = true });

        Assert.Equal(("One.", "Three."), (fromFirst.Result.OldText, fromFirst.Result.NewText));
        Assert.Equal(("Three.", "One."), (backwards.Result.OldText, backwards.Result.NewText));
        Assert.True(backwards.Result.Options.IgnoreCase);
    }

    [Fact]
    public void Refuses_a_history_with_nothing_to_compare_and_a_revision_of_another_history()
    {
        var single = TestData.History("Only.");
        var other = TestData.History("Else.", "Other.");

        Assert.Throws<ArgumentException>(() => Comparison.OfRevisions(TestData.History()));
        Assert.Throws<ArgumentException>(() => Comparison.OfRevisions(single));
        Assert.Throws<ArgumentException>(() => Comparison.OfRevisions(single, other.GetRevision(2)));
    }

    [Fact]
    public void Compares_two_texts_with_their_labels_and_no_times_in_UTC()
    {
        var comparison = Comparison.OfTexts("a", "b", oldLabel: "a.txt", newLabel: "b.txt");

        Assert.Equal(new ComparedVersion("a.txt"), comparison.Old);
        Assert.Equal(new ComparedVersion("b.txt"), comparison.New);
        Assert.Equal(DateTimeZone.Utc, comparison.Zone);
        Assert.True(comparison.Result.HasDifferences);
    }
}
