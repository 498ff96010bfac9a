namespace ArticleRevisions.Text;

/// <summary>Thrown when input meant to be an article's text is not UTF-8 text.</summary>
/// <remarks>The message names the source and the byte offset at fault.</remarks>
public sealed class TextDecodingException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="sourceName">The file path, or <c>-</c> for standard input.</param>
    /// <param name="byteOffset">The 0-based offset of the first offending byte.</param>
    /// <param name="reason">What is wrong, as one sentence.</param>
    public TextDecodingException(string sourceName, long byteOffset, string reason)
        : base($"{sourceName}: {reason}")
    {
        SourceName = sourceName;
        ByteOffset = byteOffset;
        Reason = reason;
    }

    /// <summary>Gets what is wrong, as one sentence, without the source's name.</summary>
    public string Reason { get; }

    /// <summary>Gets the file path, or <c>-</c> for standard input.</summary>
    public string SourceName { get; }

    /// <summary>Gets the 0-based offset of the first offending byte.</summary>
    public long ByteOffset { get; }
}
