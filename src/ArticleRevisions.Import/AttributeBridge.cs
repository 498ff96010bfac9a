using System.Collections.Immutable;
using ArticleRevisions.Model;

namespace ArticleRevisions.Import;

/// <summary>Where importers and exporters meet the store's revision attributes.</summary>
internal static class AttributeBridge
{
    /// <summary>The attributes stored with <paramref name="revision"/>.</summary>
    public static ImmutableSortedDictionary<string, string> Of(Revision revision)
    {
        ArgumentNullException.ThrowIfNull(revision);
        // Until the store keeps attributes (the model contract of issue 11), a stored revision has none.
        return ImportedRevision.NoAttributes;
    }

    /// <summary>The draft to append for <paramref name="revision"/>, carrying its attributes where the store keeps them.</summary>
    public static RevisionDraft ToDraft(ImportedRevision revision) => revision.Draft;
}
