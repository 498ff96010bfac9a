using ArticleRevisions.Diffing;
using CsCheck;

namespace ArticleRevisions.Tests.Diffing;

public class EditRegionTests
{
    [Fact]
    public void Holds_the_text_of_its_deletions_and_insertions_read_in_place_or_as_strings_as_a_property()
    {
        Gen.Select(TextGen.Text, TextGen.Text).Sample((a, b) =>
        {
            var result = TextDiffer.Compare(a, b);
            var expected = Reference(result);

            var regions = EditRegion.Collect(result.Spans, a, b).ToList();

            Assert.Equal(expected.Count, regions.Count);
            for (var k = 0; k < regions.Count; k++)
            {
                var region = regions[k];
                Assert.Equal(expected[k], (region.OldStart, region.Removed, region.NewStart, region.Added));
                Assert.True(region.RemovedSpan.SequenceEqual(region.Removed) && region.AddedSpan.SequenceEqual(region.Added));
                Assert.Equal((region.Removed.Length, region.Added.Length), (region.RemovedLength, region.AddedLength));
                Assert.Equal(string.IsNullOrWhiteSpace(region.Removed) && string.IsNullOrWhiteSpace(region.Added), region.IsWhitespaceOnly);
            }
        }, iter: 1000);
    }

    /// <summary>The definition: each run of deletions and insertions, the texts of its deletions joined and of its insertions joined.</summary>
    private static List<(int OldStart, string Removed, int NewStart, string Added)> Reference(DiffResult result)
    {
        var regions = new List<(int, string, int, string)>();
        var spans = result.Spans;
        for (var k = 0; k < spans.Length;)
        {
            if (spans[k].Kind is not (DiffSpanKind.Deleted or DiffSpanKind.Inserted))
            {
                k++;
                continue;
            }

            var first = spans[k];
            string removed = string.Empty, added = string.Empty;
            for (; k < spans.Length && spans[k].Kind is DiffSpanKind.Deleted or DiffSpanKind.Inserted; k++)
            {
                if (spans[k].Kind == DiffSpanKind.Deleted)
                {
                    removed += result.OldTextOf(spans[k]);
                }
                else
                {
                    added += result.NewTextOf(spans[k]);
                }
            }

            regions.Add((first.OldStart, removed, first.NewStart, added));
        }

        return regions;
    }
}
