using System.Text.Json;
using ArticleRevisions.Capture.Watching;
using ArticleRevisions.Testing;
using Json.Schema;
using NodaTime;
using Duration = NodaTime.Duration;

namespace ArticleRevisions.Capture.Tests.Watching;

/// <summary>The published JSON Schema of <c>watch.json</c> and the reader agree: what we write validates, and what either refuses, both refuse.</summary>
public sealed class WatchListSchemaTests : IDisposable
{
    private static readonly JsonSchema Schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "schemas", "artrev-watch.schema.json")));
    private static readonly EvaluationOptions Strict = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };
    private readonly TempDirectory folder = new();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string, string> Refused => new()
    {
        { "an unknown field", """{"format":"artrev-watch","version":1,"sources":[{"id":"a","url":"https://example.org/a","intreval":"15m"}]}""" },
        { "an id that is not a slug", """{"format":"artrev-watch","version":1,"sources":[{"id":"Bridge Story","url":"https://example.org/a"}]}""" },
        { "a URL that is not http", """{"format":"artrev-watch","version":1,"sources":[{"id":"a","url":"ftp://example.org/a"}]}""" },
        { "an interval in words", """{"format":"artrev-watch","version":1,"sources":[{"id":"a","url":"https://example.org/a","interval":"15 minutes"}]}""" },
        { "an unknown kind", """{"format":"artrev-watch","version":1,"sources":[{"id":"a","url":"https://example.org/a","kind":"podcast"}]}""" },
        { "a source without a URL", """{"format":"artrev-watch","version":1,"sources":[{"id":"a"}]}""" },
        { "another format", """{"format":"artrev-history","version":1,"sources":[]}""" },
        { "a later version", """{"format":"artrev-watch","version":2,"sources":[]}""" },
        { "an unknown alert filter", """{"format":"artrev-watch","version":1,"sources":[],"alerts":{"on":"everything"}}""" },
        { "a webhook that is not http", """{"format":"artrev-watch","version":1,"sources":[],"alerts":{"webhook":"mailto:desk@example.org"}}""" },
        { "a language that is not a tag", """{"format":"artrev-watch","version":1,"sources":[{"id":"a","url":"https://example.org/a","language":"English (UK)"}]}""" },
    };

    [Fact]
    public void A_watch_list_written_with_every_field_validates_against_the_published_schema()
    {
        WatchListFile.Update(folder.Path, list => list
            .Add(new WatchSource("gazette", new Uri("https://gazette.example/feed.xml"), WatchSourceKind.Feed, Duration.FromHours(1)) { Zone = DateTimeZoneProviders.Tzdb["Europe/London"], Language = "en-GB" })
            .Add(new WatchSource("bridge", new Uri("https://gazette.example/news/bridge"), WatchSourceKind.Page, Duration.FromMinutes(90))
            {
                Zone = DateTimeZoneProviders.Tzdb["Europe/Kyiv"],
                Language = "uk",
                Declaration = "telegram-post",
                Title = "Bridge repairs approved",
                Feed = "gazette",
            }) with
        {
            Alerts = new AlertSettings { On = AlertFilter.Stealth, Phrases = ["shuttle bus"], Webhook = new Uri("http://127.0.0.1:9/hook") },
        });
        using var written = JsonDocument.Parse(File.ReadAllBytes(folder.File(WatchListFile.FileName)));

        var result = Schema.Evaluate(written.RootElement, Strict);

        Assert.True(result.IsValid, Errors(result));
        Assert.Equal(WatchListFile.SchemaUrl, written.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(2, WatchListFile.Load(folder.Path).Sources.Length);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void What_the_schema_refuses_the_reader_refuses_with_a_clear_error(string what, string json)
    {
        File.WriteAllText(folder.File(WatchListFile.FileName), json);
        using var document = JsonDocument.Parse(json);

        var result = Schema.Evaluate(document.RootElement, Strict);
        var error = Record.Exception(() => WatchListFile.Load(folder.Path));

        Assert.False(result.IsValid, $"The schema accepts {what}.");
        var refused = Assert.IsType<WatchListException>(error);
        Assert.StartsWith(folder.File(WatchListFile.FileName) + ": ", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
    }

    private static string Errors(EvaluationResults result) =>
        string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));
}
