using ArticleRevisions.Model;
using ArticleRevisions.Reports;
using CsCheck;
using NodaTime;

namespace ArticleRevisions.Tests.Reports;

public class TimelineChartTests
{
    [Fact]
    public void Draws_bars_in_proportion_to_how_long_each_revision_was_current()
    {
        var history = At(0, 30, 40);

        var chart = TimelineChart.Create(history, width: 40);

        Assert.Equal([(0, 30), (30, 10), (40, 1)], chart.Bars.Select(b => (b.Offset, b.Length)));
        Assert.Equal([1, 2, 3], chart.Bars.Select(b => b.Entry.Revision.Number));
    }

    [Fact]
    public void Gives_every_bar_a_cell_and_never_draws_past_the_end_as_a_property()
    {
        Gen.Int[1, 10_000].Array[1, 12].Select(gaps => gaps.Distinct().ToArray()).Sample(gaps =>
        {
            var minutes = gaps.Order().Prepend(0).Distinct().ToArray();

            var chart = TimelineChart.Create(At(minutes));

            Assert.All(chart.Bars, b => Assert.True(b.Length >= 1 && b.Offset >= 0 && b.Offset + b.Length <= chart.Width + 1, $"bar at {b.Offset} for {b.Length}"));
            Assert.True(chart.Bars.Zip(chart.Bars.Skip(1)).All(p => p.First.Offset + p.First.Length <= p.Second.Offset || p.Second.Offset == chart.Width));
        });
    }

    [Fact]
    public void Has_no_bars_for_an_empty_history_and_refuses_a_width_under_one()
    {
        Assert.Empty(TimelineChart.Create(TestData.History()).Bars);
        Assert.Throws<ArgumentOutOfRangeException>(() => TimelineChart.Create(TestData.History("a"), width: 0));
    }

    private static ArticleHistory At(params int[] minutes)
    {
        var history = ArticleHistory.Create(TestData.Article());
        foreach (var (minute, index) in minutes.Select((m, i) => (m, i)))
        {
            history = history.Append(new RevisionDraft($"Text {index}.") { At = TestData.Morning + Duration.FromMinutes(minute) }, TestData.Clock()).History;
        }

        return history;
    }
}
