using System.Collections.Immutable;
using ArticleRevisions.Reports;
using CsCheck;

namespace ArticleRevisions.Tests.Reports;

public class RevertFilterTests
{
    [Fact]
    public void A_walk_holding_only_the_keys_the_filter_keeps_tells_every_revert_as_one_holding_every_key()
    {
        // Keys from a small pool, so texts repeat and removed keys come back; up to 40 keys a revision, so a filter
        // sized for a few keys a revision is crowded and lets many through.
        var key = Gen.ULong[0, 60].Select(Mixed);
        var revision = Gen.Select(key, key.Array[0, 20], key.Array[0, 20]);

        revision.Array[1, 120].Sample(revisions =>
        {
            var keys = revisions.Select(r => ImmutableArray.Create([Key('t', r.Item1), .. r.Item2.Select(k => Key('r', k)), .. r.Item3.Select(k => Key('a', k))])).ToArray();
            var filter = new RevertFilter(keys.Length);
            foreach (var each in keys)
            {
                filter.Observe(each);
            }

            var removed = keys.Sum(k => k.Count(s => s[0] == 'r'));
            var (all, filtered) = (new RevertKeys(keys.Length, removed), new RevertKeys(filter, removed));
            for (var i = 0; i < keys.Length; i++)
            {
                if (all.Observe(i + 1, keys[i]) != filtered.Observe(i + 1, keys[i]))
                {
                    return false;
                }
            }

            return true;
        }, iter: 3000);
    }

    [Fact]
    public void Keeps_every_text_seen_twice_and_every_removed_key_some_revision_adds()
    {
        var filter = new RevertFilter(1000);
        for (var i = 0UL; i < 1000; i++)
        {
            filter.Observe([Key('t', Mixed(i)), Key('a', Mixed(i + 5000))]);
        }

        filter.Observe([Key('t', Mixed(7))]);

        Assert.True(filter.KeepsText(Mixed(7)));
        Assert.All(Enumerable.Range(0, 1000), i => Assert.True(filter.KeepsRemoved(Mixed((ulong)i + 5000))));
        Assert.True(filter.RepeatedTexts < 50, $"{filter.RepeatedTexts} texts held of 1 repeated");
    }

    private static string Key(char mark, ulong value) => $"{mark}{value:x16}";

    private static ulong Mixed(ulong value) => unchecked(value * 0x9E3779B97F4A7C15UL);
}
