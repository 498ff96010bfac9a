using System.Security.Cryptography;
using System.Text;
using ArticleRevisions.Model;

namespace ArticleRevisions.Tests.Model;

public class ChainDigestTests
{
    [Theory]
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    [InlineData("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")]
    public void Gives_the_standard_digests_of_the_standard_examples(string message, string expected)
    {
        using var digest = ChainDigest.CreateManaged();

        digest.AppendData(Encoding.ASCII.GetBytes(message));

        Assert.Equal(expected, Convert.ToHexStringLower(digest.GetHashAndReset()));
    }

    [Fact]
    public void Agrees_with_the_platform_at_every_length_around_the_block_and_padding_boundaries_in_any_pieces()
    {
        var random = new Random(11);
        var lengths = Enumerable.Range(0, 300).Concat([1000, 4095, 4096, 65_537, 1_000_003]);
        foreach (var length in lengths)
        {
            var data = new byte[length];
            random.NextBytes(data);
            using var digest = ChainDigest.CreateManaged();

            for (var at = 0; at < length;)
            {
                var piece = Math.Min(length - at, random.Next(0, 130));
                digest.AppendData(data.AsSpan(at, piece));
                at += piece;
            }

            Assert.Equal(SHA256.HashData(data), digest.GetHashAndReset());
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(55)]
    [InlineData(20_000)]
    public void Hashes_data_in_one_call_as_the_platform_does(int length)
    {
        var data = new byte[length];
        new Random(length).NextBytes(data);

        var digest = ChainDigest.HashData(data);

        Assert.Equal(SHA256.HashData(data), digest);
    }
}
