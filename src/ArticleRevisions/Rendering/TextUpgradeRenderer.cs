using System.Globalization;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Rendering;

/// <summary>Writes an <see cref="UpgradeResult"/> as one line: the versions, the revisions checked, the sizes and where the original is kept, or that nothing was to do.</summary>
/// <remarks>
/// <c>h.jsonl: upgraded from format version 1 to 2, 8 revisions checked, 20,480 → 4,096 bytes; the original is kept as
/// h.jsonl.v1-backup.</c> This type is immutable and thread-safe.
/// </remarks>
public sealed class TextUpgradeRenderer : IRenderer<UpgradeResult>
{
    /// <inheritdoc/>
    public void Render(UpgradeResult model, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(model.BackupPath is null
            ? string.Create(CultureInfo.InvariantCulture, $"{model.Path}: already format version {model.ToVersion}; nothing to do.\n")
            : string.Create(CultureInfo.InvariantCulture, $"{model.Path}: upgraded from format version {model.FromVersion} to {model.ToVersion}, {TextRepairRenderer.Revisions(model.Revisions)} checked, {model.BytesBefore:N0} → {model.BytesAfter:N0} bytes; the original is kept as {model.BackupPath}.\n"));
    }
}
