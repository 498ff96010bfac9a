using System.Collections.Immutable;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace ArticleRevisions.Capture.Extraction;

/// <summary>The declarations shipped with the package, and reading declarations from JSON files.</summary>
/// <remarks>Thread-safe.</remarks>
public static class Declarations
{
    private static readonly Lazy<ImmutableArray<SourceDeclaration>> ShippedLazy = new(LoadShipped);

    /// <summary>Gets the declarations shipped with the package (today: <c>telegram-post</c>, a public Telegram channel post).</summary>
    public static ImmutableArray<SourceDeclaration> Shipped => ShippedLazy.Value;

    /// <summary>Finds the shipped declaration that applies to <paramref name="uri"/> by its host.</summary>
    /// <param name="uri">The page's URL.</param>
    /// <returns>The declaration, or null when the automatic extractor should be used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="uri"/> is null.</exception>
    public static SourceDeclaration? For(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return Shipped.FirstOrDefault(d => d.AppliesTo(uri));
    }

    /// <summary>Resolves a declaration named by the user: a shipped declaration's name, or the path of a JSON file.</summary>
    /// <param name="nameOrPath">A name such as <c>telegram-post</c>, or a file path.</param>
    /// <returns>The declaration.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nameOrPath"/> is null.</exception>
    /// <exception cref="DeclarationException">No shipped declaration has that name and no such file exists, or the file is not a valid declaration.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SourceDeclaration Resolve(string nameOrPath)
    {
        ArgumentNullException.ThrowIfNull(nameOrPath);
        if (Shipped.FirstOrDefault(d => d.Name == nameOrPath) is { } shipped)
        {
            return shipped;
        }

        if (!File.Exists(nameOrPath))
        {
            throw new DeclarationException(nameOrPath, $"no such declaration: give a file, or one of the shipped ones ({string.Join(", ", Shipped.Select(d => d.Name))}).");
        }

        return Parse(File.ReadAllText(nameOrPath), nameOrPath);
    }

    /// <summary>Reads a declaration from JSON and checks every selector.</summary>
    /// <param name="json">The declaration's JSON.</param>
    /// <param name="origin">The file or name it came from, for error messages.</param>
    /// <returns>The declaration.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DeclarationException">The JSON is malformed, a required field is missing, or a selector is not valid CSS.</exception>
    public static SourceDeclaration Parse(string json, string origin)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(origin);
        DeclarationRecord? record;
        try
        {
            record = JsonSerializer.Deserialize(json, DeclarationJsonContext.Default.DeclarationRecord);
        }
        catch (JsonException e)
        {
            throw new DeclarationException(origin, $"not valid JSON ({e.Message})");
        }

        if (record is null || string.IsNullOrWhiteSpace(record.Name))
        {
            throw new DeclarationException(origin, "a declaration needs a \"name\".");
        }

        if (record.Select is not { Length: > 0 })
        {
            throw new DeclarationException(origin, "a declaration needs at least one selector in \"select\".");
        }

        var declaration = new SourceDeclaration
        {
            Name = record.Name,
            Version = record.Version ?? 1,
            Hosts = [.. record.Hosts ?? []],
            FetchQuery = record.FetchQuery,
            Select = [.. record.Select],
            Remove = [.. record.Remove ?? []],
            Title = record.Title,
            Published = record.Published,
            Modified = record.Modified,
            EditedSelector = record.EditedSelector,
            EditedText = record.EditedText,
        };
        CheckSelectors(declaration, origin);
        return declaration;
    }

    private static void CheckSelectors(SourceDeclaration declaration, string origin)
    {
        var document = new HtmlParser().ParseDocument("<html><body></body></html>");
        var all = declaration.Select.Concat(declaration.Remove)
            .Concat(new[] { declaration.Title, declaration.Published, declaration.Modified, declaration.EditedSelector }.OfType<string>());
        foreach (var selector in all)
        {
            try
            {
                document.QuerySelector(selector);
            }
            catch (AngleSharp.Dom.DomException)
            {
                throw new DeclarationException(origin, $"'{selector}' is not a valid CSS selector.");
            }
        }
    }

    private static ImmutableArray<SourceDeclaration> LoadShipped()
    {
        var assembly = typeof(Declarations).Assembly;
        var builder = ImmutableArray.CreateBuilder<SourceDeclaration>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!; // listed by the assembly itself, so it exists
            using var reader = new StreamReader(stream);
            builder.Add(Parse(reader.ReadToEnd(), name));
        }

        return builder.ToImmutable();
    }
}
