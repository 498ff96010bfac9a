using ArticleRevisions.Diffing;
using ArticleRevisions.Rendering;
using ArticleRevisions.Text;
using CsCheck;

namespace ArticleRevisions.Tests.Diffing;

/// <summary>The engine's internals: values in, values out, and one walk for both granularities of a summary.</summary>
public class EngineTests
{
    [Fact]
    public void Move_detection_returns_new_findings_and_leaves_the_engines_untouched()
    {
        const string OldText = "First paragraph stays here.\n\nThe bridge opened in 1962 to traffic.\n\nLast one.\n";
        const string NewText = "The bridge opened in 1962 to traffic.\n\nFirst paragraph stays here.\n\nLast one.\n";
        var found = DiffEngine.Run(OldText, NewText, DiffOptions.Default);
        var atoms = found.Atoms.ToArray();

        var moved = MoveDetector.Apply(found, OldText, NewText, DiffOptions.Default);

        Assert.Equal(atoms, found.Atoms);
        Assert.DoesNotContain(found.Atoms, a => a.MoveId != 0);
        Assert.Contains(moved.Atoms, a => a.Kind == DiffSpanKind.MovedFrom);
        Assert.Equal(1, moved.Counts.ParagraphsMoved);
        Assert.Equal(0, found.Counts.ParagraphsMoved);
    }

    [Fact]
    public void A_deletion_beside_an_equal_insertion_with_nothing_kept_between_is_not_a_move()
    {
        // Hand-made findings, as a bounded alignment of a huge input could leave them: the same sentence deleted
        // and inserted side by side. Nothing kept lies between the two ends, so nothing crossed: no move.
        const string Sentence = "The council met on Tuesday evening.";
        var text = "Intro. " + Sentence;
        var whole = new Segment(SegmentKind.Sentence, 7, Sentence.Length);
        var found = new EngineOutput(
            [
                new Atom(DiffSpanKind.Unchanged, 0, 7, 0, 7),
                new Atom(DiffSpanKind.Deleted, 7, Sentence.Length, 7, 0),
                new Atom(DiffSpanKind.Inserted, text.Length, 0, 7, Sentence.Length),
            ],
            [new MoveCandidate(1, UnitLevel.Sentence, whole, IsDeletion: true), new MoveCandidate(2, UnitLevel.Sentence, whole, IsDeletion: false)],
            new DiffStatistics { SentencesAdded = 1, SentencesRemoved = 1 },
            []);

        var moved = MoveDetector.Apply(found, text, text, DiffOptions.Default);

        Assert.DoesNotContain(moved.Atoms, a => a.MoveId != 0);
        Assert.Equal(0, moved.Counts.SentencesMoved);
    }

    [Fact]
    public void Character_granularity_keeps_the_word_level_view_of_the_same_walk_as_a_property()
    {
        var options = Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool)
            .Select((ws, c, p) => new DiffOptions { IgnoreWhitespace = ws, IgnoreCase = c, NormalizePunctuation = p });

        Gen.Select(TextGen.Text, TextGen.Text, options).Sample((a, b, o) =>
        {
            var characters = TextDiffer.Compare(a, b, o with { Granularity = DiffGranularity.Character });
            var words = TextDiffer.Compare(a, b, o with { Granularity = DiffGranularity.Word });

            // A near move's inner edits stay at the granularity asked for; the summary does not quote them.
            Assert.Equal(words.Spans.Select(Shape), characters.WordSpans.Select(Shape));
            Assert.Equal(DiffSummary.Of(words), DiffSummary.Of(characters));
        }, iter: 400);
    }

    private static (DiffSpanKind, int, int, int, int, int) Shape(DiffSpan s) => (s.Kind, s.OldStart, s.OldLength, s.NewStart, s.NewLength, s.MoveId);
}
