using System.Text;

namespace ArticleRevisions.Cli.Tests;

public class Utf8OutputTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // Letters, non-ASCII of two and three bytes, surrogate pairs, and lone surrogates of both kinds.
    private static readonly string[] Pieces = ["a", "text ", "\n", "é", "Київ", "東京", "😀", "👍🏽", "\uD83D", "\uDE00", "\uD800x", "z\uDFFF", new string('w', 5000)];

    [Fact]
    public void Writes_the_bytes_a_utf8_stream_writer_writes_whatever_the_pieces()
    {
        var random = new Random(2026);
        for (var round = 0; round < 400; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 60)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var cuts = Cuts(random, text.Length);

            Assert.Equal(ThroughStreamWriter(text, cuts), ThroughUtf8Output(text, cuts));
        }
    }

    [Fact]
    public void Joins_a_surrogate_pair_split_between_two_writes()
    {
        var bytes = ThroughUtf8Output("😀", [1]);

        Assert.Equal(Encoding.UTF8.GetBytes("😀"), bytes);
    }

    [Fact]
    public void Replaces_a_high_surrogate_left_waiting_at_the_flush()
    {
        var bytes = ThroughUtf8Output("a\uD83D", []);

        Assert.Equal(new byte[] { (byte)'a', 0xEF, 0xBF, 0xBD }, bytes);
    }

    [Fact]
    public void Takes_bytes_after_the_text_written_before_them()
    {
        using var stream = new MemoryStream();
        var output = new Utf8Output(stream);

        output.Write("Kyiv ");
        var room = output.GetSpan(3);
        "{}\n"u8.CopyTo(room);
        output.Advance(3);
        output.Write(new string('x', 200_000));
        "end"u8.CopyTo(output.GetSpan(3));
        output.Advance(3);
        output.Flush();

        Assert.Equal("Kyiv {}\n" + new string('x', 200_000) + "end", Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static int[] Cuts(Random random, int length) =>
        [.. Enumerable.Range(0, random.Next(0, 8)).Select(_ => random.Next(0, length + 1)).Order()];

    private static byte[] ThroughStreamWriter(string text, int[] cuts)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, Utf8, bufferSize: 64 * 1024, leaveOpen: true))
        {
            WriteInPieces(writer, text, cuts);
            writer.Flush();
        }

        return stream.ToArray();
    }

    private static byte[] ThroughUtf8Output(string text, int[] cuts)
    {
        using var stream = new MemoryStream();
        var output = new Utf8Output(stream);
        WriteInPieces(output, text, cuts);
        output.Flush();
        return stream.ToArray();
    }

    /// <summary>Writes the text cut where asked, through each kind of write (a character, a string, a span, a line).</summary>
    private static void WriteInPieces(TextWriter writer, string text, int[] cuts)
    {
        var start = 0;
        foreach (var cut in cuts.Append(text.Length))
        {
            var piece = text[start..cut];
            switch (start % 4)
            {
                case 0:
                    writer.Write(piece);
                    break;
                case 1:
                    writer.Write(piece.AsSpan());
                    break;
                case 2:
                    foreach (var c in piece)
                    {
                        writer.Write(c);
                    }

                    break;
                default:
                    writer.WriteLine(piece);
                    break;
            }

            start = cut;
        }
    }
}
