namespace ArticleRevisions.Rendering;

/// <summary>The ways a comparison can be written out.</summary>
public enum DiffFormat
{
    /// <summary>The new text with changes marked inline: ANSI colour for terminals, or textual markers.</summary>
    /// <remarks>
    /// Markers without colour: <c>[-deleted-]</c>, <c>{+inserted+}</c>, <c>[&lt;1 text that moved away&gt;]</c> where move 1
    /// left and <c>{&gt;1 text that arrived&lt;}</c> where it arrived, with the move's own edits marked inside it. Markers
    /// in the article text itself are not escaped: parse <see cref="Json"/> instead. With colour: deleted red and struck
    /// through, inserted green, moved text cyan (struck through where it left); colours are reset before every line break.
    /// </remarks>
    Inline,

    /// <summary>Git's word-diff markers: <c>[-removed-]{+added+}</c>.</summary>
    /// <remarks>
    /// As <c>git diff --word-diff=plain</c> writes them, without headers: markers close before each line break, and a
    /// moved text is removed where it left and added where it arrived. Never coloured.
    /// </remarks>
    WordDiff,

    /// <summary>Old and new in two columns that fit a given width.</summary>
    /// <remarks>
    /// Line by line, with sdiff's gutter marks: <c>|</c> changed, <c>&lt;</c> only in the old text, <c>&gt;</c> only in
    /// the new one. Long lines wrap; East Asian wide characters and emoji count as two columns.
    /// </remarks>
    SideBySide,

    /// <summary>A unified patch that GNU <c>patch</c> and <c>git apply</c> apply exactly.</summary>
    /// <remarks>
    /// Made from the exact texts whatever the comparison ignored, with <see cref="RenderOptions.Context"/> lines of
    /// context; empty when the texts are identical. As with <c>git diff -U0</c>, a patch without context needs
    /// <c>git apply --unidiff-zero</c>.
    /// </remarks>
    Unified,

    /// <summary>JSON following the documented, versioned schema.</summary>
    Json,

    /// <summary>Markdown, for pasting into a story or a ticket.</summary>
    /// <remarks>
    /// Deleted text <c>~~struck~~</c>, inserted text <c>**bold**</c>; the ends of move 1 are followed by
    /// <c>(moved ↓1)</c> or <c>(moved ↑1)</c>, the arrow pointing to the other end. Article text is escaped to render
    /// literally.
    /// </remarks>
    Markdown,

    /// <summary>One self-contained HTML page: inline CSS, no scripts, no external requests.</summary>
    Html,
}
