using System.Globalization;
using System.Text;
using ArticleRevisions.Classification;
using ArticleRevisions.Model;
using ArticleRevisions.Reports;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>
/// Writes a <see cref="HistoryReport"/> as one self-contained HTML page to read and publish: the article's timeline
/// as an SVG chart, the log, the events, and every revision with a permalink (<c>#rN</c>) and its diff, collapsible
/// (<c>#rN-diff</c> opens it in browsers that open a <c>&lt;details&gt;</c> they are sent into).
/// </summary>
/// <remarks>
/// <para>
/// No script is needed to read it and none is included; no font, image or other resource is requested (unless
/// <see cref="HtmlHistoryReportOptions.StylesheetHref"/> links the stylesheet), so the page works offline, mailed or
/// archived. It shares <see cref="HtmlStylesheet.Default"/> with every page of this library: light and dark mode
/// follow the reader's system, narrow screens get the log as cards, and print opens every diff. Every piece of
/// article text, title, editor, note and attribute is escaped.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class HtmlHistoryReportRenderer : IRenderer<HistoryReport>
{
    private readonly HtmlHistoryReportOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The zone, stylesheet, index link and diff context; <see cref="HtmlHistoryReportOptions.Default"/> when null.</param>
    public HtmlHistoryReportRenderer(HtmlHistoryReportOptions? options = null)
    {
        this.options = options ?? HtmlHistoryReportOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(HistoryReport model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var zone = options.Zone ?? model.Article.Zone;
        var html = new StringBuilder(HtmlStylesheet.Default.Length + 8192 + model.Revisions.Sum(r => r.Revision.Text.Length / 4));
        HtmlPage.Start(html, $"{model.Article.Title}: edit history", options.StylesheetHref, "history-report");
        AppendHeader(html, model, zone);
        html.Append("<main>\n");
        if (!model.Revisions.IsEmpty || !model.Events.IsEmpty)
        {
            AppendTimeline(html, model, zone);
        }

        if (!model.Revisions.IsEmpty)
        {
            html.Append("<section id=\"log\" aria-labelledby=\"log-h\">\n<h2 id=\"log-h\">Log</h2>\n<div class=\"table-scroll\">\n");
            HtmlReportWriter.AppendTable(
                html,
                LogLayout.Table(model.Log, zone),
                stacked: true,
                rowLink: row => int.TryParse(row[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? $"#r{number}" : null);
            html.Append("</div>\n</section>\n");
        }

        AppendEvents(html, model, zone);
        AppendRevisions(html, model, zone);
        html.Append("</main>\n<footer>\n<p><del class=\"deleted\">deleted</del> <ins class=\"inserted\">inserted</ins> ")
            .Append("<span class=\"moved\">moved</span> (the arrow links the two ends). ");
        HtmlText.Append(html, $"Times in {zone.Id}; the log gives UTC too. Each SHA-256 is the revision's hash in the history's chain: artrev verify checks it.");
        html.Append("</p>\n</footer>\n");
        HtmlPage.End(html);
        writer.Write(html);
    }

    private void AppendHeader(StringBuilder html, HistoryReport model, DateTimeZone zone)
    {
        var article = model.Article;
        html.Append("<header>\n");
        if (options.IndexHref is { } index)
        {
            html.Append("<p class=\"crumbs\"><a href=\"");
            HtmlText.Append(html, index);
            html.Append("\">← All articles</a></p>\n");
        }

        html.Append("<h1>");
        HtmlText.Append(html, article.Title);
        html.Append("</h1>\n<dl class=\"versions\">\n");
        AppendFact(html, "Article", article.Id);
        if (article.Source is { } source)
        {
            AppendFact(html, "Source", source.OriginalString);
        }

        AppendFact(html, "Language", article.Language);
        AppendFact(html, "Times", zone.Id);
        html.Append("</dl>\n<p class=\"summary\">");
        HtmlText.Append(html, Summary(model, zone));
        html.Append("</p>\n");
        if (model.Outages is [.., { Returned: null } open])
        {
            html.Append("<p class=\"alert\">");
            HtmlText.Append(html, $"The source has been gone since {TimeFormat.InZone(open.Gone.At, zone)}.");
            html.Append("</p>\n");
        }

        if (!model.Revisions.IsEmpty)
        {
            html.Append("<nav class=\"sections\" aria-label=\"Sections\"><a href=\"#timeline\">Timeline</a> <a href=\"#log\">Log</a> ")
                .Append(model.Events.IsEmpty ? string.Empty : "<a href=\"#events\">Events</a> ")
                .Append("<a href=\"#revisions\">Revisions</a></nav>\n");
        }

        html.Append("</header>\n");
    }

    private static string Summary(HistoryReport model, DateTimeZone zone)
    {
        if (model.Revisions.IsEmpty)
        {
            return "No revisions yet.";
        }

        var (first, latest) = (model.Revisions[0].Revision, model.Revisions[^1].Revision);
        var parts = new List<string>
        {
            model.StealthCount > 0
                ? $"{ReportText.Plural(model.SubstantiveCount, "substantive edit")} ({model.StealthCount} stealth: no note)"
                : ReportText.Plural(model.SubstantiveCount, "substantive edit"),
            $"{model.CosmeticCount} cosmetic",
        };
        if (model.RevertCount > 0)
        {
            parts.Add(ReportText.Plural(model.RevertCount, "revert"));
        }

        if (!model.Events.IsEmpty)
        {
            parts.Add(ReportText.Plural(model.Events.Length, "event"));
        }

        var when = model.Revisions.Length == 1
            ? $"1 revision, {TimeFormat.InZone(first.At, zone)}"
            : $"{ReportText.Plural(model.Revisions.Length, "revision")} from {TimeFormat.InZone(first.At, zone)} to {TimeFormat.InZone(latest.At, zone)}";
        return $"{when}: {string.Join(", ", parts)}.";
    }

    private static void AppendTimeline(StringBuilder html, HistoryReport model, DateTimeZone zone)
    {
        html.Append("<section id=\"timeline\" aria-labelledby=\"timeline-h\">\n<h2 id=\"timeline-h\">Timeline</h2>\n<figure class=\"timeline\">\n");
        TimelineSvg.Append(html, model, zone);
        html.Append("<figcaption>\n<ul class=\"legend\">\n");
        AppendKey(html, "<circle class=\"mark substantive\" cx=\"10\" cy=\"10\" r=\"7\"/>", "substantive");
        AppendKey(html, "<circle class=\"mark cosmetic\" cx=\"10\" cy=\"10\" r=\"6\"/>", "cosmetic");
        AppendKey(html, "<rect class=\"mark original\" x=\"5\" y=\"5\" width=\"10\" height=\"10\" transform=\"rotate(45 10 10)\"/>", "first version");
        if (model.StealthCount > 0)
        {
            AppendKey(html, "<circle class=\"mark substantive\" cx=\"10\" cy=\"10\" r=\"4\"/><circle class=\"stealth-ring\" cx=\"10\" cy=\"10\" r=\"8\"/>", "stealth edit (no note)");
        }

        if (model.RevertCount > 0)
        {
            AppendKey(html, "<path class=\"revert-arc\" d=\"M3 16 C3 2 17 2 17 16\"/>", "revert, arched back to the text it restores");
        }

        if (model.Revisions.Any(r => r.IsReextraction))
        {
            AppendKey(html, "<circle class=\"mark reextraction\" cx=\"10\" cy=\"10\" r=\"6\"/>", "re-extraction, not an edit");
        }

        if (model.Revisions.Any(r => !r.Entry.Timing.IsExact))
        {
            AppendKey(html, "<rect class=\"window\" x=\"1\" y=\"6\" width=\"18\" height=\"8\" rx=\"4\"/>", "changed somewhere between two captures");
        }

        if (!model.Outages.IsEmpty)
        {
            AppendKey(html, "<rect class=\"outage\" fill=\"url(#timeline-hatch)\" x=\"1\" y=\"1\" width=\"18\" height=\"18\"/>", "source gone");
        }

        if (!model.Events.IsEmpty)
        {
            AppendKey(html, "<path class=\"event metadata\" d=\"M10 3 l7 13 h-14 z\"/>", "event");
        }

        html.Append("</ul>\n<p>");
        HtmlText.Append(html, $"Each mark stands at the time its revision became current ({zone.Id}); its area grows with the words it changed, and it links to the revision below. A gap in the line is a stretch when the text was not known.");
        html.Append("</p>\n</figcaption>\n</figure>\n</section>\n");
    }

    private static void AppendKey(StringBuilder html, string shape, string text)
    {
        html.Append("<li><svg viewBox=\"0 0 20 20\" width=\"18\" height=\"18\" aria-hidden=\"true\">").Append(shape).Append("</svg> ");
        HtmlText.Append(html, text);
        html.Append("</li>\n");
    }

    private static void AppendEvents(StringBuilder html, HistoryReport model, DateTimeZone zone)
    {
        if (model.Events.IsEmpty)
        {
            return;
        }

        html.Append("<section id=\"events\" aria-labelledby=\"events-h\">\n<h2 id=\"events-h\">Events</h2>\n<ul class=\"events\">\n");
        foreach (var recorded in model.Events)
        {
            html.Append("<li>");
            AppendTime(html, recorded.Event.At, zone);
            html.Append(' ');
            HtmlText.Append(html, EventText.Sentence(recorded.Event));
            html.Append("</li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    private void AppendRevisions(StringBuilder html, HistoryReport model, DateTimeZone zone)
    {
        if (model.Revisions.IsEmpty)
        {
            return;
        }

        var lang = model.Article.Language == Article.UndeterminedLanguage ? string.Empty : $" lang=\"{HtmlText.Escape(model.Article.Language)}\"";
        html.Append("<section id=\"revisions\" aria-labelledby=\"revisions-h\">\n<h2 id=\"revisions-h\">Revisions</h2>\n");
        foreach (var reported in model.Revisions)
        {
            AppendRevision(html, reported, zone, lang, open: reported.Revision.Number == model.Revisions.Length);
        }

        html.Append("</section>\n");
    }

    private void AppendRevision(StringBuilder html, ReportedRevision reported, DateTimeZone zone, string lang, bool open)
    {
        var (revision, timing, classification) = (reported.Revision, reported.Entry.Timing, reported.Entry.Classification);
        var id = "r" + revision.Number.ToString(CultureInfo.InvariantCulture);
        html.Append("<article class=\"revision\" id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-h\">\n<h3 id=\"")
            .Append(id).Append("-h\"><a class=\"permalink\" href=\"#").Append(id).Append("\">Revision ").Append(revision.Number).Append("</a> ");
        AppendBadge(html, TimelineSvg.MarkClass(reported), reported.IsReextraction ? "re-extraction" : classification.Verdict == EditVerdict.Original ? "first version" : ReportText.Verdict(classification.Verdict));
        if (reported.IsStealthEdit)
        {
            AppendBadge(html, "stealth", "stealth edit");
        }

        if (reported.Restores is { } restored)
        {
            AppendBadge(html, "revert", $"restores revision {restored}");
        }

        html.Append("</h3>\n<p class=\"when\">");
        AppendTime(html, revision.At, zone);
        if (timing.SincePrevious is { } after)
        {
            HtmlText.Append(html, $" · {DurationText.Format(after)} after revision {revision.Number - 1}");
        }

        html.Append("</p>\n");
        if (!timing.IsExact)
        {
            html.Append("<p class=\"when\">");
            HtmlText.Append(html, $"Observed {TimeFormat.InZone(timing.ChangeWindow.End, zone)}; changed somewhere between {TimeFormat.InZone(timing.ChangeWindow.Start, zone)} and then.");
            html.Append("</p>\n");
        }

        if (reported.Comparison is { } comparison)
        {
            html.Append("<p class=\"change-summary\">");
            HtmlText.Append(html, DiffSummary.Of(comparison));
            html.Append("</p>\n");
        }

        AppendFacts(html, reported);
        if (reported.Comparison is { } diff)
        {
            html.Append("<details id=\"").Append(id).Append("-diff\"").Append(open ? " open" : string.Empty).Append("><summary>Changes from revision ")
                .Append(revision.Number - 1).Append("</summary>\n<div class=\"text diff\"").Append(lang).Append('>');
            HtmlDiffRenderer.AppendText(html, diff.Result, id + "-", options.DiffContext);
            html.Append("</div>\n</details>\n");
        }
        else
        {
            html.Append("<details id=\"").Append(id).Append("-diff\"").Append(open ? " open" : string.Empty).Append("><summary>Full text of the first version</summary>\n<div class=\"text\"")
                .Append(lang).Append('>');
            HtmlText.Append(html, revision.Text);
            html.Append("</div>\n</details>\n");
        }

        html.Append("</article>\n");
    }

    private static void AppendFacts(StringBuilder html, ReportedRevision reported)
    {
        var revision = reported.Revision;
        var words = reported.Entry.Classification.Statistics;
        html.Append("<dl class=\"facts\">\n");
        AppendFact(html, "Words", $"+{words.WordsAdded} −{words.WordsRemoved}");
        if (!reported.Entry.Classification.Labels.IsEmpty)
        {
            AppendFact(html, "Changes", LabelText.Of(reported.Entry.Classification));
        }

        AppendFact(html, "Editor", revision.Editor ?? "not recorded");
        AppendFact(html, "Note", revision.Note ?? "none");
        if (revision.Title is { } title)
        {
            AppendFact(html, "Title", title);
        }

        if (revision.Source is { } source)
        {
            AppendFact(html, "Captured from", source.OriginalString);
        }

        if (!revision.Attributes.IsEmpty)
        {
            AppendFact(html, "Attributes", revision.Attributes.ToString());
        }

        if (revision.RawSource is { } raw)
        {
            AppendFact(html, "Raw source", raw.ToString());
        }

        html.Append("<dt>SHA-256</dt><dd class=\"hash\">").Append(revision.Hash).Append("</dd>\n</dl>\n");
    }

    private static void AppendFact(StringBuilder html, string name, string value)
    {
        html.Append("<dt>");
        HtmlText.Append(html, name);
        html.Append("</dt><dd>");
        HtmlText.Append(html, value);
        html.Append("</dd>\n");
    }

    private static void AppendBadge(StringBuilder html, string kind, string text)
    {
        html.Append("<span class=\"badge ").Append(kind).Append("\">");
        HtmlText.Append(html, text);
        html.Append("</span> ");
    }

    private static void AppendTime(StringBuilder html, Instant instant, DateTimeZone zone)
    {
        html.Append("<time datetime=\"").Append(TimeFormat.Utc(instant)).Append("\">");
        HtmlText.Append(html, TimeFormat.InZone(instant, zone));
        html.Append("</time>");
    }
}
