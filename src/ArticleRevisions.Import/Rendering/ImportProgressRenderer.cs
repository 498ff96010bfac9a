using System.Globalization;

namespace ArticleRevisions.Import.Rendering;

/// <summary>Formats an <see cref="ImportProgress"/> as one short status line, for a terminal to show while a long import runs.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class ImportProgressRenderer
{
    /// <summary>Formats <paramref name="progress"/>, such as <c>312.4 MB of 1,024.0 MB (30%), 1,204 pages, 98,311 revisions</c>.</summary>
    /// <param name="progress">How far the import has got.</param>
    /// <returns>The line, without a line break.</returns>
    public static string Format(ImportProgress progress)
    {
        var read = Megabytes(progress.BytesRead);
        var of = progress.TotalBytes is { } total and > 0
            ? $" of {Megabytes(total)} ({(100.0 * progress.BytesRead / total).ToString("0", CultureInfo.InvariantCulture)}%)"
            : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{read}{of}, {progress.Pages:N0} pages, {progress.Revisions:N0} revisions");
    }

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("N1", CultureInfo.InvariantCulture) + " MB";
}
