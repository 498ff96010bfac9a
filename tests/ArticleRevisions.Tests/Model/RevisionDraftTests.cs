using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Tests.Model;

public class RevisionDraftTests
{
    private static readonly Instant Now = TestData.Morning;

    [Theory]
    [InlineData(0)]
    [InlineData(-3600)]
    [InlineData(300)]
    public void Accepts_times_up_to_the_clock_skew_tolerance_ahead(int secondsAhead)
    {
        var time = Now + Duration.FromSeconds(secondsAhead);
        var draft = new RevisionDraft("x") { At = time, ObservedAt = time };

        var error = Record.Exception(() => draft.CheckNotInFuture(Now));

        Assert.Null(error);
    }

    [Fact]
    public void Tolerates_five_minutes_of_clock_skew()
    {
        Assert.Equal(Duration.FromMinutes(5), RevisionDraft.ClockSkewTolerance);
    }

    [Fact]
    public void Refuses_a_change_time_beyond_the_tolerance()
    {
        var at = Now + RevisionDraft.ClockSkewTolerance + Duration.FromSeconds(1);

        var e = Assert.Throws<FutureTimeException>(() => new RevisionDraft("x") { At = at }.CheckNotInFuture(Now));

        Assert.Equal((nameof(RevisionDraft.At), at, Now), (e.PropertyName, e.Time, e.Now));
        Assert.Contains("a version cannot be dated in the future", e.Message);
    }

    [Fact]
    public void Refuses_an_observation_time_beyond_the_tolerance()
    {
        var draft = new RevisionDraft("x") { At = Now - Duration.FromHours(1), ObservedAt = Now + Duration.FromDays(1) };

        var e = Assert.Throws<FutureTimeException>(() => draft.CheckNotInFuture(Now));

        Assert.Equal(nameof(RevisionDraft.ObservedAt), e.PropertyName);
    }

    [Fact]
    public void A_draft_without_times_is_never_in_the_future()
    {
        var error = Record.Exception(() => new RevisionDraft("x").CheckNotInFuture(Instant.MinValue));

        Assert.Null(error);
    }
}
