using ArticleRevisions.Model;
using ArticleRevisions.Provenance;
using ArticleRevisions.Text;
using CsCheck;

namespace ArticleRevisions.Tests.Provenance;

/// <summary>
/// Provenance checked against an oracle: histories made of known edits (<see cref="KnownEdits"/>) whose every word
/// names the revision that wrote it, so each word's origin is known without asking the tracker.
/// </summary>
public class ProvenanceOracleTests
{
    private static readonly Gen<(List<List<List<string>>> First, (KnownEdits.Kind Kind, int Where, int To)[][] Steps)> AHistory =
        Gen.Select(KnownEdits.Text, KnownEdits.Operation.Array[1, 5].Array[1, 8]);

    [Fact]
    public void Every_word_is_attributed_to_the_revision_that_wrote_it_as_a_property()
    {
        AHistory.Sample((first, steps) =>
        {
            var history = Make(first, steps);

            var report = ProvenanceTracker.Compute(history, history.Count);

            // Words carry their writer's number; marks between them are covered too, but name no writer.
            var text = history.Latest!.Text;
            var words = report.Words.Where(w => w.Segment.Kind == SegmentKind.Word).ToList();
            Assert.All(words, word => Assert.True(
                KnownEdits.Writer(word.Text) == word.Origin.Number,
                $"“{word.Text}” is attributed to revision {word.Origin.Number} in:\n{string.Join("\n---\n", history.Revisions.Select(r => r.Text))}"));
            Assert.Equal(TextSegmenter.SplitWords(text).Count(s => s.Kind == SegmentKind.Word), words.Count);
            Assert.Equal(TextSegmenter.SplitWords(text).Count(s => s.Kind != SegmentKind.Whitespace), report.Words.Count);
        }, iter: 300);
    }

    [Fact]
    public void Text_removed_is_recorded_with_its_writer_and_its_remover_as_a_property()
    {
        AHistory.Sample((first, steps) =>
        {
            var history = Make(first, steps);

            var report = ProvenanceTracker.Compute(history, history.Count);

            Assert.All(report.Removed, removed =>
            {
                var words = TextSegmenter.SplitWords(removed.Text).Where(s => s.Kind == SegmentKind.Word).Select(s => s.GetText(removed.Text)).ToArray();
                Assert.All(words, w => Assert.Equal(KnownEdits.Writer(w), removed.Origin.Number));
                var remover = history.GetRevision(removed.RemovedIn.Number).Text;
                Assert.All(words, w => Assert.DoesNotContain(w, TextSegmenter.SplitWords(remover).Select(s => s.GetText(remover))));
            });
        }, iter: 300);
    }

    [Fact]
    public void Text_removed_is_never_listed_while_it_stands_in_the_text_again_as_a_property()
    {
        AHistory.Sample((first, steps) =>
        {
            var history = Make(first, steps);

            var report = ProvenanceTracker.Compute(history, history.Count);

            // Every word is unique to the place its writer put it, so a listed word that stands in the text was put back.
            var standing = report.Words.Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
            Assert.All(report.Removed, removed => Assert.All(
                TextSegmenter.SplitWords(removed.Text).Where(s => s.Kind == SegmentKind.Word).Select(s => s.GetText(removed.Text)),
                w => Assert.False(
                    standing.Contains(w),
                    $"“{w}” (removed in r{removed.RemovedIn.Number}) stands in:\n{string.Join("\n---\n", history.Revisions.Select(r => r.Text))}\nwords: {string.Join(" ", report.Words.Select(x => $"{x.Text}@{x.Origin.Number}/{x.RestoredIn?.Number}"))}")));
        }, iter: 300);
    }

    [Fact]
    public void Word_runs_keep_every_mark_and_never_reach_across_a_paragraph_break_as_a_property()
    {
        AHistory.Sample((first, steps) =>
        {
            var history = Make(first, steps);

            var report = ArticleRevisions.Reports.BlameReport.Create(history, granularity: ArticleRevisions.Reports.BlameGranularity.Word);

            var text = history.Latest!.Text;
            Assert.All(report.Runs, run => Assert.DoesNotContain("\n\n", run.Text, StringComparison.Ordinal));
            Assert.Equal(
                string.Concat(text.Where(c => !char.IsWhiteSpace(c))),
                string.Concat(report.Runs.SelectMany(r => r.Text).Where(c => !char.IsWhiteSpace(c))));
        }, iter: 300);
    }

    /// <summary>Revision 1 is the first text; each step edits words, moves a paragraph, or undoes the revision before.</summary>
    private static ArticleHistory Make(List<List<List<string>>> first, (KnownEdits.Kind Kind, int Where, int To)[][] steps)
    {
        var clock = TestData.Clock();
        var history = ArticleHistory.Create(TestData.Article());
        var texts = new List<List<List<List<string>>>> { first };
        history = history.Append(new RevisionDraft(KnownEdits.Write(first)), clock).History;
        foreach (var step in steps)
        {
            clock.Advance(NodaTime.Duration.FromMinutes(30));
            var next = KnownEdits.Copy(texts[^1]);
            var (kind, where, to) = step[0];
            if (kind == KnownEdits.Kind.Undo && texts.Count >= 2)
            {
                next = KnownEdits.Copy(texts[^2]);
            }
            else if (kind == KnownEdits.Kind.MoveParagraph)
            {
                KnownEdits.MoveParagraph(next, where, to);
            }
            else
            {
                KnownEdits.EditWords(next, step, history.Count + 1);
            }

            var appended = history.Append(new RevisionDraft(KnownEdits.Write(next)), clock);
            if (appended.Outcome == AppendOutcome.Appended)
            {
                history = appended.History;
                texts.Add(next);
            }
        }

        return history;
    }
}
