using System.Text.Json;
using ArticleRevisions.Capture.Extraction;
using Json.Schema;

namespace ArticleRevisions.Capture.Tests.Extraction;

/// <summary>The published JSON Schema of source declarations, the shipped declarations and the reader agree.</summary>
public sealed class DeclarationSchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "artrev-declaration.schema.json")));

    public static TheoryData<string> ShippedFiles => [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "declarations"), "*.json").Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Every_shipped_declaration_validates_against_the_published_schema_and_is_the_one_the_package_ships(string file)
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "declarations", file));
        using var document = JsonDocument.Parse(json);

        var result = Schema.Evaluate(document.RootElement, new EvaluationOptions { RequireFormatValidation = true });

        Assert.True(result.IsValid);
        var read = Declarations.Parse(json, file);
        var shipped = Declarations.Resolve(Path.GetFileNameWithoutExtension(file));
        Assert.Equal(read.ExtractorId, shipped.ExtractorId);
        Assert.Equal(read.Select, shipped.Select);
        Assert.Equal(read.Remove, shipped.Remove);
    }

    [Theory]
    [InlineData("""{"name":"gazette"}""")]
    [InlineData("""{"name":"gazette","select":[]}""")]
    [InlineData("""{"select":["article p"]}""")]
    public void A_declaration_without_a_name_or_a_selector_is_refused_by_the_schema_and_the_reader(string json)
    {
        using var document = JsonDocument.Parse(json);

        var result = Schema.Evaluate(document.RootElement);
        var error = Record.Exception(() => Declarations.Parse(json, "gazette.json"));

        Assert.False(result.IsValid);
        Assert.StartsWith("gazette.json: a declaration needs ", Assert.IsType<DeclarationException>(error).Message, StringComparison.Ordinal);
    }
}
