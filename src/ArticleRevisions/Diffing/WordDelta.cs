using System.Text.RegularExpressions;

namespace ArticleRevisions.Diffing;

/// <summary>How many words one version of a text adds and removes compared with another.</summary>
/// <remarks>
/// Words are runs of letters and digits, joined by inner apostrophes or hyphens; punctuation and white space are
/// not counted. A changed word counts once as removed and once as added. This type is immutable and thread-safe.
/// </remarks>
/// <param name="Added">The number of words in the new text that the old text does not have at that place.</param>
/// <param name="Removed">The number of words in the old text that the new text does not have at that place.</param>
public readonly partial record struct WordDelta(int Added, int Removed)
{
    /// <summary>Counts the words added and removed going from <paramref name="oldText"/> to <paramref name="newText"/>.</summary>
    /// <param name="oldText">The earlier text.</param>
    /// <param name="newText">The later text.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static WordDelta Between(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        var blocks = SequenceDiffer.Diff(Words(oldText), Words(newText));
        return new WordDelta(blocks.Sum(b => b.NewCount), blocks.Sum(b => b.OldCount));
    }

    private static string[] Words(string text) => WordPattern().Matches(text).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
