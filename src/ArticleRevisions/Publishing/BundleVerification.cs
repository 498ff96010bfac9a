namespace ArticleRevisions.Publishing;

/// <summary>The outcome of checking an evidence bundle that passed: what was checked.</summary>
/// <remarks>This type is immutable and thread-safe, and compares by value.</remarks>
/// <param name="Directory">The bundle's folder.</param>
/// <param name="ManifestSha256">The SHA-256 of its <c>manifest.json</c>, to compare with one published beside the bundle.</param>
/// <param name="FileCount">How many files the manifest lists; every one matched its hash and length.</param>
/// <param name="FromNumber">The earlier revision's number.</param>
/// <param name="ToNumber">The later revision's number.</param>
/// <param name="ToSha256">The later revision's chain hash, recomputed from the bundle: <c>artrev verify HISTORY --expect-sha256</c> ties it to the history.</param>
public sealed record BundleVerification(string Directory, string ManifestSha256, int FileCount, int FromNumber, int ToNumber, string ToSha256);
