namespace ArticleRevisions.Rendering;

/// <summary>Writes one kind of result model in one format.</summary>
/// <typeparam name="TModel">The result model written.</typeparam>
/// <remarks>
/// Every renderer of this library is immutable: its options are given when it is made, and one instance may render
/// any number of models, from any number of threads, each to its own writer.
/// </remarks>
public interface IRenderer<in TModel>
{
    /// <summary>Writes <paramref name="model"/> to <paramref name="writer"/>.</summary>
    /// <param name="model">The result to write.</param>
    /// <param name="writer">Where to write it; it is not flushed or closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> or <paramref name="writer"/> is null.</exception>
    void Render(TModel model, TextWriter writer);
}
