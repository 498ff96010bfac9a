using ArticleRevisions.Model;

namespace ArticleRevisions.Import;

/// <summary>Where an imported revision's source facts become the store's revision attributes.</summary>
internal static class AttributeBridge
{
    /// <summary>The draft for <paramref name="revision"/> with its source facts as attributes.</summary>
    public static RevisionDraft ToDraft(ImportedRevision revision) =>
        revision.Attributes.IsEmpty ? revision.Draft : revision.Draft with { Attributes = RevisionAttributes.Create(revision.Attributes) };
}
