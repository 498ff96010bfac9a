using System.Globalization;

namespace ArticleRevisions.Rendering;

/// <summary>Conveniences for any <see cref="IRenderer{TModel}"/>.</summary>
/// <remarks>This type is stateless and thread-safe.</remarks>
public static class RendererExtensions
{
    /// <summary>Renders <paramref name="model"/> into a string rather than a writer.</summary>
    /// <typeparam name="TModel">The result model written.</typeparam>
    /// <param name="renderer">The renderer.</param>
    /// <param name="model">The result to write.</param>
    /// <returns>Everything the renderer wrote.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="renderer"/> or <paramref name="model"/> is null.</exception>
    public static string RenderToString<TModel>(this IRenderer<TModel> renderer, TModel model)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        renderer.Render(model, writer);
        return writer.ToString();
    }
}
