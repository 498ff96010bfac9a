using System.Globalization;
using System.Text;
using ArticleRevisions.Diffing;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a comparison as one self-contained HTML page.</summary>
/// <remarks>
/// <para>
/// The page has inline CSS for light and dark mode and nothing else: no scripts, no fonts, no images, no external
/// URL of any kind, so it can be opened offline, mailed or archived. Every label and piece of article text is
/// escaped. The header names the versions with their times in the chosen zone, then the summary, the
/// ignored-changes sentence, the counts and the similarity; the text follows with line breaks kept.
/// </para>
/// <para>
/// Deleted text is <c>&lt;del class="deleted"&gt;</c>, inserted text <c>&lt;ins class="inserted"&gt;</c>. A move's
/// ends are <c>&lt;del class="moved moved-from" id="move-N-from"&gt;</c> and
/// <c>&lt;ins class="moved moved-to" id="move-N-to"&gt;</c>, each with a link to the other; a move's own edits are
/// marked inside its arriving end. With <see cref="RenderOptions.StatOnly"/> the text is left out.
/// </para>
/// </remarks>
internal static class HtmlRenderer
{
    private const string Style = """
        :root {
          color-scheme: light dark;
          --text: #1f2328; --muted: #59636e; --page: #ffffff; --panel: #f6f8fa; --rule: #d1d9e0; --link: #0969da;
          --del-text: #82071e; --del-back: #ffebe9; --ins-text: #116329; --ins-back: #dafbe1;
          --move-text: #0a3069; --move-back: #ddf4ff;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --text: #e6edf3; --muted: #9198a1; --page: #0d1117; --panel: #151b23; --rule: #3d444d; --link: #4493f8;
            --del-text: #ffdcd7; --del-back: #67060c; --ins-text: #aff5b4; --ins-back: #033a16;
            --move-text: #cae8ff; --move-back: #0c2d6b;
          }
        }
        body {
          margin: 0 auto; max-width: 48rem; padding: 1.5rem; background: var(--page); color: var(--text);
          font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", sans-serif;
        }
        header { border-bottom: 1px solid var(--rule); margin-bottom: 1.5rem; padding-bottom: 1rem; }
        h1 { font-size: 1.25rem; margin: 0 0 .5rem; overflow-wrap: anywhere; }
        .versions { display: grid; grid-template-columns: auto 1fr; gap: .25rem 1rem; margin: 0 0 .75rem; color: var(--muted); }
        .versions dt { font-weight: 600; }
        .versions dd { margin: 0; overflow-wrap: anywhere; }
        .summary { font-weight: 600; margin: .5rem 0; }
        .ignored, .similarity { color: var(--muted); margin: .25rem 0; }
        .counts { border-collapse: collapse; margin: .75rem 0; font-variant-numeric: tabular-nums; }
        .counts th, .counts td { border: 1px solid var(--rule); padding: .15rem .6rem; text-align: right; }
        .counts thead th { background: var(--panel); }
        .counts tbody th { text-align: left; }
        .text { white-space: pre-wrap; overflow-wrap: anywhere; }
        del, ins { border-radius: .2em; }
        del.deleted { color: var(--del-text); background: var(--del-back); text-decoration: line-through; }
        ins.inserted { color: var(--ins-text); background: var(--ins-back); text-decoration: underline; }
        .moved { color: var(--move-text); background: var(--move-back); }
        del.moved { text-decoration: line-through; }
        ins.moved { text-decoration: none; }
        .move-link { display: inline-block; margin: 0 .2em; font-size: .8em; color: var(--link); text-decoration: none; }
        :target { outline: 2px solid var(--link); }
        footer { margin-top: 2rem; padding-top: .75rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: .875rem; }
        """;

