namespace ArticleRevisions.Benchmarks.Quality;

/// <summary>One scored pair: where it comes from, its category and its annotated text.</summary>
/// <param name="Source"><c>generated</c> or <c>hand-made</c>.</param>
/// <param name="Category">What kind of edit it holds, such as <c>rewrap</c>.</param>
/// <param name="Origin">Where to find it again: a file and line, or a generator seed.</param>
/// <param name="Annotated">The text in the notation of <see cref="AnnotatedText"/>.</param>
internal sealed record QualityCase(string Source, string Category, string Origin, string Annotated);
