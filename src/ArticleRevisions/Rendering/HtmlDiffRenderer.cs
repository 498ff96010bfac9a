using System.Globalization;
using System.Text;
using ArticleRevisions.Diffing;
using ArticleRevisions.Reports;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a comparison as one self-contained HTML page.</summary>
/// <remarks>
/// <para>
/// The page has inline CSS (<see cref="HtmlStylesheet.Default"/>) for light and dark mode and nothing else: no
/// scripts, no fonts, no images, no external URL of any kind, so it can be opened offline, mailed or archived (unless
/// <see cref="HtmlDiffOptions.StylesheetHref"/> links the stylesheet instead). Every label and piece of article text is
/// escaped. The header names the versions with their times in the chosen zone, then the summary, the
/// ignored-changes sentence, the counts and the similarity; the text follows with line breaks kept.
/// </para>
/// <para>
/// Deleted text is <c>&lt;del class="deleted"&gt;</c>, inserted text <c>&lt;ins class="inserted"&gt;</c>. A move's
/// ends are <c>&lt;del class="moved moved-from" id="move-N-from"&gt;</c> and
/// <c>&lt;ins class="moved moved-to" id="move-N-to"&gt;</c>, each with a link to the other; a move's own edits are
/// marked inside its arriving end. With <see cref="HtmlDiffOptions.StatOnly"/> the text is left out.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class HtmlDiffRenderer : IRenderer<Comparison>
{
    /// <summary>How many characters of the page are gathered before they are passed on to the writer.</summary>
    private const int FlushAt = 32 * 1024;

    private readonly HtmlDiffOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">What to include and how to style it; <see cref="HtmlDiffOptions.Default"/> when null.</param>
    public HtmlDiffRenderer(HtmlDiffOptions? options = null)
    {
        this.options = options ?? HtmlDiffOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(Comparison model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var result = model.Result;
        var (oldLabel, newLabel) = (model.Old.Label, model.New.Label);
        // The page is built in a small buffer that is passed on to the writer as it fills; nothing holds the whole page.
        var html = new StringBuilder(FlushAt + HtmlStylesheet.Default.Length + 2048);
        HtmlPage.Start(html, oldLabel + " → " + newLabel, options.StylesheetHref);
        html.Append("<header>\n<h1><span class=\"old-label\">");
        HtmlText.Append(html, oldLabel);
        html.Append("</span> → <span class=\"new-label\">");
        HtmlText.Append(html, newLabel);
        html.Append("</span></h1>\n<dl class=\"versions\">\n");
        AppendVersion(html, "Old", model.Old, model.Zone);
        AppendVersion(html, "New", model.New, model.Zone);
        html.Append("</dl>\n");
        AppendParagraph(html, "summary", DiffSummary.Of(model));
        AppendParagraph(html, "ignored", IgnoredText.Describe(result.Ignored));
        AppendCounts(html, result);
        html.Append("</header>\n");

        if (!options.StatOnly)
        {
            html.Append("<main>\n<div class=\"text\">");
            AppendText(html, result, string.Empty, null, writer);
            html.Append("</div>\n</main>\n");
            html.Append("<footer><del class=\"deleted\">deleted</del> <ins class=\"inserted\">inserted</ins> ")
                .Append("<span class=\"moved\">moved</span> (the arrow links the two ends)</footer>\n");
        }

        HtmlPage.End(html);
        writer.Write(html);
    }

    private static void AppendVersion(StringBuilder html, string name, ComparedVersion version, DateTimeZone zone)
    {
        html.Append("<dt>").Append(name).Append("</dt><dd>");
        HtmlText.Append(html, version.Label);
        if (version.Time is { } instant)
        {
            html.Append(", <time datetime=\"").Append(TimeFormat.Utc(instant)).Append("\">");
            HtmlText.Append(html, TimeFormat.InZone(instant, zone));
            html.Append("</time> (");
            HtmlText.Append(html, zone.Id);
            html.Append(')');
        }

        html.Append("</dd>\n");
    }

    private static void AppendParagraph(StringBuilder html, string cssClass, string text)
    {
        if (text.Length > 0)
        {
            html.Append("<p class=\"").Append(cssClass).Append("\">");
            HtmlText.Append(html, text);
            html.Append("</p>\n");
        }
    }

    private static void AppendCounts(StringBuilder html, DiffResult result)
    {
        html.Append("<table class=\"counts\">\n<thead><tr><th></th><th scope=\"col\">added</th><th scope=\"col\">removed</th>")
            .Append("<th scope=\"col\">changed</th><th scope=\"col\">moved</th></tr></thead>\n<tbody>\n");
        foreach (var row in StatTable.Rows(result.Statistics))
        {
            html.Append("<tr><th scope=\"row\">").Append(row.Unit).Append("</th>");
            if (row.Changed is null)
            {
                html.Append("<td>+").Append(StatTable.Count(row.Added)).Append("</td><td>-").Append(StatTable.Count(row.Removed))
                    .Append("</td><td></td><td></td>");
            }
            else
            {
                html.Append("<td>").Append(StatTable.Count(row.Added)).Append("</td><td>").Append(StatTable.Count(row.Removed))
                    .Append("</td><td>").Append(StatTable.Count(row.Changed.Value)).Append("</td><td>")
                    .Append(StatTable.Count(row.Moved ?? 0)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n<p class=\"similarity\">Similarity: ").Append(StatTable.Percent(result)).Append("</p>\n");
    }

    /// <summary>
    /// Appends the marked-up text of <paramref name="result"/> (no page around it), for this page and for pages that
    /// show many diffs. <paramref name="idPrefix"/> starts every element id, so the moves of several diffs on one page
    /// keep apart. With <paramref name="context"/> set, long unchanged stretches are cut to the lines around each
    /// change (see <see cref="UnchangedText"/>).
    /// </summary>
    /// <remarks>With <paramref name="flushTo"/> given, <paramref name="html"/> is written to it and emptied whenever it fills.</remarks>
    internal static void AppendText(StringBuilder html, DiffResult result, string idPrefix, int? context, TextWriter? flushTo = null)
    {
        var oldText = result.OldText.AsSpan();
        var newText = result.NewText.AsSpan();
        var spans = result.Spans;
        int firstChange = -1, lastChange = -1;
        for (var i = 0; i < spans.Length; i++)
        {
            if (spans[i].Kind != DiffSpanKind.Unchanged)
            {
                firstChange = firstChange < 0 ? i : firstChange;
                lastChange = i;
            }
        }

        var changed = context is not null && firstChange >= 0;
        for (var index = 0; index < spans.Length; index++)
        {
            var span = spans[index];
            switch (span.Kind)
            {
                case DiffSpanKind.Unchanged when changed:
                    UnchangedText.Append(html, result.NewTextOf(span), context.GetValueOrDefault(), index > firstChange, index < lastChange);
                    break;
                case DiffSpanKind.Unchanged:
                    HtmlText.Append(html, newText.Slice(span.NewStart, span.NewLength));
                    break;
                case DiffSpanKind.Deleted:
                    AppendMarked(html, "del", "deleted", oldText.Slice(span.OldStart, span.OldLength));
                    break;
                case DiffSpanKind.Inserted:
                    AppendMarked(html, "ins", "inserted", newText.Slice(span.NewStart, span.NewLength));
                    break;
                case DiffSpanKind.MovedFrom:
                    AppendMove(html, result, index, [new MovedPiece(DiffSpanKind.Unchanged, result.OldTextOf(span))], idPrefix);
                    break;
                case DiffSpanKind.MovedTo:
                    AppendMove(html, result, index, MovedText.Pieces(result, span), idPrefix);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(result), span.Kind, "Unknown span kind.");
            }

            if (flushTo is not null && html.Length >= FlushAt)
            {
                flushTo.Write(html);
                html.Clear();
            }
        }
    }

    private static void AppendMarked(StringBuilder html, string element, string cssClass, ReadOnlySpan<char> text)
    {
        if (text.Length > 0)
        {
            html.Append('<').Append(element).Append(" class=\"").Append(cssClass).Append("\">");
            HtmlText.Append(html, text);
            html.Append("</").Append(element).Append('>');
        }
    }

    private static void AppendMove(StringBuilder html, DiffResult result, int index, IReadOnlyList<MovedPiece> pieces, string idPrefix)
    {
        var span = result.Spans[index];
        var id = span.MoveId.ToString(CultureInfo.InvariantCulture);
        var leaving = span.Kind == DiffSpanKind.MovedFrom;
        var arrow = MovedText.Arrow(result, index);
        var element = leaving ? "del" : "ins";
        var (self, other) = leaving ? ("from", "to") : ("to", "from");
        var title = leaving ? $"Move {id}: this text moved elsewhere" : $"Move {id}: this text moved here";

        html.Append('<').Append(element).Append(" class=\"moved moved-").Append(self).Append("\" id=\"").Append(idPrefix).Append("move-").Append(id)
            .Append('-').Append(self).Append("\" title=\"").Append(title).Append("\">");

        // The link goes after the moved words but before the white space (often a paragraph break) that ends them.
        var last = pieces.Count - 1;
        while (last > 0 && string.IsNullOrWhiteSpace(pieces[last].Text))
        {
            last--;
        }

        for (var i = 0; i < pieces.Count; i++)
        {
            var text = pieces[i].Text;
            var end = text.Length;
            if (i == last)
            {
                while (end > 0 && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }
            }

            AppendPiece(html, pieces[i].Kind, text[..end]);
            if (i == last)
            {
                html.Append("<a class=\"move-link\" href=\"#").Append(idPrefix).Append("move-").Append(id).Append('-').Append(other).Append("\" title=\"")
                    .Append(leaving ? "Where it went" : "Where it came from").Append("\">").Append(arrow).Append(id).Append("</a>");
                AppendPiece(html, pieces[i].Kind, text[end..]);
            }
        }

        html.Append("</").Append(element).Append('>');
    }

    private static void AppendPiece(StringBuilder html, DiffSpanKind kind, string text)
    {
        switch (kind)
        {
            case DiffSpanKind.Deleted:
                AppendMarked(html, "del", "deleted", text);
                break;
            case DiffSpanKind.Inserted:
                AppendMarked(html, "ins", "inserted", text);
                break;
            default:
                HtmlText.Append(html, text);
                break;
        }
    }
}
