using System.Globalization;
using ArticleRevisions.Capture.Capturing;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Capture.Rendering;

/// <summary>What a capture found, in words: the text that follows the source's id in a line of output.</summary>
internal static class CaptureText
{
    public static string What(CaptureResult result, DateTimeZone zone)
    {
        var http = result.Fetch?.StatusCode is { } code ? $" (HTTP {code.ToString(CultureInfo.InvariantCulture)})" : string.Empty;
        var moved = result.Events.FirstOrDefault(e => e.Event.Article is not null)?.Event.Article?.Source is { } to ? $"; moved to {to.AbsoluteUri}" : string.Empty;
        return result.Outcome switch
        {
            CaptureOutcome.Added or CaptureOutcome.Back when result.Revision is { } revision => $"{(result.Outcome == CaptureOutcome.Back ? "back; " : string.Empty)}revision {revision.Number} added at {TimeFormat.InZone(revision.At, zone)}, {Words(result)}{http}{moved}",
            CaptureOutcome.Back => $"back, text unchanged{http}{moved}",
            CaptureOutcome.NotModified => "not modified (HTTP 304)",
            CaptureOutcome.Unchanged => $"unchanged{http}{moved}",
            CaptureOutcome.ReExtracted => $"re-extracted with {result.Extractor} ({result.Detail}) as revision {result.Revision?.Number}; recorded as an extraction change, not an edit",
            CaptureOutcome.Gone => $"gone: {result.Detail}",
            CaptureOutcome.StillGone => $"still gone: {result.Detail}",
            CaptureOutcome.Broken => result.Detail ?? "broken source",
            CaptureOutcome.TooLarge => $"too large: {result.Detail}",
            CaptureOutcome.Failed => $"failed: {result.Detail}",
            _ => result.Outcome.ToString(),
        };
    }

    private static string Words(CaptureResult result) =>
        result.Previous is null
            ? $"first version, {(result.WordsAdded ?? 0).ToString(CultureInfo.InvariantCulture)} words"
            : $"+{(result.WordsAdded ?? 0).ToString(CultureInfo.InvariantCulture)} -{(result.WordsRemoved ?? 0).ToString(CultureInfo.InvariantCulture)} words";
}
