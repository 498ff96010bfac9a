using System.Globalization;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a <see cref="RepairResult"/> as one line: what was removed and where the file as it was is kept, or that nothing needed repair.</summary>
/// <remarks>
/// <c>h.jsonl: removed a torn last line of 1,024 bytes starting “{"type":"revi”; what is left reads back with its hash chain
/// intact (3 revisions). The file as it was is kept as h.jsonl.torn-backup.</c> Control characters in the removed text are shown as visible
/// symbols, so the line cannot drive a terminal. This type is immutable and thread-safe.
/// </remarks>
public sealed class TextRepairRenderer : IRenderer<RepairResult>
{
    /// <inheritdoc/>
    public void Render(RepairResult model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        var revisions = Revisions(model.Revisions);
        writer.Write(model.RemovedBytes == 0 || model.BackupPath is null
            ? $"{model.Path}: the last line is complete; nothing to repair ({revisions}).\n"
            : string.Create(CultureInfo.InvariantCulture, $"{model.Path}: removed a torn last line of {model.RemovedBytes:N0} byte{(model.RemovedBytes == 1 ? string.Empty : "s")} starting “{TerminalText.Safe(model.RemovedText)}”; what is left reads back with its hash chain intact ({revisions}). The file as it was is kept as {model.BackupPath}.\n"));
    }

    internal static string Revisions(int count) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} revision{(count == 1 ? string.Empty : "s")}");
}
