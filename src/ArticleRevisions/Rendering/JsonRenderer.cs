using ArticleRevisions.Diffing;

namespace ArticleRevisions.Rendering;

internal static class JsonRenderer
{
    public static string Render(DiffResult result, RenderOptions options) => throw new NotImplementedException();
}
