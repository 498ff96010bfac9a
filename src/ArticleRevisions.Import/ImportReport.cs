using System.Collections.Immutable;

namespace ArticleRevisions.Import;

/// <summary>What an import read and what it wrote: one entry per history file.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ImportReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="source">What was imported: a folder, a MediaWiki file, or a repository and path.</param>
    /// <param name="histories">The histories written, in the order the source held them.</param>
    /// <param name="leftOut">Files in a snapshot folder that its manifest does not list, and so were not read.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ImportReport(string source, IEnumerable<ImportedHistory> histories, IEnumerable<string>? leftOut = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(histories);
        Source = source;
        Histories = [.. histories];
        LeftOut = leftOut is null ? [] : [.. leftOut];
    }

    /// <summary>Gets what was imported.</summary>
    public string Source { get; }

    /// <summary>Gets the histories written, in the order the source held them.</summary>
    public ImmutableArray<ImportedHistory> Histories { get; }

    /// <summary>Gets the files of a snapshot folder that its manifest does not list (they were not read).</summary>
    public ImmutableArray<string> LeftOut { get; }

    /// <summary>Gets how many revisions the source held in all.</summary>
    public long Read => Histories.Sum(h => (long)h.Read);

    /// <summary>Gets how many revisions were appended in all.</summary>
    public long Added => Histories.Sum(h => (long)h.Added);
}
