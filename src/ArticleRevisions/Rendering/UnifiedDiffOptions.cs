namespace ArticleRevisions.Rendering;

/// <summary>How a <see cref="UnifiedDiffRenderer"/> writes.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record UnifiedDiffOptions
{
    /// <summary>Gets the default options: three lines of context.</summary>
    public static UnifiedDiffOptions Default { get; } = new();

    /// <summary>Gets the number of unchanged lines around each change. Default: 3.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative.</exception>
    public int Context
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            field = value;
        }
    } = 3;
}
