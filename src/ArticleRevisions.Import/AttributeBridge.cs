using ArticleRevisions.Model;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Import;

/// <summary>Where importers and exporters meet the store's revision attributes.</summary>
internal static class AttributeBridge
{
    /// <summary>
    /// Whether history files keep attributes. Version 1 files refuse them; until the store writes version 2, an import
    /// stores its revisions without their source facts (the import report still counts suppressed revisions).
    /// </summary>
    private static readonly bool StoreKeepsAttributes = HistoryFile.FormatVersion >= 2;

    /// <summary>The attributes stored with <paramref name="revision"/>.</summary>
    public static IReadOnlyDictionary<string, string> Of(Revision revision) => revision.Attributes;

    /// <summary>The draft for <paramref name="revision"/> with its source facts as attributes.</summary>
    public static RevisionDraft ToDraft(ImportedRevision revision) =>
        revision.Attributes.IsEmpty ? revision.Draft : revision.Draft with { Attributes = RevisionAttributes.Create(revision.Attributes) };

    /// <summary>The draft to append to a history file: with its attributes where the file can keep them.</summary>
    public static RevisionDraft ForStore(ImportedRevision revision) => StoreKeepsAttributes ? ToDraft(revision) : revision.Draft;
}
