using NodaTime;

namespace ArticleRevisions.Reports;

/// <summary>One side of a <see cref="Comparison"/>: what the version is called and, when known, when it became current.</summary>
/// <remarks>This type is immutable and thread-safe, and compares by value.</remarks>
public sealed record ComparedVersion
{
    /// <summary>Creates a description of a compared version.</summary>
    /// <param name="label">Its name for people, such as a file path or <c>revision 2</c>.</param>
    /// <param name="time">When it became current, or null when unknown (a plain file).</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    public ComparedVersion(string label, Instant? time = null)
    {
        ArgumentNullException.ThrowIfNull(label);
        Label = label;
        Time = time;
    }

    /// <summary>Gets the version's name for people.</summary>
    public string Label { get; }

    /// <summary>Gets when the version became current, or null when unknown.</summary>
    public Instant? Time { get; }
}
