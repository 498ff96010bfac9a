namespace ArticleRevisions.Capture.Extraction;

/// <summary>A declaration as JSON holds it; turned into a checked <see cref="SourceDeclaration"/> by <see cref="Declarations"/>.</summary>
internal sealed record DeclarationRecord(
    string? Name,
    int? Version,
    string[]? Hosts,
    string? FetchQuery,
    string[]? Select,
    string[]? Remove,
    string? Title,
    string? Published,
    string? Modified,
    string? EditedSelector,
    string? EditedText);
