using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Tests.Model;

public class RevisionHasherTests
{
    [Fact]
    public void A_text_is_hashed_as_its_whole_UTF8_encoding_wherever_its_characters_fall_in_the_hashers_chunks()
    {
        var at = Instant.FromUtc(2025, 1, 7, 8, 12);
        // Four-, three- and two-byte characters placed across every offset around the 1,024-byte chunks.
        foreach (var wide in new[] { "𝄞", "€", "ё" })
        {
            for (var pad = 1010; pad < 1030; pad++)
            {
                var text = new string('a', pad) + wide + new string('b', 1000) + wide + wide + "\n" + new string('c', 1021 - pad % 7);

                var hash = RevisionHasher.Compute("prev", 3, at, null, "t", null, "n", null, text, RevisionAttributes.Empty, null);

                Assert.Equal(Reference("prev", "3", RevisionHasher.EncodeInstant(at), null, "t", null, "n", null, text), hash);
            }
        }
    }

    [Fact]
    public void A_text_with_an_unpaired_surrogate_is_refused_as_before()
    {
        Assert.ThrowsAny<ArgumentException>(() => RevisionHasher.Compute(null, 1, Instant.FromUtc(2025, 1, 7, 8, 12), null, null, null, null, null, "a\uD800b", RevisionAttributes.Empty, null));
    }

    /// <summary>The chain hash as the file format defines it: each field tagged, length-prefixed, UTF-8, in one piece.</summary>
    private static string Reference(params string?[] fields)
    {
        var bytes = new List<byte>();
        foreach (var field in fields.Prepend("artrev-revision/1"))
        {
            if (field is null)
            {
                bytes.Add(0);
                continue;
            }

            var encoded = Encoding.UTF8.GetBytes(field);
            var length = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(length, encoded.Length);
            bytes.Add(1);
            bytes.AddRange(length);
            bytes.AddRange(encoded);
        }

        return Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray()));
    }
}
