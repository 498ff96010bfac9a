using System.Text;

namespace ArticleRevisions.Cli.Tests;

/// <summary>The first pass over an input file counts its characters in 64 KiB reads; a UTF-8 sequence may straddle two of them.</summary>
public class InputFilesTests
{
    private const int ReadSize = 64 * 1024;

    [Theory]
    [InlineData(ReadSize - 1, "é")]
    [InlineData(ReadSize - 2, "€")]
    [InlineData(ReadSize - 3, "😀")]
    [InlineData(ReadSize - 1, "😀")]
    [InlineData(ReadSize, "é")]
    public void Counts_a_valid_text_whose_sequence_straddles_a_read(int asciiBefore, string straddling)
    {
        var bytes = Encoding.UTF8.GetBytes(new string('a', asciiBefore) + straddling + new string('b', 100_000));
        using var stream = new MemoryStream(bytes);

        var count = InputFiles.CountCharacters(stream, new byte[ReadSize], bytes.Length);

        Assert.Equal(Encoding.UTF8.GetCharCount(bytes), count);
    }

    [Fact]
    public void Counts_a_text_of_two_byte_characters_that_straddle_every_read()
    {
        var bytes = Encoding.UTF8.GetBytes("a" + new string('ж', 200_000));
        using var stream = new MemoryStream(bytes);

        Assert.Equal(200_001, InputFiles.CountCharacters(stream, new byte[ReadSize], bytes.Length));
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    [InlineData(new byte[] { 0xE2, 0x82 })]
    [InlineData(new byte[] { 0x80, 0x80 })]
    public void Refuses_an_invalid_sequence_at_a_read_boundary(byte[] invalid)
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes(new string('a', ReadSize - 1)), .. invalid, .. Encoding.ASCII.GetBytes(new string('b', 1000))];
        using var stream = new MemoryStream(bytes);

        Assert.Equal(-1, InputFiles.CountCharacters(stream, new byte[ReadSize], bytes.Length));
    }

    [Fact]
    public void Refuses_a_text_that_ends_inside_a_sequence()
    {
        byte[] bytes = [.. Encoding.ASCII.GetBytes(new string('a', 70_000)), 0xE2, 0x82];
        using var stream = new MemoryStream(bytes);

        Assert.Equal(-1, InputFiles.CountCharacters(stream, new byte[ReadSize], bytes.Length));
    }
}
