using System.Globalization;
using System.Text;
using ArticleRevisions.Classification;
using ArticleRevisions.Model;
using ArticleRevisions.Reports;
using ArticleRevisions.Text;
using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>
/// Writes the README of an evidence bundle: in plain words, which article and which edit it shows, when each version
/// was current (in UTC and in the article's zone), what the edit changed, what each file holds and how to check them.
/// </summary>
/// <remarks>Plain text with no markup, so it reads the same anywhere. This type is immutable and thread-safe.</remarks>
public sealed class TextBundleReadmeRenderer : IRenderer<EvidenceBundle>
{
    /// <inheritdoc/>
    public void Render(EvidenceBundle model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var (article, from, to) = (model.Article, model.From.Revision, model.To.Revision);
        var zone = article.Zone;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Evidence of one edit to “{ReportText.Collapse(article.Title)}”: revision {from.Number} → revision {to.Number}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Article: {article.Id}");
        if (article.Source is { } source)
        {
            text.Append(CultureInfo.InvariantCulture, $", published at {source.OriginalString}");
        }

        text.Append(CultureInfo.InvariantCulture, $"\nTimes are given in the article's zone, {zone.Id}, with UTC in brackets.\n\n");
        text.Append("WHAT CHANGED\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Revision {from.Number} was current from {When(from.At, zone)}.\n");
        text.Append(CultureInfo.InvariantCulture, $"Revision {to.Number} replaced it at {When(to.At, zone)}");
        text.Append(to.ObservedAt is { } observed ? $"; it was captured at {When(observed, zone)}.\n" : ".\n");
        if (to.Number - from.Number > 1)
        {
            text.Append(CultureInfo.InvariantCulture, $"The {to.Number - from.Number - 1} revision(s) between them are not part of this bundle; the comparison goes straight from one to the other.\n");
        }

        var words = model.Comparison.Result.Statistics;
        text.Append(CultureInfo.InvariantCulture, $"\nThe edit {Judgement(model.Classification)}\n");
        text.Append(CultureInfo.InvariantCulture, $"Words: {words.WordsAdded} added, {words.WordsRemoved} removed. {DiffSummary.Of(model.Comparison)}.\n");
        text.Append(CultureInfo.InvariantCulture, $"Editor of revision {to.Number}: {ReportText.Collapse(to.Editor ?? "not recorded")}.\n");
        text.Append(CultureInfo.InvariantCulture, $"Note published with it: {(to.Note is { } note ? $"“{ReportText.Collapse(note)}”" : "none")}.\n\n");

        text.Append("FILES\n\n");
        text.Append(CultureInfo.InvariantCulture, $"from.txt       the text of revision {from.Number}, exactly as the history holds it\n");
        text.Append(CultureInfo.InvariantCulture, $"to.txt         the text of revision {to.Number}, exactly as the history holds it\n");
        text.Append("diff.html      the change marked up word by word (deleted words struck through, inserted ones\n");
        text.Append("               underlined, moved text linked); open it in any browser, it loads nothing from the network\n");
        text.Append("diff.patch     the same change as a unified patch: 'patch from.txt diff.patch' turns from.txt into to.txt\n");
        AppendRaw(text, model.From);
        if (model.To.RawSource?.Reference != model.From.RawSource?.Reference)
        {
            AppendRaw(text, model.To);
        }

        text.Append("manifest.json  every file's SHA-256 and length; both revisions' details (times in UTC and in the article's\n");
        text.Append("               zone, editor, note, source), and their SHA-256 chain hashes from the history\n\n");
        text.Append("HOW TO CHECK IT\n\n");
        text.Append("  artrev verify --bundle FOLDER\n\n");
        text.Append("checks every file against the manifest, finds files added or removed, and recomputes both revisions'\n");
        text.Append("chain hashes from their texts and details. Whoever holds the history can then confirm the revisions are\n");
        text.Append("its own:\n\n");
        text.Append(CultureInfo.InvariantCulture, $"  artrev verify HISTORY --expect-sha256 {to.Hash}\n\n");
        text.Append("Without artrev, 'sha256sum' on each file gives the hashes the manifest lists.\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Bundle made at {When(model.CreatedAt, zone)}.\n");
        writer.Write(text);
    }

    private static string When(Instant instant, DateTimeZone zone) => $"{TimeFormat.InZone(instant, zone)} ({TimeFormat.Utc(instant)})";

    private static string Judgement(RevisionClassification classification) => classification.Verdict switch
    {
        EditVerdict.Substantive when classification.IsStealthEdit => "is substantive (it changes what the article says) and is a stealth edit: no note was published with it.",
        EditVerdict.Substantive => "is substantive: it changes what the article says.",
        EditVerdict.Cosmetic => "is cosmetic: spelling, punctuation, white space or formatting, not what the article says.",
        _ => "is the first version.",
    };

    private static void AppendRaw(StringBuilder text, BundledRevision bundled)
    {
        if (bundled.RawSource is not { } raw)
        {
            return;
        }

        text.Append(raw.Bytes is null
            ? string.Create(CultureInfo.InvariantCulture, $"(raw source)   revision {bundled.Revision.Number} names a raw source (sha256 {raw.Reference.Sha256}) that the history's store does not hold, so it is not here\n")
            : string.Create(CultureInfo.InvariantCulture, $"raw/           the page revision {bundled.Revision.Number} was extracted from, byte for byte as fetched ({raw.Reference.MediaType});\n               opening it in a browser may load things from the web\n"));
    }
}
