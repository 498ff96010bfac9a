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
