using System.Collections.Immutable;
using ArticleRevisions.Diffing;
using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Reports;

/// <summary>
/// The answer to "show me this article's whole history": every revision with its timing, verdict and diff, the
/// reverts, the events (metadata changes, the source gone and back, re-extractions) and the stretches the source
/// was gone. The model of the HTML report.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class HistoryReport
{
    private HistoryReport(RevisionLog log, ImmutableArray<ReportedRevision> revisions, ImmutableArray<RecordedEvent> events, ImmutableArray<SourceOutage> outages, Interval? span)
    {
        Log = log;
        Article = log.Article;
        Revisions = revisions;
        Events = events;
        Outages = outages;
        Span = span;
    }

    /// <summary>Gets the article as it is now (after the latest metadata change).</summary>
    public Article Article { get; }

    /// <summary>Gets the log of every revision, the one <c>artrev log</c> shows.</summary>
    public RevisionLog Log { get; }

    /// <summary>Gets every revision, oldest first.</summary>
    public ImmutableArray<ReportedRevision> Revisions { get; }

    /// <summary>Gets the history's events, in time order.</summary>
    public ImmutableArray<RecordedEvent> Events { get; }

    /// <summary>Gets the stretches of time the source was gone, in time order.</summary>
    public ImmutableArray<SourceOutage> Outages { get; }

    /// <summary>
    /// Gets the time the history covers: from the earliest revision, change window or event to the latest revision,
    /// capture or event; null when the history holds neither revisions nor events.
    /// </summary>
    public Interval? Span { get; }

    /// <summary>Gets how many revisions are substantive edits by the publisher.</summary>
    public int SubstantiveCount => Revisions.Count(r => r.IsSubstantiveEdit);

    /// <summary>Gets how many revisions are stealth edits (substantive, with no note).</summary>
    public int StealthCount => Revisions.Count(r => r.IsStealthEdit);

    /// <summary>Gets how many revisions are cosmetic.</summary>
    public int CosmeticCount => Revisions.Count(r => r.Entry.Classification.Verdict == Classification.EditVerdict.Cosmetic && !r.IsReextraction);

    /// <summary>Gets how many revisions restore an earlier revision's text exactly.</summary>
    public int RevertCount => Revisions.Count(r => r.Restores is not null);

    /// <summary>Gets when the latest substantive edit became current, or null when there is none.</summary>
    public Instant? LastSubstantiveEdit => Revisions.LastOrDefault(r => r.IsSubstantiveEdit)?.Revision.At;

    /// <summary>Builds the report of <paramref name="history"/>.</summary>
    /// <param name="history">The history.</param>
    /// <param name="options">How the diffs compare; <see cref="DiffOptions.Default"/> when null. The verdicts always use the default comparison.</param>
    /// <returns>The report: one comparison per revision after the first, besides the one the classification makes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="history"/> is null.</exception>
    /// <remarks>
    /// A revision restores an earlier one when its text equals, character for character, the text of a revision
    /// before the one just before it; the latest such revision is named.
    /// </remarks>
    public static HistoryReport Create(ArticleHistory history, DiffOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        var reextracted = history.Events
            .Where(e => e.Event.Kind == HistoryEventKind.ExtractionRerun)
            .Select(e => e.Event.RevisionNumber)
            .OfType<int>()
            .ToHashSet();
        var revisions = ImmutableArray.CreateBuilder<ReportedRevision>(history.Count);
        var log = RevisionLog.Create(history);
        foreach (var entry in log.Entries)
        {
            var revision = history.GetRevision(entry.Revision.Number);
            var comparison = revision.Number == 1 ? null : Comparison.OfRevisions(history, history.GetRevision(revision.Number - 1), revision, options, entry.Classification);
            revisions.Add(new ReportedRevision(revision, entry, comparison, entry.Classification.RevertsTo, reextracted.Contains(revision.Number)));
        }

        var events = history.Events.ToImmutableArray();
        var reported = revisions.MoveToImmutable();
        return new HistoryReport(log, reported, events, FindOutages(events), Cover(reported, events));
    }

    private static ImmutableArray<SourceOutage> FindOutages(ImmutableArray<RecordedEvent> events)
    {
        var outages = ImmutableArray.CreateBuilder<SourceOutage>();
        HistoryEvent? gone = null;
        foreach (var @event in events.Select(e => e.Event))
        {
            if (@event.Kind == HistoryEventKind.SourceGone && gone is null)
            {
                gone = @event;
            }
            else if (@event.Kind == HistoryEventKind.SourceReturned && gone is not null)
            {
                outages.Add(new SourceOutage(gone, @event));
                gone = null;
            }
        }

        if (gone is not null)
        {
            outages.Add(new SourceOutage(gone, null));
        }

        return outages.ToImmutable();
    }

    private static Interval? Cover(ImmutableArray<ReportedRevision> revisions, ImmutableArray<RecordedEvent> events)
    {
        var instants = revisions
            .SelectMany(r => new[] { r.Revision.At, r.Entry.Timing.ChangeWindow.Start, r.Entry.Timing.ChangeWindow.End, r.Revision.ObservedAt ?? r.Revision.At })
            .Concat(events.Select(e => e.Event.At))
            .ToArray();
        return instants.Length == 0 ? null : new Interval(instants.Min(), instants.Max());
    }
}
