namespace ArticleRevisions.Benchmarks.Inputs;

/// <summary>
/// A made-up English-like vocabulary: common English function words followed by thousands of content words built
/// from syllables, drawn with Zipf frequencies so that a few words are very common and most are rare, as in prose.
/// </summary>
/// <remarks>
/// A small vocabulary would make every word recur hundreds of times and flatter (or punish) the diff algorithms
/// unrealistically, so the content words number in the thousands. The same seed always gives the same words.
/// This type is immutable after construction; <see cref="Draw"/> is as thread-safe as the <see cref="Random"/> given.
/// </remarks>
internal sealed class Vocabulary
{
    private static readonly string[] FunctionWords =
    [
        "the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "was", "on", "with", "as", "by", "at",
        "from", "this", "be", "are", "or", "an", "have", "not", "were", "which", "but", "their", "has", "its",
        "they", "had", "been", "more", "one", "also", "after", "when", "who", "will", "would", "there", "can",
        "all", "new", "about", "into", "than", "other", "some", "said", "two", "first", "over", "most", "only",
        "while", "where", "before", "under", "between", "during", "because", "however", "people", "year", "time",
    ];

    private static readonly string[] Onsets =
    [
        "", "b", "br", "c", "ch", "cl", "cr", "d", "dr", "f", "fl", "fr", "g", "gl", "gr", "h", "j", "k", "l", "m",
        "n", "p", "pl", "pr", "qu", "r", "s", "sc", "sh", "sl", "sp", "st", "str", "t", "th", "tr", "v", "w", "wh", "z",
    ];

    private static readonly string[] Nuclei = ["a", "e", "i", "o", "u", "a", "e", "i", "o", "ai", "ea", "ee", "oo", "ou", "io", "y"];

    private static readonly string[] Codas = ["", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "rk", "ng", "ck", "nt", "rt"];

    private static readonly string[] Suffixes = ["", "", "", "", "", "s", "ed", "ing", "er", "ly", "tion", "ment", "ness", "al", "ous", "ive"];

    private readonly string[] words;
    private readonly double[] cumulative;

    /// <summary>Initializes a new instance of the <see cref="Vocabulary"/> class.</summary>
    /// <param name="seed">The seed the content words are built from.</param>
    /// <param name="contentWords">How many distinct content words to build.</param>
    public Vocabulary(int seed, int contentWords)
    {
        var random = new Random(seed);
        var distinct = new HashSet<string>(FunctionWords, StringComparer.Ordinal);
        var list = new List<string>(FunctionWords);
        while (list.Count < FunctionWords.Length + contentWords)
        {
            var word = BuildWord(random);
            if (word.Length >= 2 && distinct.Add(word))
            {
                list.Add(word);
            }
        }

        words = [.. list];

        // Zipf with exponent 1: the word of rank r is drawn with weight 1/r.
        cumulative = new double[words.Length];
        var total = 0.0;
        for (var rank = 0; rank < words.Length; rank++)
        {
            total += 1.0 / (rank + 1);
            cumulative[rank] = total;
        }

        for (var rank = 0; rank < words.Length; rank++)
        {
            cumulative[rank] /= total;
        }
    }

    /// <summary>Gets the number of distinct words.</summary>
    public int Count => words.Length;

    /// <summary>Draws a word with Zipf frequencies.</summary>
    /// <param name="random">The source of randomness.</param>
    /// <returns>A lowercase word.</returns>
    public string Draw(Random random)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble());
        return words[index < 0 ? Math.Min(~index, words.Length - 1) : index];
    }

    private static string BuildWord(Random random)
    {
        // Mostly one and two syllables, with a suffix now and then, so words average about five letters, as in English.
        var syllables = random.Next(20) switch
        {
            < 7 => 1,
            < 15 => 2,
            < 19 => 3,
            _ => 4,
        };
        var builder = new System.Text.StringBuilder();
        for (var s = 0; s < syllables; s++)
        {
            builder.Append(Pick(random, Onsets)).Append(Pick(random, Nuclei));
            if (s == syllables - 1 || random.Next(3) == 0)
            {
                builder.Append(Pick(random, Codas));
            }
        }

        return builder.Append(Pick(random, Suffixes)).ToString();
    }

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];
}
