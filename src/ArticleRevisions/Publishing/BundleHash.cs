using System.Security.Cryptography;

namespace ArticleRevisions.Publishing;

/// <summary>The SHA-256 of a bundle's files, written the way the manifest and the history write hashes.</summary>
internal static class BundleHash
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
