using System.Text;
using NodaTime;
using NodaTime.Testing;

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

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("\uFEFFA text that starts with a byte-order mark.\n")]
    [InlineData("Ascii, then é, €, 😀 and ж.\r\n")]
    public void Reads_a_file_into_exactly_the_text_its_bytes_spell(string start)
    {
        using var directory = new TempDirectory();
        foreach (var repeat in (int[])[1, 20_000])
        {
            var text = string.Concat(Enumerable.Repeat(start, repeat));
            var path = directory.Write($"{repeat}.txt", text);

            var read = InputFiles.ReadText(path, Services, "compared");

            Assert.Equal(text, read);
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0x00, 0x62 }, "binary file (NUL byte at offset 1), not text.")]
    [InlineData(new byte[] { 0x61, 0xE9, 0x62 }, "not valid UTF-8 (bad byte 0xE9 at offset 1); convert it to UTF-8 first.")]
    [InlineData(new byte[] { 0x61, 0xE2, 0x82 }, "not valid UTF-8 (bad byte 0xE2 at offset 1); convert it to UTF-8 first.")]
    public void Names_what_is_wrong_with_a_file_that_is_not_utf8_text(byte[] end, string reason)
    {
        using var directory = new TempDirectory();
        var path = directory.File("bad.txt");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes(new string('a', 100_000)), .. end]);

        var error = Assert.Throws<CliException>(() => InputFiles.ReadText(path, Services, "compared"));

        Assert.Equal($"{path}: cannot be compared: {reason.Replace("offset 1", "offset 100001", StringComparison.Ordinal)}", error.Message);
    }

    private static CliServices Services { get; } =
        new(new FakeClock(Instant.FromUtc(2025, 3, 1, 12, 0)), () => Stream.Null, _ => null, OutputIsTerminal: false, TerminalWidth: null);
}
