using ArticleRevisions.Diffing;
using ArticleRevisions.Reports;
using NodaTime;

namespace ArticleRevisions.Tests.Rendering;

/// <summary>Wraps a result, hand-built or compared, as the <see cref="Comparison"/> the diff renderers write.</summary>
internal static class Compared
{
    public static Comparison Of(DiffResult result, string oldLabel = "old", string newLabel = "new", Instant? oldTime = null, Instant? newTime = null, DateTimeZone? zone = null) =>
        new(new ComparedVersion(oldLabel, oldTime), new ComparedVersion(newLabel, newTime), zone ?? DateTimeZone.Utc, result);
}
