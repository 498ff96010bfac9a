using ArticleRevisions.Text;

namespace ArticleRevisions.Diffing;

/// <summary>A run of pieces deleted from the old sequence and a run inserted into the new one, at matching places.</summary>
internal readonly record struct EditBlock(int OldStart, int OldCount, int NewStart, int NewCount)
{
    /// <summary>
    /// Joins edit blocks separated only by white space: an aligned paragraph break between two edits says nothing
    /// about which edited paragraph became which, and leaving it in place would keep a changed paragraph apart from
    /// its new version (then mistaken for a move).
    /// </summary>
    /// <param name="blocks">The blocks, in order.</param>
    /// <param name="oldUnits">The old units the blocks index.</param>
    public static List<EditBlock> JoinAcrossWhitespace(IReadOnlyList<EditBlock> blocks, IReadOnlyList<Segment> oldUnits)
    {
        var joined = new List<EditBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (joined.Count > 0)
            {
                var last = joined[^1];
                var onlyWhitespace = true;
                for (var k = last.OldStart + last.OldCount; k < block.OldStart && onlyWhitespace; k++)
                {
                    onlyWhitespace = oldUnits[k].Kind == SegmentKind.Whitespace;
                }

                if (onlyWhitespace)
                {
                    joined[^1] = new EditBlock(
                        last.OldStart,
                        block.OldStart + block.OldCount - last.OldStart,
                        last.NewStart,
                        block.NewStart + block.NewCount - last.NewStart);
                    continue;
                }
            }

            joined.Add(block);
        }

        return joined;
    }
}
