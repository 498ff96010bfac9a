using DiffPlex;
using DiffPlex.Chunkers;

namespace ArticleRevisions.Diffing;

/// <summary>
/// The one place DiffPlex is called. Everything outside sees only our own types, so an upgrade of DiffPlex
/// never reaches the public API.
/// </summary>
internal static class SequenceDiffer
{
    /// <summary>Diffs two texts cut into pieces by <paramref name="split"/>, returning the edit blocks as piece ranges.</summary>
    public static IReadOnlyList<EditBlock> Diff(string oldText, string newText, Func<string, IReadOnlyList<string>> split)
    {
        var result = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, new CustomFunctionChunker(split));
        return result.DiffBlocks
            .Select(b => new EditBlock(b.DeleteStartA, b.DeleteCountA, b.InsertStartB, b.InsertCountB))
            .ToArray();
    }
}
