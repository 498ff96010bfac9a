using System.Collections.Immutable;
using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Reports;

/// <summary>One article of a <see cref="CollectionIndex"/>: its counts, its latest substantive edit and a mark per revision.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CollectionEntry
{
    private CollectionEntry(string name, HistoryReport report)
    {
        Name = name;
        Article = report.Article;
        RevisionCount = report.Revisions.Length;
        SubstantiveCount = report.SubstantiveCount;
        StealthCount = report.StealthCount;
        CosmeticCount = report.CosmeticCount;
        RevertCount = report.RevertCount;
        EventCount = report.Events.Length;
        LastSubstantiveEdit = report.LastSubstantiveEdit;
        Latest = report.Revisions.IsEmpty ? null : report.Revisions[^1].Revision.At;
        Span = report.Span;
        GoneSince = report.Outages is [.., { Returned: null } open] ? open.Gone.At : null;
        Marks = [.. report.Revisions.Select(ActivityMark.From)];
    }

    /// <summary>Gets the history's name in its collection: its file name without <c>.jsonl</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the article.</summary>
    public Article Article { get; }

    /// <summary>Gets how many revisions the history has.</summary>
    public int RevisionCount { get; }

    /// <summary>Gets how many revisions are substantive edits.</summary>
    public int SubstantiveCount { get; }

    /// <summary>Gets how many revisions are stealth edits.</summary>
    public int StealthCount { get; }

    /// <summary>Gets how many revisions are cosmetic.</summary>
    public int CosmeticCount { get; }

    /// <summary>Gets how many revisions restore an earlier text.</summary>
    public int RevertCount { get; }

    /// <summary>Gets how many events the history has.</summary>
    public int EventCount { get; }

    /// <summary>Gets when the latest substantive edit became current, or null when there is none.</summary>
    public Instant? LastSubstantiveEdit { get; }

    /// <summary>Gets when the latest revision became current, or null when there is none.</summary>
    public Instant? Latest { get; }

    /// <summary>Gets the time the history covers, or null when it is empty.</summary>
    public Interval? Span { get; }

    /// <summary>Gets when the source went away, when it had not come back by the end of the history; otherwise null.</summary>
    public Instant? GoneSince { get; }

    /// <summary>Gets one mark per revision, oldest first.</summary>
    public ImmutableArray<ActivityMark> Marks { get; }

    /// <summary>Summarises <paramref name="report"/> as an entry named <paramref name="name"/>.</summary>
    /// <param name="name">The history's name in its collection, such as its file name without <c>.jsonl</c>; not empty.</param>
    /// <param name="report">The history's report.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public static CollectionEntry From(string name, HistoryReport report)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(report);
        return new CollectionEntry(name, report);
    }

    /// <summary>Compares by value, including the marks.</summary>
    /// <param name="other">The other entry.</param>
    /// <returns><see langword="true"/> when every value is equal.</returns>
    public bool Equals(CollectionEntry? other) =>
        other is not null && Name == other.Name && Article == other.Article && RevisionCount == other.RevisionCount
        && SubstantiveCount == other.SubstantiveCount && StealthCount == other.StealthCount && CosmeticCount == other.CosmeticCount
        && RevertCount == other.RevertCount && EventCount == other.EventCount && LastSubstantiveEdit == other.LastSubstantiveEdit
        && Latest == other.Latest && Span == other.Span && GoneSince == other.GoneSince && Marks.SequenceEqual(other.Marks);

    /// <summary>Returns a hash code consistent with <see cref="Equals(CollectionEntry)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Name, RevisionCount, LastSubstantiveEdit, Marks.Length);
}
