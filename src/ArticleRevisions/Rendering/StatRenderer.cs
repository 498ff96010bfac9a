using ArticleRevisions.Diffing;

namespace ArticleRevisions.Rendering;

internal static class StatRenderer
{
    public static string Render(DiffResult result) => throw new NotImplementedException();
}
