namespace ArticleRevisions.Benchmarks.Inputs;

/// <summary>Two versions of a text to compare.</summary>
/// <param name="Shape">Which pair this is.</param>
/// <param name="OldText">The earlier version.</param>
/// <param name="NewText">The later version.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
internal sealed record InputPair(InputShape Shape, string OldText, string NewText);
