using System.Text;
using ArticleRevisions.Capture.Watching;
using ArticleRevisions.Rendering;
using ArticleRevisions.Text;

namespace ArticleRevisions.Capture.Rendering;

/// <summary>
/// Writes what a watch does as lines of text: each event as <c>TIME  ID: what happened</c>, each finished round as
/// <c>Round done: …</c>. Every write is one whole line ending in <c>\n</c>: control characters a page put in its title
/// or a server in its message are shown as visible symbols (␊, ␛), so a line can neither break nor drive a terminal.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class WatchTextRenderer : IRenderer<WatchEvent>, IRenderer<WatchRound>
{
    /// <inheritdoc/>
    public void Render(WatchEvent model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write($"{TimeFormat.Utc(model.At)}  {Visible(model.SourceId)}: {Visible(model.Message)}\n");
    }

    /// <inheritdoc/>
    public void Render(WatchRound model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var next = model.NextDue is { } at ? $"; next check due {TimeFormat.Utc(at)}" : string.Empty;
        writer.Write($"Round done: {model.Checked} checked, {model.Changed} changed, {model.Gone} gone, {model.Failed} failed, {model.NewArticles} new from feeds, {model.Alerts} alerts{next}.\n");
    }

    /// <summary>The text with control characters shown as visible symbols (␊, ␛), so it can neither break a line nor drive a terminal.</summary>
    internal static string Visible(string text)
    {
        if (!text.Any(char.IsControl))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                < '\u0020' => (char)(0x2400 + c),
                '\u007F' => '\u2421',
                >= '\u0080' and <= '\u009F' => '\uFFFD',
                _ => c,
            });
        }

        return builder.ToString();
    }
}