    public static string Render(DiffResult result, RenderOptions options)
    {
        var html = new StringBuilder(result.NewText.Length + result.OldText.Length + Style.Length + 2048);
        html.Append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"color-scheme\" content=\"light dark\">\n");
        html.Append("<title>");
        HtmlText.Append(html, options.OldLabel + " → " + options.NewLabel);
        html.Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n<header>\n");

        html.Append("<h1><span class=\"old-label\">");
        HtmlText.Append(html, options.OldLabel);
        html.Append("</span> → <span class=\"new-label\">");
        HtmlText.Append(html, options.NewLabel);
        html.Append("</span></h1>\n<dl class=\"versions\">\n");
        AppendVersion(html, "Old", options.OldLabel, options.OldTime, options.Zone);
        AppendVersion(html, "New", options.NewLabel, options.NewTime, options.Zone);
        html.Append("</dl>\n");
        AppendParagraph(html, "summary", DiffSummary.Of(result));
        AppendParagraph(html, "ignored", IgnoredText.Describe(result.Ignored));
        AppendCounts(html, result);
        html.Append("</header>\n");

        if (!options.StatOnly)
        {
            html.Append("<main>\n<div class=\"text\">");
            AppendText(html, result);
            html.Append("</div>\n</main>\n");
            html.Append("<footer><del class=\"deleted\">deleted</del> <ins class=\"inserted\">inserted</ins> ")
                .Append("<span class=\"moved\">moved</span> (the arrow links the two ends)</footer>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendVersion(StringBuilder html, string name, string label, Instant? time, DateTimeZone zone)
    {
        html.Append("<dt>").Append(name).Append("</dt><dd>");
        HtmlText.Append(html, label);
        if (time is { } instant)
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

        html.Append("</tbody>\n</table>\n<p class=\"similarity\">Similarity: ").Append(StatTable.Percent(result.Similarity)).Append("</p>\n");
    }

    private static void AppendText(StringBuilder html, DiffResult result)
    {
        for (var index = 0; index < result.Spans.Length; index++)
        {
            var span = result.Spans[index];
            switch (span.Kind)
            {
                case DiffSpanKind.Unchanged:
                    HtmlText.Append(html, result.NewTextOf(span));
                    break;
                case DiffSpanKind.Deleted:
                    AppendMarked(html, "del", "deleted", result.OldTextOf(span));
                    break;
                case DiffSpanKind.Inserted:
                    AppendMarked(html, "ins", "inserted", result.NewTextOf(span));
                    break;
                case DiffSpanKind.MovedFrom:
                    AppendMove(html, result, index, [new MovedPiece(DiffSpanKind.Unchanged, result.OldTextOf(span))]);
                    break;
                case DiffSpanKind.MovedTo:
                    AppendMove(html, result, index, MovedText.Pieces(result, span));
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(result), span.Kind, "Unknown span kind.");
            }
        }
    }

    private static void AppendMarked(StringBuilder html, string element, string cssClass, string text)
    {
        if (text.Length > 0)
        {
            html.Append('<').Append(element).Append(" class=\"").Append(cssClass).Append("\">");
            HtmlText.Append(html, text);
            html.Append("</").Append(element).Append('>');
        }
    }

    private static void AppendMove(StringBuilder html, DiffResult result, int index, IReadOnlyList<MovedPiece> pieces)
    {
        var span = result.Spans[index];
        var id = span.MoveId.ToString(CultureInfo.InvariantCulture);
        var leaving = span.Kind == DiffSpanKind.MovedFrom;
        var arrow = MovedText.Arrow(result, index);
        var element = leaving ? "del" : "ins";
        var (self, other) = leaving ? ("from", "to") : ("to", "from");
        var title = leaving ? $"Move {id}: this text moved elsewhere" : $"Move {id}: this text moved here";

        html.Append('<').Append(element).Append(" class=\"moved moved-").Append(self).Append("\" id=\"move-").Append(id)
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
                html.Append("<a class=\"move-link\" href=\"#move-").Append(id).Append('-').Append(other).Append("\" title=\"")
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
