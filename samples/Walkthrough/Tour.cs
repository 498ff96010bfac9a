using ArticleRevisions.Classification;
using ArticleRevisions.Model;
using ArticleRevisions.Provenance;
using ArticleRevisions.Rendering;
using ArticleRevisions.Reports;
using ArticleRevisions.Storage;
using ArticleRevisions.Text;
using ArticleRevisions.Timeline;
using NodaTime;

namespace Walkthrough;

/// <summary>
/// The Kursk statement's story, told with the library: keep both versions, see the change, and ask the history
/// when it happened, what was said at a given time, who wrote what, and whether the edit mattered.
/// </summary>
public static class Tour
{
    private static readonly DateTimeZone Kyiv = DateTimeZoneProviders.Tzdb["Europe/Kyiv"];

    /// <summary>Runs the tour, writing its narration to <paramref name="output"/>.</summary>
    /// <param name="output">Where the narration goes.</param>
    /// <param name="fixtures">The repository's fixtures folder.</param>
    /// <param name="workFolder">An empty folder for the history file the tour creates.</param>
    public static void Run(TextWriter output, string fixtures, string workFolder)
    {
        var statement = Path.Combine(fixtures, "general-staff-kursk");
        var original = File.ReadAllText(Path.Combine(statement, "original.txt"));
        var edited = File.ReadAllText(Path.Combine(statement, "edited.txt"));

        output.WriteLine("ArticleRevisions walkthrough: the General Staff's Kursk statement, 7 January 2025");
        output.WriteLine("(the statement texts are our reconstruction around fragments quoted in the press)");
        output.WriteLine();

        // 1. Keep every dated version. Each version carries its own time, so the clock (which would supply "now") is not read.
        var path = Path.Combine(workFolder, "statement.jsonl");
        var article = new Article("general-staff-kursk", "General Staff statement on the strike near Belaya", Kyiv, "en", new Uri("https://t.me/GeneralStaffZSU/21034"));
        var file = HistoryFile.Create(path, article);
        var clock = SystemClock.Instance;
        file.Append(new RevisionDraft(original) { At = Local(10, 12), Editor = "General Staff" }, clock);
        file.Append(new RevisionDraft(edited) { At = Local(13, 47), ObservedAt = Local(14, 5), Editor = "General Staff" }, clock);
        var history = HistoryFile.Read(path);
        output.WriteLine($"1. We captured the statement twice and kept both versions in {Path.GetFileName(path)}; the hash chain is {(history.Verify().IsValid ? "intact" : "BROKEN")}.");
        output.WriteLine();

        // 2. The log.
        output.WriteLine("2. The log, in Kyiv time:");
        foreach (var timing in history.GetTimings())
        {
            var revision = timing.Revision;
            var after = timing.SincePrevious is { } gap ? $", {DurationText.Format(gap)} after the first version" : ", first published";
            // Captured later than it changed (or known only from the capture): when it was first seen.
            var seen = revision.ObservedAt is { } observed ? $" (first seen {TimeFormat.InZone(observed, Kyiv)})" : string.Empty;
            output.WriteLine($"   revision {revision.Number}: {TimeFormat.InZone(revision.At, Kyiv)}{after}{seen}, note: {revision.Note ?? "none"}");
        }

        output.WriteLine();

        // 3. What changed, word by word.
        var comparison = Comparison.OfTexts(original, edited);
        output.WriteLine($"3. What changed: {new SummaryRenderer().RenderToString(comparison.Result).TrimEnd('\n')}.");
        var marked = new WordDiffRenderer().RenderToString(comparison);
        foreach (var line in marked.Split('\n').Where(l => l.Contains("[-", StringComparison.Ordinal) || l.Contains("{+", StringComparison.Ordinal)))
        {
            output.WriteLine($"   {line}");
        }

        output.WriteLine();

        // 4. When did the phrase disappear?
        var lifecycle = PhraseSearch.Find(history, "new offensive");
        foreach (var presence in lifecycle.Presences)
        {
            var removal = presence.RemovedIn is { } removed
                ? $"removed in revision {removed.Number} at {TimeFormat.InZone(removed.At, Kyiv)}, after {DurationText.Format(presence.Interval.Duration)}"
                : "still there";
            output.WriteLine($"4. “new offensive” appeared in revision {presence.IntroducedIn.Number} at {TimeFormat.InZone(presence.IntroducedIn.At, Kyiv)} and was {removal}.");
        }

        output.WriteLine();

        // 5. What did it say at noon, Kyiv time?
        var noon = TimeInput.Parse("2025-01-07T12:00", Kyiv).Value;
        var then = history.AsOf(noon)!;
        var sentence = then.Text.Split('\n').First(l => l.StartsWith("This strike", StringComparison.Ordinal));
        output.WriteLine($"5. At {TimeFormat.InZone(noon, Kyiv)} readers saw revision {then.Number}: “{sentence.Split(". ")[0]}.”");
        output.WriteLine();

        // 6. Who wrote what?
        var blame = ProvenanceTracker.Compute(history, history.Count);
        output.WriteLine($"6. Provenance of revision {blame.Revision.Number}:");
        foreach (var group in blame.Sentences.GroupBy(s => s.Origin.Number))
        {
            output.WriteLine($"   {group.Count()} {(group.Count() == 1 ? "sentence dates" : "sentences date")} from revision {group.Key}, e.g. “{Shorten(group.First().Text)}”");
        }

        foreach (var removed in blame.Removed)
        {
            output.WriteLine($"   removed: “{removed.Text}” (written in revision {removed.Origin.Number}, lived {DurationText.Format(removed.Survived)})");
        }

        output.WriteLine();

        // 7. Did the edit matter?
        var verdict = EditClassifier.Classify(history)[^1];
        var labels = string.Join(", ", verdict.Labels.Select(Words));
        var stealth = verdict.IsStealthEdit ? "no correction note: a stealth edit" : "published with a note";
        output.WriteLine($"7. Revision {verdict.Revision.Number} is {verdict.Verdict.ToString().ToLowerInvariant()} ({labels}), {stealth}.");
    }

    /// <summary>Finds the repository's fixtures folder above <paramref name="start"/>.</summary>
    /// <param name="start">Where to start looking.</param>
    /// <returns>The fixtures folder.</returns>
    public static string FindFixtures(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "fixtures", "general-staff-kursk");
            if (Directory.Exists(candidate))
            {
                return Path.Combine(dir.FullName, "fixtures");
            }
        }

        throw new DirectoryNotFoundException($"No fixtures folder above {start}; pass its path as the first argument.");
    }

    /// <summary>TextAdded → "text added".</summary>
    private static string Words(EditLabel label) =>
        string.Concat(label.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static Instant Local(int hour, int minute) =>
        new LocalDateTime(2025, 1, 7, hour, minute).InZoneStrictly(Kyiv).ToInstant();

    private static string Shorten(string text) => text.Length <= 70 ? text : text[..69].TrimEnd() + "…";
}
