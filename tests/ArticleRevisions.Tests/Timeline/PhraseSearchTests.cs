using ArticleRevisions.Storage;
using ArticleRevisions.Timeline;
using NodaTime;

namespace ArticleRevisions.Tests.Timeline;

public class PhraseSearchTests
{
    [Fact]
    public void New_offensive_is_present_in_revision_1_and_removed_in_revision_2()
    {
        var history = HistoryFile.Read(TestData.FixturePath("general-staff-kursk", "history.jsonl"));

        var lifecycle = PhraseSearch.Find(history, "new offensive");

        var presence = Assert.Single(lifecycle.Presences);
        Assert.Equal(1, presence.IntroducedIn.Number);
        Assert.Equal(2, presence.RemovedIn!.Number);
        Assert.Equal(new Interval(Instant.FromUtc(2025, 1, 7, 8, 12), Instant.FromUtc(2025, 1, 7, 11, 47)), presence.Interval);
        Assert.False(lifecycle.PresentNow);
    }

    [Fact]
    public void Follows_a_phrase_that_is_removed_and_reintroduced()
    {
        var history = HistoryFile.Read(TestData.FixturePath("harbour-bridge", "history.jsonl"));

        var lifecycle = PhraseSearch.Find(history, "from 3 March");

        Assert.Equal([(1, (int?)6), (7, null)], lifecycle.Presences.Select(p => (p.IntroducedIn.Number, p.RemovedIn?.Number)));
        Assert.True(lifecycle.PresentNow);
    }

    [Fact]
    public void Matches_case_insensitively_and_with_normalised_typography_when_asked()
    {
        var history = TestData.History("The council's \"plan\" stands.", "The Council’s “plan”\nstands.");

        var exact = PhraseSearch.Find(history, "council's \"plan\" stands");
        var loose = PhraseSearch.Find(history, "council's \"plan\" stands", new PhraseSearchOptions { IgnoreCase = true, Normalize = true });

        Assert.Equal([(1, (int?)2)], exact.Presences.Select(p => (p.IntroducedIn.Number, p.RemovedIn?.Number)));
        Assert.Equal([(1, (int?)null)], loose.Presences.Select(p => (p.IntroducedIn.Number, p.RemovedIn?.Number)));
    }

    [Fact]
    public void Reports_a_phrase_that_never_appeared()
    {
        var lifecycle = PhraseSearch.Find(TestData.History("a", "b"), "zebra");

        Assert.False(lifecycle.EverPresent);
        Assert.Empty(lifecycle.Presences);
    }

    [Fact]
    public void Counts_occurrences_in_the_introducing_revision()
    {
        var lifecycle = PhraseSearch.Find(TestData.History("x", "combat and combat operations"), "combat");

        Assert.Equal(2, Assert.Single(lifecycle.Presences).Occurrences);
    }

    [Fact]
    public void Rejects_an_empty_phrase()
    {
        Assert.Throws<ArgumentException>(() => PhraseSearch.Find(TestData.History("a"), string.Empty));
        Assert.Throws<ArgumentException>(() => PhraseSearch.Find(TestData.History("a"), "  ", new PhraseSearchOptions { Normalize = true }));
    }
}
