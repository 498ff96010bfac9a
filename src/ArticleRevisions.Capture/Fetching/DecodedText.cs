namespace ArticleRevisions.Capture.Fetching;

/// <summary>A body turned into text, with the charset used and where that charset came from.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Text">The decoded text.</param>
/// <param name="Charset">The charset used, by its web name, such as <c>utf-8</c> or <c>windows-1251</c>.</param>
/// <param name="From">Where the charset came from: <c>bom</c>, <c>header</c>, <c>meta</c>, <c>default</c>, or <c>fallback</c> when the declared one did not fit the bytes.</param>
public sealed record DecodedText(string Text, string Charset, string From);
