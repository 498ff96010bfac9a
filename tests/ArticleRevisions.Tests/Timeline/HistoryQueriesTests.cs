using ArticleRevisions.Model;
using ArticleRevisions.Text;
using ArticleRevisions.Timeline;
using CsCheck;
using NodaTime;

namespace ArticleRevisions.Tests.Timeline;

public class HistoryQueriesTests
{
    private static readonly Instant T0 = TestData.Morning;

    /// <summary>Revisions at T0, T0+1h, T0+3h.</summary>
    private static ArticleHistory Three()
    {
        var history = ArticleHistory.Create(TestData.Article());
        foreach (var (text, hours) in new[] { ("one", 0), ("two", 1), ("three", 3) })
        {
            history = history.Append(new RevisionDraft(text) { At = T0 + Duration.FromHours(hours) }, TestData.Clock()).History;
        }

        return history;
    }

    private static Instant H(double hours) => T0 + Duration.FromSeconds(hours * 3600);

    [Fact]
    public void AsOf_returns_the_revision_current_at_an_instant()
    {
        var history = Three();

        Assert.Null(history.AsOf(H(-0.1)));
        Assert.Equal(1, history.AsOf(H(0))!.Number);
        Assert.Equal(1, history.AsOf(H(0.99))!.Number);
        Assert.Equal(2, history.AsOf(H(1))!.Number);
        Assert.Equal(3, history.AsOf(H(100))!.Number);
    }

    [Fact]
    public void AsOf_agrees_with_a_brute_force_scan_as_a_property()
    {
        var gaps = Gen.Int[1, 1000].Array[0, 12];
        var probes = Gen.Int[-50, 8000].Array[1, 20];

        Gen.Select(gaps, probes).Sample((steps, offsets) =>
        {
            var history = ArticleHistory.Create(TestData.Article());
            var at = T0;
            var n = 0;
            foreach (var step in steps)
            {
                at += Duration.FromSeconds(step);
                history = history.Append(new RevisionDraft($"text {n++}") { At = at }, TestData.Clock()).History;
            }

            var boundaries = history.Revisions.Select(r => r.At);
            foreach (var probe in offsets.Select(o => T0 + Duration.FromSeconds(o)).Concat(boundaries).Concat(boundaries.Select(b => b - Duration.Epsilon)))
            {
                var expected = history.Revisions.LastOrDefault(r => r.At <= probe);

                Assert.Equal(expected, history.AsOf(probe));
            }
        }, iter: 300);
    }

    [Fact]
    public void Validity_runs_to_the_next_revision_and_is_open_for_the_latest()
    {
        var history = Three();

        Assert.Equal(new Interval(H(0), H(1)), history.GetValidity(history.GetRevision(1)));
        Assert.Equal(new Interval(H(3), null), history.GetValidity(history.GetRevision(3)));
    }

    [Fact]
    public void Validity_rejects_a_revision_of_another_history()
    {
        var stranger = TestData.History("x", "y").GetRevision(2);

        Assert.Throws<ArgumentException>(() => Three().GetValidity(stranger));
    }

    [Fact]
    public void FromTo_is_half_open()
    {
        var history = Three();

        Assert.Equal([1], history.FromTo(H(0), H(1)).Select(r => r.Number));
        Assert.Equal([1, 2], history.FromTo(H(0.5), H(1.5)).Select(r => r.Number));
        Assert.Equal([3], history.FromTo(H(5), H(6)).Select(r => r.Number));
        Assert.Empty(history.FromTo(H(-2), H(-1)));
    }

    [Fact]
    public void Between_is_closed()
    {
        var history = Three();

        Assert.Equal([1, 2], history.Between(H(0), H(1)).Select(r => r.Number));
        Assert.Equal([3], history.Between(H(3), H(3)).Select(r => r.Number));
    }

    [Fact]
    public void ContainedIn_keeps_revisions_that_began_and_ended_inside()
    {
        var history = Three();

        Assert.Equal([1, 2], history.ContainedIn(H(0), H(3)).Select(r => r.Number));
        Assert.Equal([2], history.ContainedIn(H(0.5), H(3)).Select(r => r.Number));
        Assert.DoesNotContain(history.ContainedIn(H(0), H(100)), r => r.Number == 3);
    }

    [Fact]
    public void Ranges_that_end_before_they_start_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Three().FromTo(H(2), H(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Three().Between(H(2), H(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Three().ContainedIn(H(2), H(1)));
    }

    [Fact]
    public void Timings_give_durations_since_the_previous_and_the_first_revision()
    {
        var timings = Three().GetTimings();

        Assert.Null(timings[0].SincePrevious);
        Assert.Equal(Duration.FromHours(2), timings[2].SincePrevious);
        Assert.Equal(Duration.FromHours(3), timings[2].SinceFirst);
        Assert.Equal(Duration.FromHours(1), timings[0].CurrentFor);
        Assert.Null(timings[2].CurrentFor);
        Assert.True(timings[1].IsExact);
    }

    [Fact]
    public void A_revision_known_only_from_its_capture_reports_the_window_between_captures()
    {
        var history = TestData.History("one");
        var draft = new RevisionDraft("two") { At = H(2.5), ObservedAt = H(2.5) };
        history = history.Append(draft, TestData.Clock()).History;

        var timing = history.GetTimings()[1];

        Assert.False(timing.IsExact);
        Assert.Equal(new Interval(history.GetRevision(1).At, H(2.5)), timing.ChangeWindow);
    }

    [Fact]
    public void A_revision_with_its_own_time_captured_later_changed_exactly_then()
    {
        var history = TestData.History("one");
        var draft = new RevisionDraft("two") { At = H(2), ObservedAt = H(2.5) };
        history = history.Append(draft, TestData.Clock()).History;

        var timing = history.GetTimings()[1];

        Assert.True(timing.IsExact);
        Assert.Equal(new Interval(H(2), H(2)), timing.ChangeWindow);
        Assert.Equal(H(2.5), timing.Revision.ObservedAt);
    }

    [Fact]
    public void A_window_never_starts_after_the_revision_it_explains()
    {
        var history = ArticleHistory.Create(TestData.Article())
            .Append(new RevisionDraft("one") { At = H(0), ObservedAt = H(6) }, TestData.Clock()).History
            .Append(new RevisionDraft("two") { At = H(2), ObservedAt = H(2) }, TestData.Clock()).History;

        var window = history.GetTimings()[1].ChangeWindow;

        Assert.Equal(new Interval(H(2), H(2)), window);
    }

    [Fact]
    public void The_kursk_edit_came_3_hours_35_minutes_after_publication()
    {
        var history = ArticleRevisions.Storage.HistoryFile.Read(TestData.FixturePath("general-staff-kursk", "history.jsonl"));

        var timing = history.GetTimings()[1];

        Assert.Equal("3 h 35 min", DurationText.Format(timing.SinceFirst));
        Assert.True(timing.IsExact);
        Assert.Equal(Instant.FromUtc(2025, 1, 7, 12, 5), timing.Revision.ObservedAt);
    }
}
