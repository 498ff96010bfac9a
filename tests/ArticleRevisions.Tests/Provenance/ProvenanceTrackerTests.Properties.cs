using ArticleRevisions.Diffing;
using ArticleRevisions.Model;
using ArticleRevisions.Provenance;
using ArticleRevisions.Text;
using CsCheck;
using NodaTime;

namespace ArticleRevisions.Tests.Provenance;

public sealed partial class ProvenanceTrackerTests
{
    // Few distinct words, so edits collide, repeat and undo one another; separators that make sentences and paragraphs.
    private static readonly string[] Pieces =
    [
        "the", "council", "bridge", "voted", "on", "Monday", "3", "March", "£4.2", "Kyiv", "п'ять", "don't",
        " ", " ", " ", ". ", ", ", "\n\n", "\r\n", "\"", "“",
    ];

    // Now and then a piece of tricky Unicode: combining marks, other line breaks, emoji, unspaced scripts.
    private static readonly Gen<string> APiece = Gen.Frequency((8, Gen.OneOf(Pieces)), (1, TextGen.Text));

    private static readonly Gen<Edit> AnEdit =
        Gen.Select(Gen.Enum<EditKind>(), Gen.Int[0, 1000], Gen.Int[0, 1000], APiece)
            .Select((kind, at, other, piece) => new Edit(kind, at, other, piece));

    private static readonly Gen<(string[] First, Edit[][] Revisions)> AHistory =
        Gen.Select(APiece.Array[0, 40], AnEdit.Array[1, 4].Array[0, 7]);

    private static readonly Gen<DiffOptions> SomeOptions = Gen.OneOf(
        Gen.Const(ProvenanceTracker.DefaultOptions),
        Gen.Const(DiffOptions.Default),
        Gen.Const(ProvenanceTracker.DefaultOptions with { Granularity = DiffGranularity.Character, IgnoreCase = true }),
        Gen.Const(DiffOptions.Default with { Granularity = DiffGranularity.Sentence, DetectMoves = false }));

    private enum EditKind
    {
        Insert,
        Delete,
        Replace,
        Move,
        Revert,
    }

    [Fact]
    public void Every_report_attributes_its_sentences_and_words_in_order_to_revisions_up_to_its_own()
    {
        Gen.Select(AHistory, SomeOptions).Sample(
            (generated, options) =>
            {
                var history = MakeHistory(generated.First, generated.Revisions);

                var reports = ProvenanceTracker.ComputeAll(history, options).ToList();

                Assert.Equal(history.Count, reports.Count);
                foreach (var report in reports)
                {
                    AssertConsistent(history, report);
                }

                if (history.Count > 0)
                {
                    var last = ProvenanceTracker.Compute(history, history.Count, options);
                    Assert.Equal(last.Words, reports[^1].Words);
                    Assert.Equal(last.Sentences, reports[^1].Sentences);
                    Assert.Equal(last.Removed, reports[^1].Removed);
                }
            },
            iter: 500);
    }

    private static void AssertConsistent(ArticleHistory history, ProvenanceReport report)
    {
        var text = report.Revision.Text;
        var number = report.Revision.Number;
        Assert.Equal(
            TextSegmenter.SplitSentences(text).Where(s => s.Kind == SegmentKind.Sentence),
            report.Sentences.Select(s => s.Segment));
        Assert.Equal(
            TextSegmenter.SplitWords(text).Where(s => s.Kind != SegmentKind.Whitespace),
            report.Words.Select(w => w.Segment));
        foreach (var item in report.Sentences.Concat(report.Words))
        {
            Assert.Equal(item.Segment.GetText(text), item.Text);
            Assert.InRange(item.Origin.Number, 1, number);
            Assert.Equal(RevisionMark.Of(history.GetRevision(item.Origin.Number)), item.Origin);
            if (item.RestoredIn is { } restored)
            {
                Assert.InRange(restored.Number, item.Origin.Number + 1, number);
            }
        }

        if (number == 1)
        {
            Assert.All(report.Words, w => Assert.Equal(1, w.Origin.Number));
        }

        foreach (var removed in report.Removed)
        {
            Assert.InRange(removed.RemovedIn.Number, 2, number);
            Assert.InRange(removed.Origin.Number, 1, removed.RemovedIn.Number - 1);
            Assert.True(removed.Survived > Duration.Zero);
            Assert.Equal(removed.Text, history.GetRevision(removed.RemovedIn.Number - 1).Text.Substring(removed.Start, removed.Text.Length));
            Assert.False(string.IsNullOrWhiteSpace(removed.Text));
        }
    }

    private static ArticleHistory MakeHistory(string[] first, Edit[][] revisions)
    {
        List<List<string>> versions = [[.. first]];
        foreach (var edits in revisions)
        {
            var pieces = new List<string>(versions[^1]);
            foreach (var edit in edits)
            {
                edit.Apply(pieces, versions);
            }

            versions.Add(pieces);
        }

        var history = ArticleHistory.Create(TestData.Article());
        var clock = TestData.Clock();
        foreach (var pieces in versions)
        {
            clock.Advance(Duration.FromMinutes(10));
            history = history.Append(new RevisionDraft(string.Concat(pieces)), clock).History;
        }

        return history;
    }

    private sealed record Edit(EditKind Kind, int At, int Other, string Piece)
    {
        public void Apply(List<string> pieces, List<List<string>> earlier)
        {
            var at = pieces.Count == 0 ? 0 : At % pieces.Count;
            switch (Kind)
            {
                case EditKind.Insert:
                    pieces.Insert(At % (pieces.Count + 1), Piece);
                    break;
                case EditKind.Delete when pieces.Count > 0:
                    pieces.RemoveRange(at, Math.Min(1 + (Other % 4), pieces.Count - at));
                    break;
                case EditKind.Replace when pieces.Count > 0:
                    pieces[at] = Piece;
                    break;
                case EditKind.Move when pieces.Count > 0:
                    var length = Math.Min(1 + (Other % 6), pieces.Count - at);
                    var moved = pieces.GetRange(at, length);
                    pieces.RemoveRange(at, length);
                    pieces.InsertRange(Other % (pieces.Count + 1), moved);
                    break;
                case EditKind.Revert:
                    pieces.Clear();
                    pieces.AddRange(earlier[Other % earlier.Count]);
                    break;
                default:
                    break;
            }
        }
    }
}
