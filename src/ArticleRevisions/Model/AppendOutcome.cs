namespace ArticleRevisions.Model;

/// <summary>What happened when a draft was appended to a history.</summary>
public enum AppendOutcome
{
    /// <summary>The draft became a new revision.</summary>
    Appended,

    /// <summary>The draft's text equals the latest revision's text, so no revision was added.</summary>
    UnchangedText,
}
