using ArticleRevisions.Model;
using ArticleRevisions.Provenance;
using NodaTime;

namespace ArticleRevisions.Tests.Provenance;

public class RemovedTextTests
{
    [Fact]
    public void Survived_runs_from_the_origin_to_the_removal()
    {
        var (origin, remover) = TwoRevisions(Duration.FromHours(3) + Duration.FromMinutes(35));

        var removed = new RemovedText("new offensive", 27, origin, remover);

        Assert.Equal(Duration.FromMinutes(215), removed.Survived);
    }

    [Fact]
    public void Compares_by_value()
    {
        var (origin, remover) = TwoRevisions(Duration.FromMinutes(5));

        var one = new RemovedText("new offensive", 27, origin, remover);
        var same = new RemovedText("new " + "offensive", 27, origin, remover);
        var elsewhere = new RemovedText("new offensive", 28, origin, remover);

        Assert.Equal(one, same);
        Assert.Equal(one.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(one, elsewhere);
    }

    private static (RevisionMark Origin, RevisionMark Remover) TwoRevisions(Duration apart)
    {
        var clock = TestData.Clock();
        var history = ArticleHistory.Create(TestData.Article()).Append(new RevisionDraft("new offensive"), clock).History;
        clock.Advance(apart);
        history = history.Append(new RevisionDraft("offensive"), clock).History;
        return (RevisionMark.Of(history.GetRevision(1)), RevisionMark.Of(history.GetRevision(2)));
    }
}
