using System.Text;
using ArticleRevisions.Text;

namespace ArticleRevisions.Tests.Text;

public class ArticleTextTests
{
    [Fact]
    public void Keeps_a_byte_order_mark_CRLF_and_a_missing_final_newline()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Київ\r\nline")];

        var text = ArticleText.Decode(bytes, "x.txt");

        Assert.Equal("\uFEFFКиїв\r\nline", text);
    }

    [Fact]
    public void Refuses_a_binary_file_naming_the_offset()
    {
        var e = Assert.Throws<TextDecodingException>(() => ArticleText.Decode("abc\0def"u8, "photo.jpg"));

        Assert.Equal("photo.jpg", e.SourceName);
        Assert.Equal(3, e.ByteOffset);
        Assert.StartsWith("photo.jpg: binary file", e.Message);
    }

    [Theory]
    [InlineData("utf-16", "UTF-16 text (little-endian, byte-order mark FF FE)")]
    [InlineData("utf-16BE", "UTF-16 text (big-endian, byte-order mark FE FF)")]
    public void Names_UTF16_with_a_byte_order_mark_and_says_how_to_convert_it(string encoding, string start)
    {
        var utf16 = Encoding.GetEncoding(encoding);
        byte[] bytes = [.. utf16.GetPreamble(), .. utf16.GetBytes("Київ")];

        var e = Assert.Throws<TextDecodingException>(() => ArticleText.Decode(bytes, "statement.txt"));

        Assert.StartsWith(start, e.Reason);
        Assert.Contains("iconv -f UTF-16 -t UTF-8", e.Reason);
    }

    [Theory]
    [InlineData("utf-16", "little-endian, no byte-order mark")]
    [InlineData("utf-16BE", "big-endian, no byte-order mark")]
    public void Recognises_UTF16_without_a_byte_order_mark_by_its_NUL_bytes(string encoding, string kind)
    {
        var bytes = Encoding.GetEncoding(encoding).GetBytes("The council met on Monday.\n");

        var e = Assert.Throws<TextDecodingException>(() => ArticleText.Decode(bytes, "statement.txt"));

        Assert.Contains(kind, e.Reason);
    }

    [Fact]
    public void Refuses_a_file_over_the_limit_without_reading_it_and_a_stream_once_past_it()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "big.txt");
        File.WriteAllText(path, "0123456789");

        var file = Assert.Throws<TextTooLargeException>(() => ArticleText.ReadFile(path, maxBytes: 9));
        var stream = Assert.Throws<TextTooLargeException>(() => ArticleText.ReadStream(new MemoryStream(new byte[100_000]), "-", maxBytes: 90_000));

        Assert.Equal((path, 9L, (long?)10), (file.SourceName, file.Limit, file.Size));
        Assert.Equal(("-", (long?)null), (stream.SourceName, stream.Size));
        Assert.Equal("0123456789", ArticleText.ReadFile(path, maxBytes: 10));
        Assert.Equal(64L * 1024 * 1024, ArticleText.DefaultMaxBytes);
    }

    [Fact]
    public void Refuses_invalid_UTF8_naming_the_offset()
    {
        byte[] latin1 = [(byte)'c', (byte)'a', (byte)'f', 0xE9, (byte)'!'];

        var e = Assert.Throws<TextDecodingException>(() => ArticleText.Decode(latin1, "cafe.txt"));

        Assert.Equal(3, e.ByteOffset);
        Assert.Contains("0xE9", e.Message);
    }

    [Fact]
    public void Reads_files_and_streams()
    {
        using var dir = new TempDirectory();
        var path = dir.File("a.txt");
        File.WriteAllText(path, "“quoted”\n");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("from stdin"));

        Assert.Equal("“quoted”\n", ArticleText.ReadFile(path));
        Assert.Equal("from stdin", ArticleText.ReadStream(stream, "-"));
    }
}
