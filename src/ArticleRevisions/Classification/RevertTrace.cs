using System.Collections.Immutable;
using System.Text;
using System.Text.Unicode;
using ArticleRevisions.Text;

namespace ArticleRevisions.Classification;

/// <summary>
/// What a revision leaves behind for telling later reverts: a fingerprint of its text, and fingerprints of what its
/// edits took out and put in, so a later revision can be matched against it without reading its text again.
/// </summary>
/// <remarks>
/// An edit that turned X into Y leaves the key of "X replaced by Y" as removed; a later edit that turns Y back into X
/// puts in the same key, and so restores it. A removed or added stretch of two words or more also leaves the key of
/// its words alone, so text taken out and put back elsewhere, or with other neighbours, still counts. Moves leave no
/// key: a move takes out and puts in the same text. Keys are the first 64 bits of a SHA-256, as hexadecimal.
/// </remarks>
/// <param name="Text">The fingerprint of the revision's whole text.</param>
/// <param name="Removed">The keys of what its edits took out.</param>
/// <param name="Added">The keys of what its edits put in.</param>
internal sealed record RevertTrace(string Text, ImmutableArray<string> Removed, ImmutableArray<string> Added)
{
    /// <summary>The trace of a revision with <paramref name="text"/> and these edits against the revision before it.</summary>
    public static RevertTrace Of(string text, IEnumerable<EditChange> changes)
    {
        var removed = ImmutableArray.CreateBuilder<string>();
        var added = ImmutableArray.CreateBuilder<string>();
        foreach (var change in changes)
        {
            removed.AddRange(Keys(change.Removed, change.Added, change.Labels));
            added.AddRange(Keys(change.Added, change.Removed, change.Labels));
        }

        return new RevertTrace(Fingerprint(text), removed.ToImmutable(), added.ToImmutable());
    }

    /// <summary>The fingerprint of a whole text, as <see cref="Of"/> gives it in <see cref="Text"/>.</summary>
    public static string TextKey(string text) => Fingerprint(text);

    /// <summary>The keys of one side of an edit: <paramref name="side"/> replaced by (or replacing) <paramref name="other"/>.</summary>
    public static IEnumerable<string> Keys(string side, string other, ImmutableArray<EditLabel> labels)
    {
        if (labels.Contains(EditLabel.Moved))
        {
            yield break;
        }

        var text = KeyNormalizer.CollapseWhitespace(side);
        if (WordScanner.Count(text) == 0)
        {
            yield break;
        }

        // Both directions of one replacement give the same key: X→Y taken out is what Y→X puts in.
        yield return Fingerprint("pair\0" + text + "\0" + KeyNormalizer.CollapseWhitespace(other));
        if (WordScanner.Count(text) >= 2)
        {
            yield return Fingerprint("words\0" + text);
        }
    }

    // The chain's SHA-256: a command that classifies one revision (add, diff) then never loads OpenSSL. The UTF-8
    // bytes (an unpaired surrogate replaced, as Encoding.UTF8 does) pass through a small buffer, so a whole text's key
    // allocates nothing the size of the text.
    private static string Fingerprint(string text)
    {
        using var hash = Model.ChainDigest.Create();
        Span<byte> chunk = stackalloc byte[1024];
        ReadOnlySpan<char> rest = text;
        while (!rest.IsEmpty)
        {
            // A chunk ends before a character that does not fit whole, so no sequence is split.
            Utf8.FromUtf16(rest, chunk, out var read, out var written, replaceInvalidSequences: true);
            hash.AppendData(chunk[..written]);
            rest = rest[read..];
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 8));
    }
}
