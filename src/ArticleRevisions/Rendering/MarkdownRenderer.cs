using ArticleRevisions.Diffing;

namespace ArticleRevisions.Rendering;

internal static class MarkdownRenderer
{
    public static string Render(DiffResult result, RenderOptions options) => throw new NotImplementedException();
}
