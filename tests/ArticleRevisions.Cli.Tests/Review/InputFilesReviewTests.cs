using System.Reflection;
using System.Text;

namespace ArticleRevisions.Cli.Tests.Review;

/// <summary>rv24: the first pass of InputFiles (counting characters) must accept valid UTF-8 whose sequences straddle its 64 KiB reads.</summary>
public class InputFilesReviewTests
{
    private static readonly MethodInfo CountCharacters = typeof(Cli.InputFiles).GetMethod("CountCharacters", BindingFlags.NonPublic | BindingFlags.Static)!;

    [Theory]
    [InlineData(65535, "é")]
    [InlineData(65534, "€")]
    [InlineData(65533, "😀")]
    [InlineData(65536, "é")]
    public void Counts_a_valid_text_whose_sequence_straddles_a_read(int asciiBefore, string straddling)
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', asciiBefore) + straddling + new string('b', 100_000));
        using var stream = new MemoryStream(bytes);
        var buffer = new byte[64 * 1024];

        var count = (int)CountCharacters.Invoke(null, [stream, buffer, bytes.Length])!;

        Assert.Equal(Encoding.UTF8.GetCharCount(bytes), count);
    }

    [Fact]
    public void Still_refuses_an_invalid_sequence_at_a_read_boundary()
    {
        var bytes = Encoding.ASCII.GetBytes(new string('a', 65535)).Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.ASCII.GetBytes(new string('b', 1000))).ToArray();
        using var stream = new MemoryStream(bytes);

        var count = (int)CountCharacters.Invoke(null, [stream, new byte[64 * 1024], bytes.Length])!;

        Assert.Equal(-1, count);
    }
}
