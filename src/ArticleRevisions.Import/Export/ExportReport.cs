using System.Collections.Immutable;

namespace ArticleRevisions.Import.Export;

/// <summary>What an export wrote.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ExportReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="historyPath">The history exported.</param>
    /// <param name="directory">The folder written.</param>
    /// <param name="format">The shape written.</param>
    /// <param name="revisions">How many revisions were exported.</param>
    /// <param name="files">The files written, relative to <paramref name="directory"/>, in the order written.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ExportReport(string historyPath, string directory, ExportFormat format, int revisions, IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(historyPath);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(files);
        HistoryPath = historyPath;
        Directory = directory;
        Format = format;
        Revisions = revisions;
        Files = [.. files];
    }

    /// <summary>Gets the history exported.</summary>
    public string HistoryPath { get; }

    /// <summary>Gets the folder written.</summary>
    public string Directory { get; }

    /// <summary>Gets the shape written.</summary>
    public ExportFormat Format { get; }

    /// <summary>Gets how many revisions were exported.</summary>
    public int Revisions { get; }

    /// <summary>Gets the files written, relative to <see cref="Directory"/>.</summary>
    public ImmutableArray<string> Files { get; }
}
