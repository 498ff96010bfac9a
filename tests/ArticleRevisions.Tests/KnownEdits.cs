using CsCheck;

namespace ArticleRevisions.Tests;

/// <summary>
/// Texts edited by known operations, so a test knows the right answer: paragraphs of sentences of words that are
/// all different (<c>r1w7</c>: word 7, written by revision 1), edited at most once per sentence, or by moving a
/// whole paragraph, or by undoing the revision before.
/// </summary>
internal static class KnownEdits
{
    /// <summary>One operation; positions are taken modulo what the text has.</summary>
    public enum Kind
    {
        Insert,
        Delete,
        Replace,
        MoveParagraph,
        Undo,
    }

    /// <summary>A text as paragraphs of sentences of words.</summary>
    public static readonly Gen<List<List<List<string>>>> Text =
        Gen.Int[5, 8].Array[1, 3].Array[1, 4].Select(paragraphs =>
        {
            var next = 0;
            return paragraphs.Select(sentences => sentences.Select(words => Enumerable.Range(0, words).Select(_ => $"r1w{next++}").ToList()).ToList()).ToList();
        });

    public static readonly Gen<(Kind Kind, int Where, int To)> Operation =
        Gen.Select(Gen.Enum<Kind>(), Gen.Int[0, 10_000], Gen.Int[0, 10_000]);

    public static string Write(List<List<List<string>>> paragraphs) =>
        string.Join("\n\n", paragraphs.Select(p => string.Join(" ", p.Select(s => string.Join(" ", s) + ".")))) + "\n";

    public static List<List<List<string>>> Copy(List<List<List<string>>> paragraphs) =>
        paragraphs.Select(p => p.Select(s => s.ToList()).ToList()).ToList();

    /// <summary>
    /// Applies word operations to distinct sentences of <paramref name="text"/>, new words being written by
    /// <paramref name="revision"/>; returns the words removed and added. Moves and undos are not word operations
    /// and are left to the caller.
    /// </summary>
    public static (List<string> Removed, List<string> Added) EditWords(List<List<List<string>>> text, IEnumerable<(Kind Kind, int Where, int To)> operations, int revision)
    {
        var sentences = text.SelectMany(p => p).ToList();
        var touched = new HashSet<int>();
        var (removed, added) = (new List<string>(), new List<string>());
        var fresh = 0;
        foreach (var (kind, where, to) in operations)
        {
            var index = where % sentences.Count;
            if (kind is Kind.MoveParagraph or Kind.Undo || !touched.Add(index))
            {
                continue;
            }

            var sentence = sentences[index];
            var at = to % sentence.Count;
            var word = $"r{revision}w{fresh++}x{index}";
            switch (kind)
            {
                case Kind.Insert:
                    sentence.Insert(at, word);
                    added.Add(word);
                    break;
                case Kind.Delete when sentence.Count > 5:
                    removed.Add(sentence[at]);
                    sentence.RemoveAt(at);
                    break;
                case Kind.Replace:
                    removed.Add(sentence[at]);
                    sentence[at] = word;
                    added.Add(word);
                    break;
            }
        }

        return (removed, added);
    }

    /// <summary>Moves paragraph <paramref name="where"/> to place <paramref name="to"/>; returns its text, or null when there is nowhere else to go.</summary>
    public static List<List<string>>? MoveParagraph(List<List<List<string>>> text, int where, int to)
    {
        if (text.Count < 2)
        {
            return null;
        }

        var from = where % text.Count;
        var paragraph = text[from];
        text.RemoveAt(from);
        var target = to % (text.Count + 1);
        if (target == from)
        {
            target = (target + 1) % (text.Count + 1);
        }

        text.Insert(target, paragraph);
        return paragraph;
    }

    /// <summary>The revision that wrote a word: the number after its <c>r</c>.</summary>
    public static int Writer(string word) => int.Parse(word[1..word.IndexOf('w', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
}
