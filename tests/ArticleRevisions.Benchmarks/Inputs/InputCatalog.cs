namespace ArticleRevisions.Benchmarks.Inputs;

/// <summary>Builds the input pairs, deterministically, from fixed seeds; nothing is read from disk.</summary>
/// <remarks>
/// Sizes are binary: 100 KB is 102,400 characters, 1 MB is 1,048,576 and 10 MB is 10,485,760 (the text is ASCII,
/// so characters and bytes agree); an article stops at the end of the paragraph that reaches its size.
/// This type is thread-safe.
/// </remarks>
internal static class InputCatalog
{
    private const int KB = 1024;
    private const int MB = 1024 * 1024;
    private const double EditedFraction = 0.01;

    private static readonly Lazy<Vocabulary> SharedVocabulary = new(() => new Vocabulary(seed: 2026, contentWords: 6000));

    /// <summary>Gets the vocabulary every input is drawn from.</summary>
    public static Vocabulary Vocabulary => SharedVocabulary.Value;

    /// <summary>Builds the pair of texts for <paramref name="shape"/>.</summary>
    /// <param name="shape">Which pair.</param>
    /// <returns>The pair; the same every time.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="shape"/> is not a defined value.</exception>
    public static InputPair Create(InputShape shape) => shape switch
    {
        InputShape.Edited100KB => Edited(shape, 100 * KB, editSeed: 101),
        InputShape.Edited1MB => Edited(shape, 1 * MB, editSeed: 102),
        InputShape.Edited10MB => Edited(shape, 10 * MB, editSeed: 103),
        InputShape.Rewritten1MB => new InputPair(
            shape,
            ArticleGenerator.Create(Vocabulary, seed: 1, 1 * MB),
            ArticleGenerator.Create(Vocabulary, seed: 2, 1 * MB)),
        InputShape.RepeatedLines => new InputPair(
            shape,
            RepeatedLines.Create(Vocabulary, values: 50, lines: 100_000, seed: 11),
            RepeatedLines.Create(Vocabulary, values: 50, lines: 100_000, seed: 12)),
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "Not a known input shape."),
    };

    private static InputPair Edited(InputShape shape, int length, int editSeed)
    {
        // Every size starts from the same seed, so the smaller articles are beginnings of the larger ones.
        var original = ArticleGenerator.Create(Vocabulary, seed: 1, length);
        return new InputPair(shape, original, WordEditor.Edit(original, EditedFraction, Vocabulary, editSeed));
    }
}
