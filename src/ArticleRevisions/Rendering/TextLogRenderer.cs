using ArticleRevisions.Reports;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a <see cref="RevisionLog"/> as a table for a terminal.</summary>
/// <remarks>
/// A first line names the article and says how many revisions there are and in which zones times are shown; a
/// table follows, one row per listed revision: number, time in the zone, time in UTC (one column when the zone is
/// UTC), time since the previous revision, words added and removed, verdict with its labels (a stealth edit marked
/// STEALTH), editor and note, with the window in which a change only observed later happened. Columns are measured
/// in terminal columns, so wide characters line up; control characters in the history's text are shown as
/// visible symbols. This type is immutable and thread-safe.
/// </remarks>
public sealed class TextLogRenderer : IRenderer<RevisionLog>
{
    private readonly ReportOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The zone times are shown in; <see cref="ReportOptions.Default"/> when null.</param>
    public TextLogRenderer(ReportOptions? options = null)
    {
        this.options = options ?? ReportOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(RevisionLog model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var zone = options.Zone ?? model.Article.Zone;
        writer.Write(TerminalText.Safe($"{model.Article.Title} ({model.Article.Id}), {LogLayout.Counts(model, zone)}"));
        writer.Write('\n');
        if (model.Entries.IsEmpty && model.Events.IsEmpty)
        {
            return;
        }

        var table = LogLayout.Table(model, zone);
        ColumnLayout.Write(writer, [[.. table.Header], .. table.Rows]);
    }
}
