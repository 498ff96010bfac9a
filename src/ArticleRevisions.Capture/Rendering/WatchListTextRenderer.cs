using System.Globalization;
using ArticleRevisions.Capture.Watching;
using ArticleRevisions.Rendering;
using ArticleRevisions.Text;

namespace ArticleRevisions.Capture.Rendering;

/// <summary>Writes a <see cref="WatchListing"/> as a table: id, kind, interval, revisions, state and URL, one source a line under a header line.</summary>
/// <remarks>
/// Columns are left-aligned and separated by two spaces; the last is not padded. Control characters a page or a
/// feed put in an id or URL are shown as visible symbols. This type is immutable and thread-safe.
/// </remarks>
public sealed class WatchListTextRenderer : IRenderer<WatchListing>
{
    private static readonly string[] Header = ["id", "kind", "every", "revisions", "state", "url"];

    /// <inheritdoc/>
    public void Render(WatchListing model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var rows = model.Entries.Select(e => new[]
        {
            e.Source.Id,
            e.Source.Kind == WatchSourceKind.Feed ? "feed" : "page",
            IntervalText.Format(e.Source.Interval),
            e.Revisions?.ToString(CultureInfo.InvariantCulture) ?? "-",
            e.State switch
            {
                null => "feed",
                { Gone: true } => "gone",
                { Broken: true } => "broken",
                { TooLarge: true } => "too large",
                { LastCheck: null } => "never checked",
                { LastCheck: { } at } => $"checked {TimeFormat.Utc(at)}",
            },
            e.Source.Url.AbsoluteUri,
        }.Select(WatchTextRenderer.Visible).ToArray()).Prepend(Header).ToList();
        var widths = Enumerable.Range(0, Header.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            writer.Write(string.Join("  ", row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]))).TrimEnd() + "\n");
        }
    }
}
