using System.Text;
using ArticleRevisions.Classification;
using ArticleRevisions.Reports;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Tests.Reports;

/// <summary>Facts read from sidecar lines: equal facts shared, unusable lines refused.</summary>
public class FactsTableTests
{
    private static readonly byte[] Version = Encoding.UTF8.GetBytes("2.9");

    [Fact]
    public void Lines_with_equal_facts_give_one_shared_instance_and_lines_that_differ_their_own()
    {
        var table = new FactsTable();

        var first = Read(table, Line('a', "[2,3,0,0,1,0,0,0,1,0,1]", "Substantive", "\"TextAdded\",\"Rewritten\"", "\"t0000000000000001\",\"r0000000000000002\""));
        var same = Read(table, Line('b', "[2,3,0,0,1,0,0,0,1,0,1]", "Substantive", "\"TextAdded\",\"Rewritten\"", "\"t0000000000000003\""));
        var otherOrder = Read(table, Line('c', "[2,3,0,0,1,0,0,0,1,0,1]", "Substantive", "\"Rewritten\",\"TextAdded\"", "\"t0000000000000004\""));
        var otherCount = Read(table, Line('d', "[2,4,0,0,1,0,0,0,1,0,1]", "Substantive", "\"TextAdded\",\"Rewritten\"", "\"t0000000000000005\""));

        Assert.Same(first, same);
        Assert.Equal([EditLabel.TextAdded, EditLabel.Rewritten], first.Labels);
        Assert.Equal([EditLabel.Rewritten, EditLabel.TextAdded], otherOrder.Labels);
        Assert.Equal(4, otherCount.Statistics.WordsRemoved);
        Assert.True(first.IsStealthEdit);
        Assert.Equal(EditVerdict.Substantive, first.Verdict);
    }

    [Fact]
    public void A_revert_adds_the_label_and_the_revision_it_returns_to()
    {
        var table = new FactsTable();
        var facts = Read(table, Line('a', "[1,1,0,0,1,0,0,0,1,0,0]", "Substantive", "\"Rewritten\"", "\"t0000000000000001\""));

        var partial = table.AsRevert(facts, null);
        var whole = table.AsRevert(facts, 3);

        Assert.Same(partial, table.AsRevert(facts, null));
        Assert.Equal([EditLabel.Rewritten, EditLabel.Revert], partial.Labels);
        Assert.Null(partial.RevertsTo);
        Assert.Equal(3, whole.RevertsTo);
        Assert.Equal([EditLabel.Rewritten], facts.Labels);
    }

    [Theory]
    [InlineData("[1,1,0,0,1,0,0,0,1,0]", "Substantive", "\"Rewritten\"", "\"t0000000000000001\"")]
    [InlineData("[1,1,0,0,1,0,0,0,1,0,0]", "Perfect", "\"Rewritten\"", "\"t0000000000000001\"")]
    [InlineData("[1,1,0,0,1,0,0,0,1,0,0]", "Substantive", "\"Rewrote\"", "\"t0000000000000001\"")]
    [InlineData("[1,1,0,0,1,0,0,0,1,0,0]", "Substantive", "\"Rewritten\"", "\"r0000000000000001\"")]
    [InlineData("[1,1,0,0,1,0,0,0,1,0,0]", "Substantive", "\"Rewritten\"", "\"t000000000000000G\"")]
    [InlineData("[1,1,0,0,1,0,0,0,1,0,0]", "Substantive", "\"Rewritten\"", "\"t0000000000000001\",\"t0000000000000002\"")]
    public void A_line_with_a_value_not_known_or_keys_not_well_formed_is_not_usable(string counts, string verdict, string labels, string keys)
    {
        var line = new FactsLine();

        Assert.True(line.TryRead(Line('a', counts, verdict, labels, keys), Version));
        Assert.False(FactsTable.IsUsable(line));
        Assert.False(new FactsTable().TryRead(line, out _));
    }

    private static RevisionFacts Read(FactsTable table, byte[] bytes)
    {
        var line = new FactsLine();
        Assert.True(line.TryRead(bytes, Version));
        Assert.True(FactsTable.IsUsable(line));
        Assert.True(table.TryRead(line, out var facts));
        return facts;
    }

    private static byte[] Line(char hash, string counts, string verdict, string labels, string keys) =>
        Encoding.UTF8.GetBytes($"{{\"v\":\"2.9\",\"sha256\":\"{new string(hash, 64)}\",\"counts\":{counts},\"verdict\":\"{verdict}\",\"labels\":[{labels}],\"keys\":[{keys}]}}");
}
