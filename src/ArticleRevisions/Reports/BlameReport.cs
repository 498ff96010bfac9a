using System.Collections.Immutable;
using ArticleRevisions.Model;
using ArticleRevisions.Provenance;
using ArticleRevisions.Storage;
using ArticleRevisions.Text;

namespace ArticleRevisions.Reports;

/// <summary>The answer to "who wrote what?": a revision's text attributed to the revisions that introduced it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class BlameReport
{
    private BlameReport(Article article, BlameGranularity granularity, ProvenanceReport provenance, ImmutableArray<AttributedSegment> runs)
    {
        Article = article;
        Granularity = granularity;
        Provenance = provenance;
        Runs = runs;
    }

    /// <summary>Gets the article.</summary>
    public Article Article { get; }

    /// <summary>Gets the revision explained.</summary>
    public Revision Revision => Provenance.Revision;

    /// <summary>Gets whether sentences or words are attributed.</summary>
    public BlameGranularity Granularity { get; }

    /// <summary>Gets the full provenance of the revision: every sentence and word with its origin, and the text removed.</summary>
    public ProvenanceReport Provenance { get; }

    /// <summary>Gets the sentences, or the words and marks, of the revision with their origins, as <see cref="Granularity"/> asks.</summary>
    public IReadOnlyList<AttributedSegment> Segments => Granularity == BlameGranularity.Word ? Provenance.Words : Provenance.Sentences;

    /// <summary>
    /// Gets the revision's text in runs by origin: each sentence, or each run of consecutive words and marks that
    /// share an origin and a restoring revision, from its first word or mark to its last (the white space between
    /// them included), so every character but white space lies in a run.
    /// </summary>
    public ImmutableArray<AttributedSegment> Runs { get; }

    /// <summary>Attributes revision <paramref name="revisionNumber"/> of <paramref name="history"/>.</summary>
    /// <param name="history">The history.</param>
    /// <param name="revisionNumber">The revision to explain; the latest when null.</param>
    /// <param name="granularity">Whether to attribute sentences or words.</param>
    /// <returns>The report; costs one diff for each revision up to the one explained.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The history has no such revision (or none at all).</exception>
    public static BlameReport Create(ArticleHistory history, int? revisionNumber = null, BlameGranularity granularity = BlameGranularity.Sentence)
    {
        ArgumentNullException.ThrowIfNull(history);
        return Create(history.Article, ProvenanceTracker.Compute(history, revisionNumber ?? history.Count), granularity);
    }

    /// <summary>Attributes revision <paramref name="revisionNumber"/> of a history file, resuming from the provenance checkpoint kept beside it.</summary>
    /// <param name="file">The history file.</param>
    /// <param name="revisionNumber">The revision to explain; the latest when null.</param>
    /// <param name="granularity">Whether to attribute sentences or words.</param>
    /// <returns>The report, equal to what <see cref="Create(ArticleHistory, int?, BlameGranularity)"/> gives for the file's history.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="file"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The file has no such revision (or none at all).</exception>
    /// <exception cref="HistoryFormatException">A line read on the way is damaged or does not match its hash.</exception>
    /// <remarks>
    /// <para>
    /// The revisions are read from the file in order, one text at a time. The walk's state where it stops is kept in
    /// a checkpoint beside the history (<c>NAME.blame</c>, replaced atomically), keyed by the chain hash of the
    /// revision it was taken at and by the version of the walk and of the diff engine; the next report of that
    /// revision or a later one starts there, so it costs one diff per revision appended since. A checkpoint that
    /// is missing, stale or damaged is ignored and rebuilt; a version 1 file, read whole and read-only, keeps none.
    /// </para>
    /// <para>Writing the checkpoint is best effort: a folder that cannot be written to still gets its report.</para>
    /// </remarks>
    public static BlameReport Create(HistoryFile file, int? revisionNumber = null, BlameGranularity granularity = BlameGranularity.Sentence)
    {
        ArgumentNullException.ThrowIfNull(file);
        var number = revisionNumber ?? file.Count;
        if (number < 1 || number > file.Count)
        {
            throw new ArgumentOutOfRangeException(
                nameof(revisionNumber),
                number,
                file.Count == 0 ? "The history has no revisions." : $"The history has revisions 1 to {file.Count}.");
        }

        return Create(file.Article, BlameCheckpoints.Compute(file, number), granularity);
    }

    private static BlameReport Create(Article article, ProvenanceReport provenance, BlameGranularity granularity)
    {
        var runs = granularity == BlameGranularity.Word ? WordRuns(provenance) : provenance.Sentences.ToImmutableArray();
        return new BlameReport(article, granularity, provenance, runs);
    }

    /// <summary>Runs of consecutive words and marks of one origin and restoring revision, none reaching across a paragraph break.</summary>
    private static ImmutableArray<AttributedSegment> WordRuns(ProvenanceReport report)
    {
        var source = report.Revision.Text;
        var words = report.Words;
        var paragraphEnds = TextSegmenter.SplitParagraphs(source).Where(p => p.Kind == SegmentKind.Paragraph).Select(p => p.End).ToArray();
        var paragraph = 0;
        var runs = ImmutableArray.CreateBuilder<AttributedSegment>();
        for (var i = 0; i < words.Count;)
        {
            while (paragraph < paragraphEnds.Length - 1 && paragraphEnds[paragraph] <= words[i].Segment.Start)
            {
                paragraph++;
            }

            var end = paragraph < paragraphEnds.Length ? paragraphEnds[paragraph] : source.Length;
            var j = i;
            while (j + 1 < words.Count
                && words[j + 1].Segment.Start < end
                && words[j + 1].Origin.Number == words[i].Origin.Number
                && words[j + 1].RestoredIn?.Number == words[i].RestoredIn?.Number)
            {
                j++;
            }

            var segment = new Segment(SegmentKind.Word, words[i].Segment.Start, words[j].Segment.End - words[i].Segment.Start);
            runs.Add(new AttributedSegment(segment, segment.GetText(source), words[i].Origin, words[i].RestoredIn));
            i = j + 1;
        }

        return runs.ToImmutable();
    }
}
