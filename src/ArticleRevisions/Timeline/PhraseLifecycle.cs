using System.Collections.Immutable;
using ArticleRevisions.Model;

namespace ArticleRevisions.Timeline;

/// <summary>The answer to "when was this phrase in the article?": every stretch of time it was there, oldest first.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Article">The article searched.</param>
/// <param name="Phrase">The phrase searched for.</param>
/// <param name="Options">How it was matched.</param>
/// <param name="Presences">The stretches, oldest first; empty when the phrase never appeared.</param>
public sealed record PhraseLifecycle(Article Article, string Phrase, PhraseSearchOptions Options, ImmutableArray<PhrasePresence> Presences)
{
    /// <summary>Gets whether the phrase appeared in any revision.</summary>
    public bool EverPresent => !Presences.IsEmpty;

    /// <summary>Gets whether the phrase is in the latest revision.</summary>
    public bool PresentNow => !Presences.IsEmpty && Presences[^1].RemovedIn is null;

    /// <summary>Compares by value, including the presences.</summary>
    /// <param name="other">The other lifecycle.</param>
    /// <returns><see langword="true"/> when phrase, options and presences are equal.</returns>
    public bool Equals(PhraseLifecycle? other) =>
        other is not null && Article == other.Article && Phrase == other.Phrase && Options == other.Options && Presences.SequenceEqual(other.Presences);

    /// <summary>Returns a hash code consistent with <see cref="Equals(PhraseLifecycle)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Phrase, Presences.Length);
}
