using ArticleRevisions.Diffing;
using ArticleRevisions.Model;
using ArticleRevisions.Rendering;
using ArticleRevisions.Storage;
using ArticleRevisions.Text;
using ArticleRevisions.Timeline;
using NodaTime;

var article = new Article("kursk", "General Staff statement", DateTimeZoneProviders.Tzdb["Europe/Kyiv"], "en");
var file = HistoryFile.Create(Path.Combine(Path.GetTempPath(), $"kursk-{Guid.NewGuid():N}.jsonl"), article);
file.Append(new RevisionDraft("Ukraine launched new offensive operations in the Kursk region.") { At = Instant.FromUtc(2025, 1, 7, 8, 12) }, SystemClock.Instance);
file.Append(new RevisionDraft("Ukraine conducts combat operations in the Kursk region.") { At = Instant.FromUtc(2025, 1, 7, 11, 47) }, SystemClock.Instance);
var (first, second) = (file.History.GetRevision(1), file.History.GetRevision(2));
new SummaryRenderer().Render(TextDiffer.Compare(first.Text, second.Text), Console.Out);
var gone = PhraseSearch.Find(file.History, "new offensive").Presences[0].RemovedIn!;
Console.WriteLine($"“new offensive” removed in revision {gone.Number} at {TimeFormat.InZone(gone.At, article.Zone)}");
File.Delete(file.Path);
