using System.Security.Cryptography;
using System.Text;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Tests.Storage;

public class RawSourceStoreTests
{
    private static readonly byte[] Html = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>Ukraine conducts combat operations.</p>\n", 200)));

    [Fact]
    public void Stores_bytes_by_their_hash_compressed_and_gives_them_back_exactly()
    {
        using var dir = new TempDirectory();
        var store = RawSourceStore.ForHistory(dir.File("h.jsonl"));

        var reference = store.Put(Html, "text/html; charset=utf-8");

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Html)), reference.Sha256);
        Assert.Equal(Html.Length, reference.Length);
        Assert.Equal(Html, store.Get(reference));
        var blob = Directory.GetFiles(store.Directory, "*.br", SearchOption.AllDirectories).Single();
        Assert.True(new FileInfo(blob).Length < Html.Length / 10);
    }

    [Fact]
    public void Putting_the_same_bytes_twice_keeps_one_blob()
    {
        using var dir = new TempDirectory();
        var store = new RawSourceStore(dir.File("s"));

        Assert.Equal(store.Put(Html, "text/html"), store.Put(Html, "text/html"));
        Assert.Single(Directory.GetFiles(store.Directory, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_damaged_blob_is_refused_rather_than_returned()
    {
        using var dir = new TempDirectory();
        var store = new RawSourceStore(dir.File("s"));
        var reference = store.Put(Html, "text/html");
        var other = store.Put("something else"u8, "text/html");
        var blob = Directory.GetFiles(store.Directory, reference.Sha256 + ".br", SearchOption.AllDirectories).Single();
        File.Copy(Directory.GetFiles(store.Directory, other.Sha256 + ".br", SearchOption.AllDirectories).Single(), blob, overwrite: true);

        var e = Assert.Throws<InvalidDataException>(() => store.Get(reference));

        Assert.Contains(reference.Sha256, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_blob_is_a_file_not_found_naming_its_hash()
    {
        using var dir = new TempDirectory();
        var store = new RawSourceStore(dir.File("s"));

        var e = Assert.Throws<FileNotFoundException>(() => store.Get(new RawSourceReference(new string('a', 64), "text/html", 3)));

        Assert.Contains(new string('a', 64), e.Message, StringComparison.Ordinal);
        Assert.False(store.Contains(new RawSourceReference(new string('a', 64), "text/html", 3)));
    }
}
