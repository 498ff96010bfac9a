using ArticleRevisions.Reports;
using ArticleRevisions.Text;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a <see cref="BlameReport"/> for a terminal: each run with the revision, time and editor that introduced it, then what was removed.</summary>
/// <remarks>
/// A first line names the revision; one row per sentence (or run of words) follows: <c>rN</c>, the origin's time,
/// its editor cut to 24 columns, and the text on one line; where a revert put some text back, a column before the
/// text says <c>restored in rN</c> on those rows (and is empty on the others). Then, if any text was removed on the way, one line per removal: the text, the revisions that added and
/// removed it, and how long it survived. This type is immutable and thread-safe.
/// </remarks>
public sealed class TextBlameRenderer : IRenderer<BlameReport>
{
    private const int EditorWidth = 24;

    private readonly ReportOptions options;

    /// <summary>Creates a renderer.</summary>
    /// <param name="options">The zone times are shown in; <see cref="ReportOptions.Default"/> when null.</param>
    public TextBlameRenderer(ReportOptions? options = null)
    {
        this.options = options ?? ReportOptions.Default;
    }

    /// <inheritdoc/>
    public void Render(BlameReport model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var zone = options.Zone ?? model.Article.Zone;
        writer.Write($"{BlameLayout.Title(model, zone)}, {BlameLayout.What(model)}:\n");
        var rows = BlameLayout.Runs(model, zone, Editor, number => $"restored in r{number}");
        if (rows.Length == 0)
        {
            writer.Write("  (no text)\n");
        }

        ColumnLayout.Write(writer, rows);
        var removed = model.Provenance.Removed;
        if (removed.Count > 0)
        {
            writer.Write($"\n{BlameLayout.RemovedHeading(model)}:\n");
            foreach (var text in removed)
            {
                writer.Write($"  “{TerminalText.Safe(ReportText.Collapse(text.Text))}”: added in r{text.Origin.Number}, removed in r{text.RemovedIn.Number} at {TimeFormat.InZone(text.RemovedIn.At, zone)}, survived {DurationText.Format(text.Survived)}\n");
            }
        }
    }

    private static string Editor(string? editor) =>
        editor is null ? "-" : editor.Length <= EditorWidth ? editor : editor[..SafeCut(editor, EditorWidth - 1)] + "…";

    /// <summary>A cut that never splits a surrogate pair.</summary>
    private static int SafeCut(string text, int at) => char.IsLowSurrogate(text[at]) ? at - 1 : at;
}
