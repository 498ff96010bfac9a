namespace ArticleRevisions.Reports;

/// <summary>One revision of a <see cref="TimelineChart"/> and where its bar lies on the chart's scale.</summary>
/// <remarks>This type is immutable and thread-safe, and compares by value.</remarks>
/// <param name="Entry">The revision with its timing and classification.</param>
/// <param name="Offset">How many cells from the chart's start the bar begins; 0 to <see cref="TimelineChart.Width"/>.</param>
/// <param name="Length">How many cells the bar takes; at least 1.</param>
public sealed record TimelineBar(RevisionEntry Entry, int Offset, int Length);
