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

    [Fact]
    public void A_history_longer_than_the_index_blocks_held_finds_every_revision_and_reads_any_one_after_a_walk()
    {
        // 1,100 revisions: 18 blocks of 64 index entries, more than the 16 a history holds at once.
        using var dir = new TempDirectory();
        var path = dir.File("h.jsonl");
        HistoryFile.Create(path, TestData.Article()).Append(new ArticleRevisions.Model.RevisionDraft("text 0") { At = TestData.Morning });
        using (var batch = HistoryFile.Open(path).BeginBatch())
        {
            for (var i = 1; i < 1100; i++)
            {
                batch.Append(new ArticleRevisions.Model.RevisionDraft($"text {i}") { At = TestData.Morning + NodaTime.Duration.FromMinutes(i) });
            }

            batch.Commit();
        }

        var expected = HistoryFile.Read(path).Revisions.Select(r => r.Hash).ToArray();
        var file = HistoryFile.Open(path);

        var table = file.RevisionHashes(1100);
        var found = expected.Select(h => table.NumberOf(Encoding.ASCII.GetBytes(h))).ToArray();

        Assert.Equal(Enumerable.Range(1, 1100), found);
        Assert.Equal(expected, file.RevisionStamps.Select(s => s.Hash));
        Assert.Equal("text 3", file.GetRevision(4).Text);
        Assert.Equal("text 1099", file.GetRevision(1100).Text);
        Assert.Equal(expected[9], file.GetRevision(10).Hash);
    }

    private static byte[] Hex(ReadOnlySpan<byte> hash) => Encoding.ASCII.GetBytes(Convert.ToHexStringLower(hash));
}
