using System.Collections.Immutable;
using ArticleRevisions.Capture.Capturing;
using ArticleRevisions.Capture.Watching;
using ArticleRevisions.Classification;
using ArticleRevisions.Diffing;
using ArticleRevisions.Rendering;
using ArticleRevisions.Reports;
using NodaTime.Text;

namespace ArticleRevisions.Capture.Alerts;

/// <summary>Decides whether a capture deserves an alert under a collection's settings, and builds it.</summary>
/// <remarks>Thread-safe.</remarks>
public static class AlertBuilder
{
    /// <summary>The most characters of diff an alert carries.</summary>
    public const int MaxDiffLength = 4000;

    /// <summary>Returns the alert for <paramref name="result"/>, or null when its edit does not pass <paramref name="settings"/>.</summary>
    /// <param name="result">A capture's outcome; only an added revision after an earlier one can raise an alert, and never a re-run extraction (not an edit by the publisher).</param>
    /// <param name="settings">The collection's alert settings.</param>
    /// <returns>The alert, or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Alert? For(CaptureResult result, AlertSettings settings)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(settings);
        if (result.Outcome == CaptureOutcome.ReExtracted || result.Revision is not { } revision || result.Previous is not { } previous)
        {
            return null;
        }

        var classification = EditClassifier.Classify(previous, revision);
        if (classification.Verdict != EditVerdict.Substantive || (settings.On == AlertFilter.Stealth && !classification.IsStealthEdit))
        {
            return null;
        }

        var diff = TextDiffer.Compare(previous.Text, revision.Text);
        var touched = Touched(diff, settings.Phrases);
        if (!settings.Phrases.IsEmpty && touched.IsEmpty)
        {
            return null;
        }

        return new Alert
        {
            ArticleId = result.Article.Id,
            Title = revision.Title ?? result.Article.Title,
            Source = result.Source,
            Revision = revision.Number,
            ObservedAt = revision.ObservedAt ?? revision.At,
            PreviousSeenAt = result.Attributes.TryGetValue("capture.previous-seen", out var seen) && InstantPattern.ExtendedIso.Parse(seen) is { Success: true } parsed ? parsed.Value : previous.At,
            Stealth = classification.IsStealthEdit,
            Labels = [.. classification.Labels.Select(l => char.ToLowerInvariant(l.ToString()[0]) + l.ToString()[1..])],
            Summary = SummaryOf(diff),
            Diff = SmallDiff(diff),
            Phrases = touched,
        };
    }

    /// <summary>The library's one-line summary of the comparison, as the summary renderer writes it.</summary>
    private static string SummaryOf(DiffResult diff)
    {
        using var writer = new StringWriter();
        new SummaryRenderer().Render(diff, writer);
        return writer.ToString().TrimEnd('\n');
    }

    private static ImmutableArray<string> Touched(DiffResult diff, ImmutableArray<string> phrases)
    {
        if (phrases.IsEmpty)
        {
            return [];
        }

        var changed = string.Join("\n", diff.Spans.Where(s => s.Kind != DiffSpanKind.Unchanged).Select(s => s.Kind is DiffSpanKind.Deleted or DiffSpanKind.MovedFrom ? diff.OldTextOf(s) : diff.NewTextOf(s)));
        return [.. phrases.Where(p =>
            changed.Contains(p, StringComparison.OrdinalIgnoreCase)
            || diff.OldText.Contains(p, StringComparison.OrdinalIgnoreCase) != diff.NewText.Contains(p, StringComparison.OrdinalIgnoreCase))];
    }

    private static string SmallDiff(DiffResult diff)
    {
        // The inline format, keeping only the paragraphs that changed.
        var inline = new InlineDiffRenderer().RenderToString(new Comparison(new ComparedVersion("previous"), new ComparedVersion("new"), NodaTime.DateTimeZone.Utc, diff));
        var paragraphs = inline.Split("\n\n").Skip(1).Where(p => p.Contains("[-", StringComparison.Ordinal) || p.Contains("{+", StringComparison.Ordinal) || p.Contains("[<", StringComparison.Ordinal) || p.Contains("{>", StringComparison.Ordinal));
        var text = string.Join("\n\n", paragraphs).Trim();
        return text.Length <= MaxDiffLength ? text : text[..MaxDiffLength] + " …";
    }
}
