using ArticleRevisions.Text;
using ArticleRevisions.Timeline;

namespace ArticleRevisions.Rendering;

/// <summary>The words of a <see cref="PhraseLifecycle"/>, shared by its text, Markdown and HTML renderers.</summary>
internal static class SearchLayout
{
    /// <summary>The phrase quoted, with how it was matched: <c>“new offensive” (exact)</c>.</summary>
    public static string Phrase(PhraseLifecycle lifecycle)
    {
        var how = (lifecycle.Options.IgnoreCase, lifecycle.Options.Normalize) switch
        {
            (false, false) => "exact",
            (true, false) => "ignoring case",
            (false, true) => "normalised",
            _ => "ignoring case, normalised",
        };
        return $"“{lifecycle.Phrase}” ({how})";
    }

    public const string Never = "never appears in any revision";

    /// <summary>One row per presence: introducing revision and time, removing revision and time, how long it was there.</summary>
    public static ReportTable Table(PhraseLifecycle lifecycle, NodaTime.DateTimeZone zone)
    {
        var rows = lifecycle.Presences.Select(p => new[]
        {
            $"{p.IntroducedIn.Number}",
            TimeFormat.InZone(p.IntroducedIn.At, zone),
            p.RemovedIn is { } removed ? $"{removed.Number}" : "-",
            p.RemovedIn is { } gone ? TimeFormat.InZone(gone.At, zone) : "still present",
            p.RemovedIn is null ? "-" : DurationText.Format(p.Interval.Duration),
        }).ToArray();
        return new ReportTable(null, ["added in revision", "added at", "removed in revision", "removed at", "present for"], rows, new HashSet<int> { 0, 2 });
    }
}
