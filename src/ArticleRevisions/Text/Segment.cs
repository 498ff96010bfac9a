using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace ArticleRevisions.Text;

/// <summary>A piece of a source string: its kind, and where it starts and how long it is, in UTF-16 code units.</summary>
/// <remarks>
/// A segment does not hold its source; pass the string it was cut from to <see cref="GetText"/> or
/// <see cref="AsSpan"/>. This type is immutable and thread-safe, and compares by value.
/// </remarks>
/// <param name="Kind">What the segment holds.</param>
/// <param name="Start">The offset of the segment's first code unit in its source; zero or more.</param>
/// <param name="Length">The number of code units in the segment; zero or more.</param>
public readonly record struct Segment(SegmentKind Kind, int Start, int Length)
{
    /// <summary>Gets what the segment holds.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is not a defined <see cref="SegmentKind"/>.</exception>
    public SegmentKind Kind { get; init => field = CheckKind(value); } = CheckKind(Kind);

    /// <summary>Gets the offset of the segment's first code unit in its source.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative, or puts <see cref="End"/> past <see cref="int.MaxValue"/>.</exception>
    public int Start { get; init => field = CheckStart(value, Length); } = CheckStart(Start, Length);

    /// <summary>Gets the number of code units in the segment.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is negative, or puts <see cref="End"/> past <see cref="int.MaxValue"/>.</exception>
    public int Length { get; init => field = CheckLength(value, Start); } = CheckLength(Length, Start);

    /// <summary>Gets the offset just past the segment's last code unit: <see cref="Start"/> plus <see cref="Length"/>.</summary>
    public int End => Start + Length;

    /// <summary>Copies the segment's text out of <paramref name="source"/>.</summary>
    /// <param name="source">The string the segment was cut from.</param>
    /// <returns>The <see cref="Length"/> code units of <paramref name="source"/> from <see cref="Start"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The segment reaches past the end of <paramref name="source"/>.</exception>
    public string GetText(string source)
    {
        CheckSource(source);
        return source.Substring(Start, Length);
    }

    /// <summary>Views the segment's text inside <paramref name="source"/> without copying it.</summary>
    /// <param name="source">The string the segment was cut from.</param>
    /// <returns>The <see cref="Length"/> code units of <paramref name="source"/> from <see cref="Start"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The segment reaches past the end of <paramref name="source"/>.</exception>
    public ReadOnlySpan<char> AsSpan(string source)
    {
        CheckSource(source);
        return source.AsSpan(Start, Length);
    }

    private void CheckSource(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (End > source.Length)
        {
            throw new ArgumentOutOfRangeException(
                nameof(source),
                $"The segment [{Start}, {End}) reaches past the end of a source of length {source.Length}.");
        }
    }

    // The checks run for every segment the splitters make, so they are inlined and only the throws are out of line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static SegmentKind CheckKind(SegmentKind kind)
    {
        if (kind is < SegmentKind.Paragraph or > SegmentKind.Whitespace)
        {
            ThrowOutOfRange(nameof(Kind), kind, "Not a defined segment kind.");
        }

        return kind;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CheckStart(int start, int length)
    {
        if (start < 0 || length > int.MaxValue - start)
        {
            ThrowOutOfRange(nameof(Start), start, "The start must be zero or more, and the segment must end by int.MaxValue.");
        }

        return start;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CheckLength(int length, int start)
    {
        if (length < 0 || start > int.MaxValue - length)
        {
            ThrowOutOfRange(nameof(Length), length, "The length must be zero or more, and the segment must end by int.MaxValue.");
        }

        return length;
    }

    // The property, not the helper's parameter, is what the caller set, so it is what the exception names.
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowOutOfRange(string propertyName, object value, string message) =>
        throw new ArgumentOutOfRangeException(propertyName, value, message);
}
