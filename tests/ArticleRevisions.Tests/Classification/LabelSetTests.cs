using ArticleRevisions.Classification;

namespace ArticleRevisions.Tests.Classification;

public class LabelSetTests
{
    [Fact]
    public void Lists_labels_in_the_order_the_classifier_finds_them()
    {
        var set = LabelSet.Of(EditLabel.Headline).With(EditLabel.Quotation).With(EditLabel.NumberOrDate).With(EditLabel.Negation);

        Assert.Equal([EditLabel.NumberOrDate, EditLabel.Negation, EditLabel.Quotation, EditLabel.Headline], set.ToImmutableArray());
        Assert.Equal([EditLabel.NumberOrDate, EditLabel.Rewritten], LabelSet.Of(EditLabel.Rewritten).With(EditLabel.NumberOrDate).ToImmutableArray());
    }

    [Fact]
    public void Holds_each_label_alone()
    {
        foreach (var label in Enum.GetValues<EditLabel>())
        {
            var set = LabelSet.Of(label);

            Assert.Equal([label], set.ToImmutableArray());
            Assert.True(set.Contains(label));
            Assert.False(set.IsEmpty);
            Assert.Equal(1, Enum.GetValues<EditLabel>().Count(set.Contains));
        }
    }

    [Fact]
    public void An_empty_set_has_no_labels()
    {
        var set = default(LabelSet);

        Assert.True(set.IsEmpty);
        Assert.Empty(set.ToImmutableArray());
    }
}
