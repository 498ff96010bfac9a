namespace ArticleRevisions.Capture.Extraction;

/// <summary>A declaration file that cannot be used: malformed JSON, a missing field, or a selector that is not valid CSS.</summary>
public sealed class DeclarationException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="origin">The file or name the declaration came from.</param>
    /// <param name="reason">What is wrong, in one line.</param>
    public DeclarationException(string origin, string reason)
        : base($"{origin}: {reason}")
    {
        Origin = origin;
        Reason = reason;
    }

    /// <summary>Gets the file or name the declaration came from.</summary>
    public string Origin { get; }

    /// <summary>Gets what is wrong.</summary>
    public string Reason { get; }
}
