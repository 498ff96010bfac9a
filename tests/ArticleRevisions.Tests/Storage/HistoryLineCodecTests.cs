using System.Text;
using System.Text.Json;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using CsCheck;
using NodaTime;

namespace ArticleRevisions.Tests.Storage;

/// <summary>The history line codec's own readers, against System.Text.Json's.</summary>
public class HistoryLineCodecTests
{
    // Pieces of a JSON string's content as a line may hold them: plain and multi-byte text, every kind of escape,
    // surrogate pairs escaped and not, lone surrogates escaped (which a reader refuses), and invalid UTF-8.
    private static readonly byte[][] Pieces =
    [
        "plain text "u8.ToArray(), "ёж 東京 "u8.ToArray(), "𝄞"u8.ToArray(), @"\n"u8.ToArray(), @"\r\n"u8.ToArray(), @"\t"u8.ToArray(),
        @"\"""u8.ToArray(), @"\\"u8.ToArray(), @"\/"u8.ToArray(), @"\b\f"u8.ToArray(), @"\u0041"u8.ToArray(), @"\u00e9"u8.ToArray(),
        @"\u2028"u8.ToArray(), @"\uD834\uDD1E"u8.ToArray(), @"\ud834\udd1e"u8.ToArray(), @"\uD800"u8.ToArray(), @"\uDC00"u8.ToArray(),
        @"\uD800\u0041"u8.ToArray(), [0xC3], [0xFF], [0xED, 0xA0, 0x80],
    ];

    [Fact]
    public void Unescape_gives_what_the_json_reader_copies_and_refuses_what_it_refuses()
    {
        Gen.Int[0, Pieces.Length - 1].Array[0, 12].Sample(ix =>
        {
            var content = ix.SelectMany(i => Pieces[i]).ToArray();
            var json = new byte[content.Length + 2];
            json[0] = json[^1] = (byte)'"';
            content.CopyTo(json, 1);

            string? expected;
            try
            {
                var reader = new Utf8JsonReader(json);
                reader.Read();
                var copy = new char[content.Length];
                expected = new string(copy, 0, reader.CopyString(copy));
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException)
            {
                expected = null;
            }

            var destination = new char[content.Length];
            var length = HistoryLineCodec.Unescape(content, destination);
            var actual = length < 0 ? null : new string(destination, 0, length);

            return actual == expected;
        }, iter: 20000);
    }

    [Fact]
    public void A_full_text_line_is_byte_for_byte_the_line_the_serializer_writes()
    {
        // Texts of characters the encoder escapes and keeps: controls, quotes, backslashes, HTML-sensitive ASCII,
        // line and paragraph separators, private use and unassigned code points, non-characters, CJK, Cyrillic, and
        // pairs outside the basic plane; long enough to be escaped in several pieces.
        string[] pieces = ["a", "The bridge ", "\n", "\r\n", "\t", "\"", "\\", "/", "<b>&amp;'`+", "\u0000", "\u001f", "\u007f", "\u0085",
            "\u00a0", "\u00ad", "ёж", "東京", "\u2028", "\u2029", "\ue000", "\u0378", "\ufdd0", "\uffff", "\ufeff", "𝄞", "😀", "\U000E0001",
            new string('x', 1500), new string('\n', 700)];
        var texts = Gen.Int[0, pieces.Length - 1].Array[1, 40].Select(ix => string.Concat(ix.Select(i => pieces[i])));
        var notes = Gen.Int[0, 2].Select(i => i switch { 0 => null, 1 => "fix \"text\":\"\"}", _ => (string?)"ёж\n" });

        Gen.Select(texts, notes, Gen.Int[1, 100_000]).Sample((text, note, number) =>
        {
            var revision = new Revision(number, Instant.FromUtc(2025, 1, 7, 8, 0), text, new string('a', 64), note: note, title: note, editor: "Jo");

            return HistoryLineCodec.EncodeRevision(revision, null).AsSpan().SequenceEqual(HistoryLineCodec.SerializeRevision(revision, null));
        }, iter: 3000);
    }

    [Fact]
    public void Unescape_of_a_written_text_gives_the_text_back()
    {
        var text = "Line one\nLine \"two\"\t\\ ёж 𝄞 \u2028 <b>&amp;</b>\r\n";
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(text));
        var destination = new char[line.Length];

        var length = HistoryLineCodec.Unescape(line.AsSpan(1, line.Length - 2), destination);

        Assert.Equal(text, new string(destination, 0, length));
    }
}
