using ArticleRevisions.Text;
using ArticleRevisions.Timeline;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a <see cref="PhraseLifecycle"/> for a terminal: one line per stretch of time the phrase was in the article.</summary>
/// <remarks>
/// A first line quotes the phrase, says how it was matched and in which zone times are; then, for each presence,
/// when and in which revision it was added and removed (and how long it stayed), or that it is still present. A
/// phrase never present gets one line saying so. This type is immutable and thread-safe.
/// </remarks>
public sealed class TextSearchRenderer : IRenderer<PhraseLifecycle>
{
    private readonly ReportOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The zone times are shown in; <see cref="ReportOptions.Default"/> when null.</param>
    public TextSearchRenderer(ReportOptions? options = null)
    {
        this.options = options ?? ReportOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(PhraseLifecycle model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var zone = options.Zone ?? model.Article.Zone;
        var phrase = TerminalText.Safe(SearchLayout.Phrase(model));
        if (!model.EverPresent)
        {
            writer.Write($"{phrase} {SearchLayout.Never}.\n");
            return;
        }

        writer.Write($"{phrase}, times in {zone.Id}:\n");
        foreach (var presence in model.Presences)
        {
            var introduced = presence.IntroducedIn;
            writer.Write($"  added in revision {introduced.Number} at {TimeFormat.InZone(introduced.At, zone)}");
            writer.Write(presence.RemovedIn is { } removed
                ? $", removed in revision {removed.Number} at {TimeFormat.InZone(removed.At, zone)} (present {DurationText.Format(presence.Interval.Duration)})\n"
                : ", still present\n");
        }
    }
}
