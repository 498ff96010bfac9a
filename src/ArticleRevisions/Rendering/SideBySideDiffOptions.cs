namespace ArticleRevisions.Rendering;

/// <summary>How a <see cref="SideBySideDiffRenderer"/> writes.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record SideBySideDiffOptions
{
    /// <summary>The narrowest width two columns can be written in.</summary>
    public const int MinimumWidth = 20;

    /// <summary>The widest width written: each row is built whole, so a width without bound could take any memory.</summary>
    public const int MaximumWidth = 10_000;

    /// <summary>Gets the default options: 120 columns, no colour.</summary>
    public static SideBySideDiffOptions Default { get; } = new();

    /// <summary>Gets the total width, in terminal columns. Default: 120.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than <see cref="MinimumWidth"/> or more than <see cref="MaximumWidth"/>.</exception>
    public int Width
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, MinimumWidth);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaximumWidth);
            field = value;
        }
    } = 120;

    /// <summary>Gets whether the sides of changed lines are coloured (old red, new green). Default: off.</summary>
    public bool Color { get; init; }
}
