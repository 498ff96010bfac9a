using ArticleRevisions.Diffing;

namespace ArticleRevisions.Rendering;

/// <summary>Writes a comparison in one of the <see cref="DiffFormat"/>s. Each format is a pure function of the result and options.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class DiffRenderer
{
    /// <summary>Writes <paramref name="result"/> as <paramref name="format"/>.</summary>
    /// <param name="result">The comparison.</param>
    /// <param name="format">The output format.</param>
    /// <param name="options">Labels, colour, width and context; <see cref="RenderOptions.Default"/> when null.</param>
    /// <returns>The text to write out.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The format is unknown, the width is under 20 or the context is negative.</exception>
    public static string Render(DiffResult result, DiffFormat format, RenderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= RenderOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Width, 20, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.Context, nameof(options));
        if (options.StatOnly && format is not (DiffFormat.Json or DiffFormat.Html or DiffFormat.Markdown))
        {
            return StatRenderer.Render(result);
        }

        return format switch
        {
            DiffFormat.Inline => InlineRenderer.Render(result, options),
            DiffFormat.WordDiff => WordDiffRenderer.Render(result, options),
            DiffFormat.SideBySide => SideBySideRenderer.Render(result, options),
            DiffFormat.Unified => UnifiedRenderer.Render(result, options),
            DiffFormat.Json => JsonRenderer.Render(result, options),
            DiffFormat.Markdown => MarkdownRenderer.Render(result, options),
            DiffFormat.Html => HtmlRenderer.Render(result, options),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown format."),
        };
    }
}
