using ArticleRevisions.Reports;
using CsCheck;

namespace ArticleRevisions.Tests.Reports;

public class KeyTableTests
{
    [Fact]
    public void Answers_as_a_dictionary_does_whatever_the_keys_and_however_much_it_grows()
    {
        // Few distinct keys (many repeats, zero among them) and sizes well past the room asked for.
        var keys = Gen.OneOf(Gen.ULong[0, 40], Gen.ULong, Gen.ULong[0, 40].Select(k => k << 56));
        var operations = Gen.Select(keys, Gen.Int[0, 1000], Gen.Bool).Array[0, 600];

        Gen.Select(operations, Gen.Int[0, 50], Gen.Bool).Sample((ops, room, withNumbers) =>
        {
            var table = new KeyTable(room, withNumbers);
            var expected = new Dictionary<ulong, int>();
            foreach (var (key, number, isLookup) in ops)
            {
                if (isLookup)
                {
                    var found = table.TryGetNumber(key, out var held);
                    if (found != expected.TryGetValue(key, out var want) || table.Contains(key) != found || (withNumbers && found && held != want))
                    {
                        return false;
                    }
                }
                else
                {
                    table.Set(key, number);
                    expected[key] = number;
                }
            }

            return table.Count == expected.Count && expected.Keys.All(table.Contains);
        }, iter: 2000);
    }

    [Fact]
    public void Keeps_the_latest_number_set_for_a_key()
    {
        var table = new KeyTable(1, withNumbers: true);

        table.Set(0, 3);
        table.Set(7, 4);
        table.Set(0, 9);

        Assert.True(table.TryGetNumber(0, out var zero));
        Assert.Equal(9, zero);
        Assert.True(table.TryGetNumber(7, out var seven));
        Assert.Equal(4, seven);
        Assert.False(table.TryGetNumber(8, out _));
        Assert.Equal(2, table.Count);
    }
}
