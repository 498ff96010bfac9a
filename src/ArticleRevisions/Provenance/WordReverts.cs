using ArticleRevisions.Text;

namespace ArticleRevisions.Provenance;

/// <summary>
/// Remembers the words each revision removes and gives words a later revision puts back (a revert) the origins
/// they had.
/// </summary>
/// <remarks>
/// A word counts as put back when the words either side of it are the words that stood either side of it when it
/// was removed, or when one of them is and was itself put back, which extends a restored run to its ends. Matching
/// by neighbours rather than by text alone keeps a common word such as "the" from taking the origin of some
/// unrelated "the" removed long ago.
/// </remarks>
internal sealed class WordReverts(KeyNormalizer keys)
{
    private readonly RemovedWordIndex removedWords = new();

    /// <summary>Gets the words removed so far and not put back, oldest first.</summary>
    public IEnumerable<RemovedWord> Unclaimed => removedWords.Unclaimed;

    /// <summary>Gets every word remembered, put back or not, in the order they were remembered.</summary>
    public IReadOnlyList<RemovedWord> All => removedWords.All;

    /// <summary>Remembers a word removed before a checkpoint the walk resumes from.</summary>
    public void Add(RemovedWord word) => removedWords.Add(word);

    /// <summary>Remembers each whole word in the deleted ranges, so a later revert can give it back its origin.</summary>
    /// <returns>The remembered words by their token index in the old text.</returns>
    public Dictionary<int, RemovedWord> Remember(CharacterOrigins old, IReadOnlyList<(int Start, int Length)> deletions, int number)
    {
        var (text, tokens) = (old.Text, old.Tokens);
        var lost = new Dictionary<int, RemovedWord>();
        foreach (var (start, length) in deletions)
        {
            foreach (var t in WordsWithin(tokens, start, length))
            {
                var token = tokens[t];
                var word = new RemovedWord(
                    Key(text, tokens, t),
                    Key(text, tokens, tokens.PreviousWord(t)),
                    Key(text, tokens, tokens.NextWord(t)),
                    old.Origins[token.Start..token.End],
                    old.RestoredIn[token.Start..token.End],
                    number);
                removedWords.Add(word);
                lost[t] = word;
            }
        }

        return lost;
    }

    /// <summary>Gives inserted words that revision <paramref name="number"/> put back the origins they had before they were removed.</summary>
    public void PutBack(CharacterOrigins next, IReadOnlyList<(int Start, int Length)> insertions, int number)
    {
        var (text, tokens) = (next.Text, next.Tokens);
        var candidates = insertions.SelectMany(i => WordsWithin(tokens, i.Start, i.Length)).ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var back = new bool[tokens.Count];

        // Left to right, so each word put back can vouch for the next; then right to left for the first words of runs.
        foreach (var t in candidates)
        {
            var (key, left, right) = (Key(text, tokens, t), tokens.PreviousWord(t), tokens.NextWord(t));
            var word = removedWords.TakeBoth(key, Key(text, tokens, left), Key(text, tokens, right))
                ?? (left >= 0 && back[left] ? removedWords.TakeLeft(key, Key(text, tokens, left)) : null);
            if (word is not null)
            {
                Restore(tokens[t], word);
                back[t] = true;
            }
        }

        for (var c = candidates.Count - 1; c >= 0; c--)
        {
            var t = candidates[c];
            var right = tokens.NextWord(t);
            if (!back[t] && right >= 0 && back[right] && removedWords.TakeRight(Key(text, tokens, t), Key(text, tokens, right)) is { } word)
            {
                Restore(tokens[t], word);
                back[t] = true;
            }
        }

        FillBetweenRestoredWords(next, insertions, back);

        void Restore(Segment token, RemovedWord word)
        {
            // A word taken out and put back by one revision was moved by it, not restored, so each character keeps
            // the restoring revision that went with its own origin.
            var moved = word.RemovedIn == number;
            var sameLength = word.Origins.Length == token.Length;
            for (var i = 0; i < token.Length; i++)
            {
                var from = sameLength ? i : 0;
                next.Origins[token.Start + i] = word.Origins[from];
                next.RestoredIn[token.Start + i] = moved ? word.RestoredIn[from] : number;
            }
        }
    }

    /// <summary>Gives punctuation and white space inside a run of restored words of one origin that origin too.</summary>
    private static void FillBetweenRestoredWords(CharacterOrigins next, IReadOnlyList<(int Start, int Length)> insertions, bool[] back)
    {
        var tokens = next.Tokens;
        foreach (var (start, length) in insertions)
        {
            if (length == 0)
            {
                continue;
            }

            for (var t = tokens.IndexAt(start); t < tokens.Count && tokens[t].Start < start + length; t++)
            {
                var token = tokens[t];
                if (token.Kind == SegmentKind.Word || token.Start < start || token.End > start + length)
                {
                    continue;
                }

                int left = tokens.PreviousWord(t), right = tokens.NextWord(t);
                if (left < 0 || right < 0 || !back[left] || !back[right]
                    || tokens[left].Start < start || tokens[right].End > start + length)
                {
                    continue;
                }

                var before = tokens[left].End - 1;
                if (next.Origins[before] != next.Origins[tokens[right].Start])
                {
                    continue;
                }

                Array.Fill(next.Origins, next.Origins[before], token.Start, token.Length);
                Array.Fill(next.RestoredIn, next.RestoredIn[before], token.Start, token.Length);
            }
        }
    }

    /// <summary>The indexes of the words lying wholly inside [<paramref name="start"/>, <paramref name="start"/> + <paramref name="length"/>).</summary>
    private static IEnumerable<int> WordsWithin(TokenTable tokens, int start, int length)
    {
        if (length == 0)
        {
            yield break;
        }

        for (var t = tokens.IndexAt(start); t < tokens.Count && tokens[t].Start < start + length; t++)
        {
            if (tokens[t].Kind == SegmentKind.Word && tokens[t].Start >= start && tokens[t].End <= start + length)
            {
                yield return t;
            }
        }
    }

    private string Key(string text, TokenTable table, int index) =>
        index < 0 ? string.Empty : keys.Key(text, table[index].Start, table[index].Length);
}
