using DiffPlex;
using DiffPlex.Chunkers;

namespace ArticleRevisions.Diffing;

/// <summary>
/// The one place DiffPlex is called. Everything outside sees only our own types, so an upgrade of DiffPlex
/// never reaches the public API.
/// </summary>
internal static class SequenceDiffer
{
    /// <summary>Diffs two sequences of keys (equal keys are equal pieces), returning the edit blocks as index ranges.</summary>
    public static IReadOnlyList<EditBlock> Diff(IReadOnlyList<string> oldKeys, IReadOnlyList<string> newKeys)
    {
        const string OldMarker = "old";
        const string NewMarker = "new";
        var chunker = new CustomFunctionChunker(s => ReferenceEquals(s, OldMarker) ? oldKeys : newKeys);
        var result = Differ.Instance.CreateDiffs(OldMarker, NewMarker, ignoreWhiteSpace: false, ignoreCase: false, chunker);
        return result.DiffBlocks
            .Select(b => new EditBlock(b.DeleteStartA, b.DeleteCountA, b.InsertStartB, b.InsertCountB))
            .ToArray();
    }
}
