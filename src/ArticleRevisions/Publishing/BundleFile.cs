namespace ArticleRevisions.Publishing;

/// <summary>One file of an evidence bundle as its manifest lists it: where it is, its SHA-256 and length, and what it holds.</summary>
/// <remarks>This type is immutable and thread-safe, and compares by value.</remarks>
/// <param name="Path">The path inside the bundle's folder, with <c>/</c> between folders, such as <c>raw/….html</c>.</param>
/// <param name="Sha256">The SHA-256 of the file's bytes, 64 lowercase hexadecimal digits.</param>
/// <param name="Length">The file's length in bytes.</param>
/// <param name="Description">What the file holds, in a few words.</param>
public sealed record BundleFile(string Path, string Sha256, long Length, string Description);
