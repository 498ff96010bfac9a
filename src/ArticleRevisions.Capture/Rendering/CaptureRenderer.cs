using System.Globalization;
using ArticleRevisions.Capture.Capturing;
using ArticleRevisions.Diffing;
using ArticleRevisions.Text;
using ArticleRevisions.Timeline;
using NodaTime;

namespace ArticleRevisions.Capture.Rendering;

/// <summary>Writes a capture's outcome as one line of text, such as <c>bridge: revision 2 added, +8 -4 words (HTTP 200)</c>.</summary>
/// <remarks>Thread-safe; writes nothing but the line and its newline.</remarks>
public static class CaptureRenderer
{
    /// <summary>Writes <paramref name="result"/> as one line.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="result">The capture's outcome.</param>
    /// <param name="zone">The zone times are shown in; the article's when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> or <paramref name="result"/> is null.</exception>
    public static void WriteLine(TextWriter output, CaptureResult result, DateTimeZone? zone = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        output.WriteLine(Describe(result, zone ?? result.Article.Zone));
    }

    /// <summary>Describes <paramref name="result"/> in one line, without a newline.</summary>
    /// <param name="result">The capture's outcome.</param>
    /// <param name="zone">The zone times are shown in.</param>
    /// <returns>The line.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Describe(CaptureResult result, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(zone);
        var http = result.Fetch?.StatusCode is { } code ? $" (HTTP {code.ToString(CultureInfo.InvariantCulture)})" : string.Empty;
        var what = result.Outcome switch
        {
            CaptureOutcome.Added or CaptureOutcome.Back when result.Revision is { } revision => $"{(result.Outcome == CaptureOutcome.Back ? "back; " : string.Empty)}revision {revision.Number} added at {TimeFormat.InZone(revision.At, zone)}, {Words(result)}{http}",
            CaptureOutcome.Back => $"back, text unchanged{http}",
            CaptureOutcome.NotModified => "not modified (HTTP 304)",
            CaptureOutcome.Unchanged => $"unchanged{http}",
            CaptureOutcome.ReExtracted => $"re-extracted with {result.Extractor} ({result.Detail}); recorded as an extraction change, not an edit",
            CaptureOutcome.Gone => $"gone: {result.Detail}",
            CaptureOutcome.StillGone => $"still gone: {result.Detail}",
            CaptureOutcome.Broken => result.Detail ?? "broken source",
            CaptureOutcome.TooLarge => $"too large: {result.Detail}",
            CaptureOutcome.Failed => $"failed: {result.Detail}",
            _ => result.Outcome.ToString(),
        };
        return $"{result.Article.Id}: {what}";
    }

    private static string Words(CaptureResult result)
    {
        var statistics = TextDiffer.Compare(result.Previous?.Text ?? string.Empty, result.Revision?.Text ?? string.Empty).Statistics;
        return result.Previous is null
            ? $"first version, {statistics.WordsAdded.ToString(CultureInfo.InvariantCulture)} words"
            : $"+{statistics.WordsAdded.ToString(CultureInfo.InvariantCulture)} -{statistics.WordsRemoved.ToString(CultureInfo.InvariantCulture)} words";
    }
}
