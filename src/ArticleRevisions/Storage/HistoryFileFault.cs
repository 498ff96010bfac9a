namespace ArticleRevisions.Storage;

/// <summary>What is wrong with a history file that cannot be read.</summary>
public enum HistoryFileFault
{
    /// <summary>The file has no header line.</summary>
    Empty,

    /// <summary>A line is not valid JSON, is blank, or a field is missing, unknown or of the wrong type.</summary>
    MalformedLine,

    /// <summary>The header names another format.</summary>
    WrongFormat,

    /// <summary>The header names a format version this build cannot read.</summary>
    UnsupportedVersion,

    /// <summary>A field has the right type but a value that is not allowed (an unknown zone, a bad slug, …).</summary>
    InvalidValue,

    /// <summary>A revision's number is not the next one.</summary>
    BadNumbering,

    /// <summary>A revision is not strictly later than the one before it.</summary>
    OutOfOrder,

    /// <summary>A revision's stored hash does not match its content and predecessor: it was changed after it was written.</summary>
    HashMismatch,

    /// <summary>The last line has no newline: an append was interrupted, most likely by a crash.</summary>
    TornLastLine,
}
