namespace ArticleRevisions.Diffing;

/// <summary>
/// A stretch of new text that continues a stretch of old text: equal text, or text the options count as equal.
/// Character <c>i</c> of the new range continues character <c>min(i, OldLength - 1)</c> of the old range.
/// </summary>
/// <param name="OldStart">Where the old stretch starts.</param>
/// <param name="OldLength">How long the old stretch is; never 0.</param>
/// <param name="NewStart">Where the new stretch starts.</param>
/// <param name="NewLength">How long the new stretch is.</param>
internal readonly record struct AlignedRange(int OldStart, int OldLength, int NewStart, int NewLength);
