using System.Text;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Tests.Publishing;

/// <summary>
/// A history that has everything a report shows, written by us: a title and texts with hostile markup, a cosmetic
/// edit, a stealth edit known only between two captures, the source gone and back, a revert, a noted substantive
/// edit and raw pages beside it. Shared with the browser tests (linked there).
/// </summary>
internal static class ShowcaseHistory
{
    public const string Title = "Mayor's <script>alert('title')</script> budget";
    public const string ScriptText = "<script>alert('text')</script>";
    public const string ImageText = "<img src=x onerror=alert('img')>";

    public static readonly DateTimeZone Zone = DateTimeZoneProviders.Tzdb["Europe/Kyiv"];

    private const string First =
        "City council backs the budget\n\nThe council approved the budget on Monday by 31 votes to 12.\n\n" +
        "A reader wrote in: " + ScriptText + " and " + ImageText + " should show as text.\n\n" +
        "The mayor said the money would go to schools and roads.\n";

    private static readonly string Cosmetic = First.Replace("The mayor said", "The Mayor said", StringComparison.Ordinal);

    private static readonly string Stealth = Cosmetic.Replace("by 31 votes to 12", "by 21 votes to 19", StringComparison.Ordinal)
        .Replace("schools and roads", "a new stadium", StringComparison.Ordinal);

    private static readonly string Corrected = Cosmetic + "\nCorrection: an earlier version of this article gave the wrong vote count for two hours.\n";

    public static string Write(string directory, string name = "budget")
    {
        var path = Path.Combine(directory, name + ".jsonl");
        var file = HistoryFile.Create(path, new Article(name, Title, Zone, "en", new Uri("https://news.example/budget?a=1&b=<2>")));
        var page1 = file.RawSources.Put(Encoding.UTF8.GetBytes("<html><body><p>" + First + "</p></body></html>"), "text/html; charset=utf-8");
        file.Append(new RevisionDraft(First) { At = At(1, 9, 0), ObservedAt = At(1, 9, 5), Editor = "Desk <b>editor</b>", Note = "First published", RawSource = page1 });
        file.Append(new RevisionDraft(Cosmetic) { At = At(1, 9, 40), ObservedAt = At(1, 9, 45), Note = "Capital letter" });
        file.Append(new RevisionDraft(Stealth) { At = At(1, 15, 0), ObservedAt = At(1, 15, 0) });
        file.Record(HistoryEvent.SourceGone(At(2, 8, 0), 404, note: "page <em>missing</em>"));
        file.Record(HistoryEvent.SourceReturned(At(2, 20, 0), 200));
        file.Append(new RevisionDraft(Cosmetic) { At = At(2, 20, 0), Note = "Restored" });
        var page5 = file.RawSources.Put(Encoding.UTF8.GetBytes("<html><body><p>" + Corrected + "</p></body></html>"), "text/html; charset=utf-8");
        file.Append(new RevisionDraft(Corrected) { At = At(3, 10, 0), Editor = "Standards desk", Note = "Correction added", RawSource = page5 });
        return path;
    }

    private static Instant At(int day, int hour, int minute) => Instant.FromUtc(2025, 3, day, hour, minute);
}
