namespace ArticleRevisions.Capture.Watching;

/// <summary>Which edits raise an alert.</summary>
public enum AlertFilter
{
    /// <summary>Substantive edits, stealth or not.</summary>
    Substantive,

    /// <summary>Only stealth edits: substantive changes published without a note.</summary>
    Stealth,
}
