using ArticleRevisions.Text;
using CsCheck;

namespace ArticleRevisions.Tests.Text;

public class ChunkedListTests
{
    [Fact]
    public void Holds_what_a_list_holds_across_many_chunks_as_a_property()
    {
        Gen.Int[-1000, 1000].Array[0, 20_000].Sample(items =>
        {
            var list = new ChunkedList<int>();

            foreach (var item in items)
            {
                list.Add(item);
            }

            Assert.Equal(items.Length, list.Count);
            Assert.Equal(items, list);
            Assert.Equal(items, Enumerate(list));
            Assert.True(items.Length == 0 || list[^1] == items[^1]);
        }, iter: 50);
    }

    [Fact]
    public void Holds_what_a_list_holds_whatever_size_it_was_made_for_as_a_property()
    {
        Gen.Select(Gen.Int[-1000, 1000].Array[0, 10_000], Gen.Int[-5, 10_000]).Sample((items, expected) =>
        {
            var list = new ChunkedList<int>(expected);

            foreach (var item in items)
            {
                list.Add(item);
            }

            Assert.Equal(items.Length, list.Count);
            Assert.Equal(items, list);
        }, iter: 50);
    }

    [Fact]
    public void Rejects_an_index_past_the_end_even_inside_a_chunk()
    {
        var list = new ChunkedList<string> { "a", "b" };

        Assert.Throws<ArgumentOutOfRangeException>(() => list[2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[-1]);
        Assert.Throws<ArgumentOutOfRangeException>(() => list[2] = "c");
    }

    [Fact]
    public void Starts_empty_again_after_clear_and_forgets_what_it_held()
    {
        var list = new ChunkedList<string>();
        for (var k = 0; k < 10_000; k++)
        {
            list.Add(k.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        list.Clear();
        list.Add("again");

        Assert.Equal(["again"], list);
        Assert.Equal(-1, list.IndexOf("9999"));
    }

    [Fact]
    public void Replaces_an_item_in_place()
    {
        var list = new ChunkedList<int>();
        for (var k = 0; k < 5000; k++)
        {
            list.Add(k);
        }

        list[4097] = -1;

        Assert.Equal(-1, list[4097]);
        Assert.Equal(4096, list[4096]);
        Assert.Equal(4097, list.IndexOf(-1));
    }

    [Fact]
    public void Refuses_to_insert_or_remove_as_a_list()
    {
        IList<int> list = new ChunkedList<int> { 1, 2 };

        Assert.Throws<NotSupportedException>(() => list.Insert(0, 0));
        Assert.Throws<NotSupportedException>(() => list.RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => list.Remove(1));
        Assert.Equal([1, 2], list);
    }

    private static List<int> Enumerate(ChunkedList<int> list)
    {
        var seen = new List<int>();
        foreach (var item in list)
        {
            seen.Add(item);
        }

        return seen;
    }
}
