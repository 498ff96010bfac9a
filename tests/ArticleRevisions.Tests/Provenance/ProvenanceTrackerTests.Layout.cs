using ArticleRevisions.Diffing;
using ArticleRevisions.Provenance;
using ArticleRevisions.Text;
using CsCheck;

namespace ArticleRevisions.Tests.Provenance;

public sealed partial class ProvenanceTrackerTests
{
    [Fact]
    public void A_layout_made_from_the_revision_before_equals_one_cut_from_scratch_as_a_property()
    {
        Gen.Select(AHistory, SomeOptions).Sample(
            (generated, options) =>
            {
                var history = MakeHistory(generated.First, generated.Revisions);
                if (history.Count == 0)
                {
                    return;
                }

                var layout = TextLayout.Of(history.GetRevision(1).Text, options.Keys);
                for (var n = 2; n <= history.Count; n++)
                {
                    var (old, text) = (history.GetRevision(n - 1).Text, history.GetRevision(n).Text);
                    var map = CharacterMap.From(TextDiffer.Compare(old, text, options).Alignment, text.Length);

                    layout = layout.Next(text, map, options.Keys);

                    var fresh = TextLayout.Of(text, options.Keys);
                    Assert.Equal(TextSegmenter.SplitWords(text), layout.Tokens.Segments);
                    Assert.Equal(TextSegmenter.SplitSentences(text).Where(s => s.Kind == SegmentKind.Sentence), layout.Sentences);
                    Assert.Equal(fresh.Keys, layout.Keys);
                    Assert.Equal(layout.Sentences.Select(s => options.Keys.Key(text, s.Start, s.Length)), layout.Keys);
                    var words = layout.Tokens.Segments.Select((s, i) => (s, i)).Where(x => x.s.Kind == SegmentKind.Word).Select(x => x.i).ToList();
                    for (var t = 0; t < layout.Tokens.Count; t++)
                    {
                        Assert.Equal(layout.Tokens.Segments[t], layout.Tokens[t]);
                        Assert.Equal(words.LastOrDefault(w => w < t, -1), layout.Tokens.PreviousWord(t));
                        Assert.Equal(words.FirstOrDefault(w => w > t, -1), layout.Tokens.NextWord(t));
                    }

                    for (var i = 0; i < text.Length; i++)
                    {
                        var token = layout.Tokens[layout.Tokens.IndexAt(i)];
                        Assert.InRange(i, token.Start, token.End - 1);
                    }
                }
            },
            iter: 500);
    }
}
