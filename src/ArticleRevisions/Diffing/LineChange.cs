namespace ArticleRevisions.Diffing;

/// <summary>What a row of a <see cref="LineAlignment"/> says about its lines.</summary>
public enum LineChange
{
    /// <summary>The lines are equal (under the comparison's options); a row may hold a line on one side only where the options joined or split lines.</summary>
    Unchanged,

    /// <summary>An old line paired with the new line it became.</summary>
    Changed,

    /// <summary>A line only in the old text.</summary>
    Removed,

    /// <summary>A line only in the new text.</summary>
    Added,
}
