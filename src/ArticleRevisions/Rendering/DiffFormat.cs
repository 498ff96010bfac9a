namespace ArticleRevisions.Rendering;

/// <summary>The ways a comparison can be written out.</summary>
public enum DiffFormat
{
    /// <summary>The new text with changes marked inline: ANSI colour for terminals, or textual markers.</summary>
    Inline,

    /// <summary>Git's word-diff markers: <c>[-removed-]{+added+}</c>.</summary>
    WordDiff,

    /// <summary>Old and new in two columns that fit a given width.</summary>
    SideBySide,

    /// <summary>A unified patch that GNU <c>patch</c> and <c>git apply</c> apply exactly.</summary>
    Unified,

    /// <summary>JSON following the documented, versioned schema.</summary>
    Json,

    /// <summary>Markdown, for pasting into a story or a ticket.</summary>
    Markdown,

    /// <summary>One self-contained HTML page: inline CSS, no scripts, no external requests.</summary>
    Html,
}
