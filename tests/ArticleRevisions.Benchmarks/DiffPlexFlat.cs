using DiffPlex;
using DiffPlex.Chunkers;

namespace ArticleRevisions.Benchmarks;

/// <summary>The baseline: DiffPlex's word diff over the whole of both texts at once, with no bound on its cost.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
internal static class DiffPlexFlat
{
    /// <summary>Diffs the texts word by word with DiffPlex's Myers implementation.</summary>
    /// <param name="oldText">The earlier version.</param>
    /// <param name="newText">The later version.</param>
    /// <returns>DiffPlex's result.</returns>
    public static DiffPlex.Model.DiffResult Compare(string oldText, string newText) =>
        Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
}
