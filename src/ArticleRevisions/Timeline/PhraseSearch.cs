using System.Collections.Immutable;
using System.Text;
using ArticleRevisions.Model;
using ArticleRevisions.Text;

namespace ArticleRevisions.Timeline;

/// <summary>
/// Follows a phrase through a history, like git's pickaxe for prose: when it appeared, when it disappeared, and
/// when it came back.
/// </summary>
/// <remarks>Each revision's text is searched once; the cost is linear in the total text. This type is stateless and thread-safe.</remarks>
public static class PhraseSearch
{
    /// <summary>Finds every stretch of time during which <paramref name="phrase"/> was in the article.</summary>
    /// <param name="history">The history.</param>
    /// <param name="phrase">The phrase; not empty.</param>
    /// <param name="options">How to match; exact when null.</param>
    /// <returns>The phrase's lifecycle.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> or <paramref name="phrase"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="phrase"/> is empty (or only white space when normalising).</exception>
    public static PhraseLifecycle Find(ArticleHistory history, string phrase, PhraseSearchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(phrase);
        options ??= PhraseSearchOptions.Exact;
        var needle = Prepare(phrase, options);
        if (needle.Length == 0)
        {
            throw new ArgumentException("The phrase to search for is empty.", nameof(phrase));
        }

        var comparison = options.IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var presences = ImmutableArray.CreateBuilder<PhrasePresence>();
        Revision? since = null;
        var occurrences = 0;
        foreach (var revision in history.Revisions)
        {
            var count = Count(Prepare(revision.Text, options), needle, comparison);
            if (count > 0 && since is null)
            {
                since = revision;
                occurrences = count;
            }
            else if (count == 0 && since is not null)
            {
                presences.Add(new PhrasePresence(since, revision, occurrences));
                since = null;
            }
        }

        if (since is not null)
        {
            presences.Add(new PhrasePresence(since, null, occurrences));
        }

        return new PhraseLifecycle(history.Article, phrase, options, presences.ToImmutable());
    }

    private static string Prepare(string text, PhraseSearchOptions options)
    {
        if (!options.Normalize)
        {
            return text;
        }

        return KeyNormalizer.CollapseWhitespace(KeyNormalizer.Typography(KeyNormalizer.ToNfc(text)));
    }

    private static int Count(string haystack, string needle, StringComparison comparison)
    {
        var count = 0;
        for (var at = haystack.IndexOf(needle, comparison); at >= 0; at = haystack.IndexOf(needle, at + needle.Length, comparison))
        {
            count++;
        }

        return count;
    }
}
