using System.Collections.Immutable;

namespace ArticleRevisions.Timeline;

/// <summary>Every stretch of time during which a phrase was in an article, oldest first.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
/// <param name="Phrase">The phrase searched for.</param>
/// <param name="Options">How it was matched.</param>
/// <param name="Presences">The stretches, oldest first; empty when the phrase never appeared.</param>
public sealed record PhraseLifecycle(string Phrase, PhraseSearchOptions Options, ImmutableArray<PhrasePresence> Presences)
{
    /// <summary>Gets whether the phrase appeared in any revision.</summary>
    public bool EverPresent => !Presences.IsEmpty;

    /// <summary>Gets whether the phrase is in the latest revision.</summary>
    public bool PresentNow => !Presences.IsEmpty && Presences[^1].RemovedIn is null;

    /// <summary>Compares by value, including the presences.</summary>
    /// <param name="other">The other lifecycle.</param>
    /// <returns><see langword="true"/> when phrase, options and presences are equal.</returns>
    public bool Equals(PhraseLifecycle? other) =>
        other is not null && Phrase == other.Phrase && Options == other.Options && Presences.SequenceEqual(other.Presences);

    /// <summary>Returns a hash code consistent with <see cref="Equals(PhraseLifecycle)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Phrase, Presences.Length);
}
