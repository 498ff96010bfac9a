using System.Collections.Immutable;
using System.Text;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Tests.Storage;

/// <summary>A sidecar line read into reused buffers says what the decoder says of it.</summary>
public class FactsLineTests
{
    private const string Version = "2.9";

    [Fact]
    public void Reads_every_field_of_written_lines_as_the_decoder_does_one_after_another()
    {
        StoredFacts[] written =
        [
            new(new string('a', 64), "Title \"quoted\" é", "Jo\tBloggs", "a\nnote", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 1], "Substantive", ["TextAdded", "Rewritten"], ["t0123456789abcdef", "r0000000000000001", "afedcba9876543210"]),
            new(new string('b', 64), null, null, null, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], "Original", [], ["t1111111111111111"]),
        ];
        var lines = Lines(written);
        var line = new FactsLine();

        for (var i = 0; i < written.Length; i++)
        {
            var decoded = FactsSidecar.Decode(lines[i], Version)!;

            Assert.True(line.TryRead(lines[i], Encoding.UTF8.GetBytes(Version)));
            Assert.Equal(decoded.Hash, Encoding.ASCII.GetString(line.Hash));
            Assert.Equal((decoded.Title, decoded.Editor, decoded.Note), (line.Title, line.Editor, line.Note));
            Assert.Equal(decoded.Counts, line.Counts.ToArray());
            Assert.Equal(decoded.Verdict, Encoding.UTF8.GetString(line.Verdict));
            Assert.Equal(decoded.Labels, Enumerable.Range(0, line.LabelCount).Select(l => Encoding.UTF8.GetString(line.Label(l))));
            Assert.Equal(decoded.Keys, Enumerable.Range(0, line.KeyCount).Select(k => Encoding.UTF8.GetString(line.Key(k))));
        }
    }

    [Theory]
    [InlineData("{\"v\":\"2.8\",\"sha256\":\"HASH\",\"counts\":[],\"verdict\":\"Original\",\"labels\":[],\"keys\":[]}")]
    [InlineData("{\"v\":\"2.9\",\"counts\":[],\"verdict\":\"Original\",\"labels\":[],\"keys\":[]}")]
    [InlineData("{\"v\":\"2.9\",\"sha256\":\"HASH\",\"counts\":[],\"labels\":[],\"keys\":[]}")]
    [InlineData("{\"v\":\"2.9\",\"sha256\":\"HASH\",\"counts\":[1,2],\"verdict\":\"Original\",\"labels\":[],\"keys\":[\"t01")]
    [InlineData("[1,2,3]")]
    [InlineData("")]
    public void Refuses_a_line_of_another_version_or_missing_a_field_or_cut_short_as_the_decoder_does(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text.Replace("HASH", new string('c', 64), StringComparison.Ordinal));

        Assert.Null(FactsSidecar.Decode(bytes, Version));
        Assert.False(new FactsLine().TryRead(bytes, Encoding.UTF8.GetBytes(Version)));
    }

    [Theory]
    [InlineData("{\"v\":\"2.9\",\"sha256\":\"HASH\",\"counts\":[1.5],\"verdict\":\"Original\",\"labels\":[],\"keys\":[]}")]
    [InlineData("{\"v\":\"2.9\",\"sha256\":\"HASH\",\"counts\":[],\"verdict\":7,\"labels\":[],\"keys\":[]}")]
    [InlineData("{\"v\":\"2.9\",\"sha256\":\"short\",\"counts\":[],\"verdict\":\"Original\",\"labels\":[],\"keys\":[]}")]
    [InlineData("{\"v\":\"2.9\",\"sha256\":\"HASH\",\"title\":5,\"counts\":[],\"verdict\":\"Original\",\"labels\":[],\"keys\":[]}")]
    [InlineData("{\"v\":\"2.9\",\"sha256\":\"HASH\",\"sha256\":\"HASHHASH\",\"counts\":[],\"verdict\":\"Original\",\"labels\":[],\"keys\":[]}")]
    public void Refuses_a_value_of_the_wrong_kind_without_throwing(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text.Replace("HASH", new string('c', 64), StringComparison.Ordinal));

        Assert.False(new FactsLine().TryRead(bytes, Encoding.UTF8.GetBytes(Version)));
        // The decoder that replaces damaged lines reads them too: a wrong kind is no facts, never an exception.
        var decoded = FactsSidecar.Decode(bytes, Version);
        Assert.True(decoded is null || decoded.Hash.Length != 64, $"decoded {decoded?.Hash}");
    }

    [Fact]
    public void A_name_given_twice_adds_to_the_first_as_the_decoder_does()
    {
        var text = "{\"v\":\"2.9\",\"sha256\":\"" + new string('d', 64) + "\",\"counts\":[1],\"verdict\":\"Cosmetic\",\"labels\":[\"Moved\"],\"keys\":[\"t1\"],\"labels\":[\"Headline\"],\"counts\":[2]}";
        var bytes = Encoding.UTF8.GetBytes(text);
        var line = new FactsLine();
        var decoded = FactsSidecar.Decode(bytes, Version)!;

        Assert.True(line.TryRead(bytes, Encoding.UTF8.GetBytes(Version)));
        Assert.Equal(decoded.Labels, Enumerable.Range(0, line.LabelCount).Select(l => Encoding.UTF8.GetString(line.Label(l))));
        Assert.Equal(decoded.Counts, line.Counts.ToArray());
    }

    private static byte[][] Lines(StoredFacts[] facts)
    {
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        FactsSidecar.Append(path, Version, facts);
        var bytes = File.ReadAllBytes(FactsSidecar.PathFor(path));
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 1;
            }
        }

        return [.. lines];
    }
}
