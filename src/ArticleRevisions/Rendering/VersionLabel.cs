using ArticleRevisions.Reports;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>Names a version for people: its label and, when known, its time in the chosen zone.</summary>
internal static class VersionLabel
{
    /// <summary>Gets <c>label (2025-01-07 10:12:00 +02:00)</c>, or the label alone when there is no time.</summary>
    public static string Describe(ComparedVersion version, DateTimeZone zone) =>
        version.Time is { } instant ? $"{version.Label} ({TimeFormat.InZone(instant, zone)})" : version.Label;
}
