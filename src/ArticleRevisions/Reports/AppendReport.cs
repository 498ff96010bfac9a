using ArticleRevisions.Diffing;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Reports;

/// <summary>The outcome of adding a version to a history: the revision added (or the one it equalled) and the words it changed.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class AppendReport
{
    private AppendReport(Article article, AppendResult result, DiffStatistics? change)
    {
        Article = article;
        Result = result;
        Change = change;
    }

    /// <summary>Gets the article.</summary>
    public Article Article { get; }

    /// <summary>Gets whether a revision was added, and which: the new one, or the latest when the text was unchanged.</summary>
    public AppendResult Result { get; }

    /// <summary>Gets the counts of the comparison with the revision before (with empty text for the first), or null when nothing was added.</summary>
    public DiffStatistics? Change { get; }

    /// <summary>Appends <paramref name="draft"/> to <paramref name="file"/> and measures what it changed.</summary>
    /// <param name="file">The history file; its line is written before this returns.</param>
    /// <param name="draft">The new version.</param>
    /// <param name="clock">Supplies "now": the time of a draft without one, and the bound its times may not pass.</param>
    /// <returns>The report; the comparison with the previous revision is the only diff made, and its facts are added to the file's facts sidecar.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FutureTimeException">A time of the draft is in the future (see <see cref="RevisionDraft.CheckNotInFuture"/>); nothing is written.</exception>
    /// <remarks>Every exception of <see cref="HistoryFile.Append(RevisionDraft, IClock)"/> passes through unchanged.</remarks>
    public static AppendReport AppendTo(HistoryFile file, RevisionDraft draft, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(clock);
        draft.CheckNotInFuture(clock.GetCurrentInstant());

        // The file's latest revision, not its whole history: an append reads the header and the tail only.
        var before = file.Latest;
        var result = file.Append(draft, clock);
        if (result.Outcome != AppendOutcome.Appended)
        {
            return new AppendReport(file.Article, result, null);
        }

        // Another writer may have appended in between; then the revision before is read from the file.
        var number = result.Revision.Number;
        var previous = number == 1 ? null : before?.Number == number - 1 ? before : file.GetRevision(number - 1);

        // The one comparison an append needs also gives the facts a log shows, kept in the facts sidecar.
        return new AppendReport(file.Article, result, HistoryFacts.Record(file, previous, result.Revision).Statistics);
    }
}
