using System.Text.RegularExpressions;
using NodaTime;

namespace ArticleRevisions.Model;

/// <summary>
/// The article whose versions a history keeps: its identity, title, origin, language and the time zone its
/// times are shown in.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed partial record Article
{
    /// <summary>Creates an article, checking every value.</summary>
    /// <param name="id">A slug: lowercase ASCII letters and digits, optionally joined by single '-', '_' or '.'.</param>
    /// <param name="title">The article's title; not empty or white space.</param>
    /// <param name="zone">The zone in which the article's times are shown, such as <c>Europe/Kyiv</c>.</param>
    /// <param name="language">A BCP 47 language tag such as <c>en</c> or <c>uk-UA</c>; <c>und</c> (undetermined) when null.</param>
    /// <param name="source">Where the article is published; must be absolute when given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="title"/> or <paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is not a slug, the title is blank, the language is not a BCP 47 tag, or the source is relative.</exception>
    public Article(string id, string title, DateTimeZone zone, string? language = null, Uri? source = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(zone);
        if (!IsValidId(id))
        {
            throw new ArgumentException($"Article id '{id}' is not a slug (lowercase letters and digits joined by '-', '_' or '.').", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            throw new ArgumentException("Article title must not be empty.", nameof(title));
        }

        language ??= UndeterminedLanguage;
        if (!IsValidLanguage(language))
        {
            throw new ArgumentException($"Language '{language}' is not a BCP 47 tag such as 'en' or 'uk-UA'.", nameof(language));
        }

        if (source is not null && !IsValidSource(source))
        {
            throw new ArgumentException($"Source '{source.OriginalString}' is not an absolute URI with a scheme, such as https://….", nameof(source));
        }

        Id = id;
        Title = title;
        Zone = zone;
        Language = language;
        Source = source;
    }

    /// <summary>The BCP 47 tag for an undetermined language, used when none is given.</summary>
    public const string UndeterminedLanguage = "und";

    /// <summary>Gets the article's slug, unique within a collection of histories.</summary>
    public string Id { get; }

    /// <summary>Gets the article's title.</summary>
    public string Title { get; }

    /// <summary>Gets the zone in which the article's times are shown.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the article's BCP 47 language tag.</summary>
    public string Language { get; }

    /// <summary>Gets where the article is published, if known.</summary>
    public Uri? Source { get; }

    /// <summary>Returns whether <paramref name="id"/> is a valid article slug.</summary>
    /// <param name="id">The candidate id.</param>
    /// <returns><see langword="true"/> when the id can name an article.</returns>
    public static bool IsValidId(string? id) => id is not null && id.Length <= 200 && SlugPattern().IsMatch(id);

    /// <summary>Reads <paramref name="text"/> as a source URI: absolute, with its scheme written out.</summary>
    /// <param name="text">The candidate, such as <c>https://t.me/GeneralStaffZSU/21034</c>.</param>
    /// <param name="source">The URI, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is an absolute URI that names its scheme.</returns>
    /// <remarks>A bare path such as <c>/etc/passwd</c> is refused, though .NET on Unix would read it as a file URI.</remarks>
    public static bool TryParseSource(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? source)
    {
        source = Uri.TryCreate(text, UriKind.Absolute, out var uri) && IsValidSource(uri) ? uri : null;
        return source is not null;
    }

    internal static bool IsValidSource(Uri source) =>
        source.IsAbsoluteUri && source.OriginalString.StartsWith(source.Scheme + ":", StringComparison.OrdinalIgnoreCase);

    /// <summary>Returns whether <paramref name="language"/> has the shape of a BCP 47 language tag.</summary>
    /// <param name="language">The candidate tag.</param>
    /// <returns><see langword="true"/> when the tag is well formed.</returns>
    /// <remarks>Only the shape is checked (a 2–8 letter primary subtag, then alphanumeric subtags), not the registry.</remarks>
    public static bool IsValidLanguage(string? language) => language is not null && LanguagePattern().IsMatch(language);

    [GeneratedRegex("^[a-z0-9]+(?:[-_.][a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();
}
