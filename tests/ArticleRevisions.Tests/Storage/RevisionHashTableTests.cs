using System.Text;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Tests.Storage;

public class RevisionHashTableTests
{
    [Fact]
    public void Finds_every_revision_by_its_hash_and_nothing_else()
    {
        var random = new Random(7);
        var hashes = new byte[500 * 32];
        random.NextBytes(hashes);
        var table = RevisionHashTable.Create(hashes, 500);

        var found = Enumerable.Range(1, 500).Select(n => table.NumberOf(Hex(hashes.AsSpan((n - 1) * 32, 32)))).ToArray();

        Assert.Equal(Enumerable.Range(1, 500), found);
        Assert.Equal(0, table.NumberOf(Hex(new byte[32])));
    }

    [Fact]
    public void Tells_apart_hashes_that_share_their_first_eight_bytes()
    {
        var hashes = new byte[3 * 32];
        new Random(3).NextBytes(hashes);
        hashes.AsSpan(0, 8).CopyTo(hashes.AsSpan(32));
        hashes.AsSpan(0, 8).CopyTo(hashes.AsSpan(64));
        var table = RevisionHashTable.Create(hashes, 3);
        var other = hashes[..32];
        other[31] ^= 1;

        Assert.Equal(1, table.NumberOf(Hex(hashes.AsSpan(0, 32))));
        Assert.Equal(2, table.NumberOf(Hex(hashes.AsSpan(32, 32))));
        Assert.Equal(3, table.NumberOf(Hex(hashes.AsSpan(64, 32))));
        Assert.Equal(0, table.NumberOf(Hex(other)));
    }

    [Fact]
    public void Knows_a_hash_only_in_lowercase_hexadecimal_of_full_length()
    {
        var hashes = new byte[32];
        new Random(5).NextBytes(hashes);
        var table = RevisionHashTable.Create(hashes, 1);
        var hex = Convert.ToHexStringLower(hashes);

        Assert.Equal(1, table.NumberOf(Encoding.ASCII.GetBytes(hex)));
        Assert.Equal(0, table.NumberOf(Encoding.ASCII.GetBytes(hex.ToUpperInvariant())));
        Assert.Equal(0, table.NumberOf(Encoding.ASCII.GetBytes(hex[..62])));
        Assert.Equal(0, table.NumberOf(Encoding.ASCII.GetBytes(hex[..63] + "g")));
    }

    [Fact]
    public void Only_the_first_revisions_asked_for_are_in_a_history_s_table()
    {
        using var dir = new TempDirectory();
        var file = HistoryFile.Create(dir.File("h.jsonl"), TestData.Article());
        for (var i = 0; i < 5; i++)
        {
            file.Append(new ArticleRevisions.Model.RevisionDraft($"text {i}") { At = TestData.Morning + NodaTime.Duration.FromMinutes(i) });
        }

        var reopened = HistoryFile.Open(file.Path);
        var readWhole = HistoryFile.Open(file.Path);
        _ = readWhole.History;

        var fromIndex = reopened.RevisionHashes(3);
        var fromHistory = readWhole.RevisionHashes(3);

        int[] expected = [1, 2, 3, 0, 0];
        Assert.Equal(expected, Enumerable.Range(1, 5).Select(n => fromIndex.NumberOf(Encoding.ASCII.GetBytes(reopened.GetRevision(n).Hash))));
        Assert.Equal(expected, Enumerable.Range(1, 5).Select(n => fromHistory.NumberOf(Encoding.ASCII.GetBytes(reopened.GetRevision(n).Hash))));
    }

    private static byte[] Hex(ReadOnlySpan<byte> hash) => Encoding.ASCII.GetBytes(Convert.ToHexStringLower(hash));
}
