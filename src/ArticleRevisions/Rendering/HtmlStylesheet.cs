namespace ArticleRevisions.Rendering;

/// <summary>The stylesheet of every HTML page this library writes.</summary>
/// <remarks>
/// Light and dark mode follow the reader's system (<c>prefers-color-scheme</c>). Pages inline it unless told to
/// link a copy (<see cref="HtmlDiffOptions.StylesheetHref"/>, <see cref="HtmlReportOptions.StylesheetHref"/>), so a
/// site publishing many pages can serve this text once. This type is stateless and thread-safe.
/// </remarks>
public static class HtmlStylesheet
{
    /// <summary>Gets the CSS every page uses, without a trailing newline.</summary>
    /// <remarks>The text of <c>HtmlStylesheet.css</c> beside this type's source, built into the library.</remarks>
    public static string Default { get; } = Load();

    private static string Load()
    {
        using var stream = typeof(HtmlStylesheet).Assembly.GetManifestResourceStream("ArticleRevisions.Rendering.HtmlStylesheet.css")
            ?? throw new InvalidOperationException("The stylesheet is missing from the library's resources.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n").TrimEnd('\n');
    }
}
