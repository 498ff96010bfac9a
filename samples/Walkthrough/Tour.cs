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
/// The Kursk statement's story over one day, told with the library: six versions (a typo fixed, a stealth edit, a
/// paragraph moved, the edit reverted, a correction note), and the questions a reader asks of them, each with the
/// <c>artrev</c> command that answers it.
/// </summary>
public static class Tour
{
    private static readonly DateTimeZone Kyiv = DateTimeZoneProviders.Tzdb["Europe/Kyiv"];

    /// <summary>Runs the tour, writing its narration to <paramref name="output"/>.</summary>
    /// <param name="output">Where the narration goes.</param>
    /// <param name="fixtures">The repository's fixtures folder.</param>
    /// <param name="workFolder">The folder the history file is written to and left in.</param>
    /// <returns>The path of the history file the tour made.</returns>
    public static string Run(TextWriter output, string fixtures, string workFolder)
    {
        var statement = Path.Combine(fixtures, "general-staff-kursk");
        var original = File.ReadAllText(Path.Combine(statement, "original.txt"));
        var edited = File.ReadAllText(Path.Combine(statement, "edited.txt"));

        output.WriteLine("ArticleRevisions walkthrough: the General Staff's Kursk statement, 7 January 2025");
        output.WriteLine("(the statement texts are our reconstruction around fragments quoted in the press; the typo, the move,");
        output.WriteLine("the revert and the correction are made up for the tour)");
        output.WriteLine();

        // 1. Keep every dated version. Each carries its own time; the clock only guards against times in the future.
        var path = Path.Combine(workFolder, "statement.jsonl");
        var article = new Article("general-staff-kursk", "General Staff statement on the strike near Belaya", Kyiv, "en", new Uri("https://t.me/GeneralStaffZSU/21034"));
        var file = HistoryFile.Create(path, article);
        var clock = SystemClock.Instance;
        var story = Story(original, edited);
        foreach (var draft in story)
        {
            AppendReport.AppendTo(file, draft, clock);
        }

        var history = HistoryFile.Read(path);
        output.WriteLine($"1. We kept all {history.Count} versions in {path}; the hash chain is {(history.Verify().IsValid ? "intact" : "BROKEN")}.");
        Command(output, $"artrev verify {path}");
        output.WriteLine();

        // 2. The log: when each version appeared, how long after the one before, and what kind of edit it was.
        output.WriteLine("2. The log, in Kyiv time:");
        var log = RevisionLog.Create(HistoryFile.Open(path));
        foreach (var entry in log.Entries)
        {
            var revision = history.GetRevision(entry.Revision.Number);
            var after = entry.Timing.SincePrevious is { } gap ? $", {DurationText.Format(gap)} after revision {revision.Number - 1}" : ", first published";
            // Captured later than it changed: when it was first seen.
            var seen = revision.ObservedAt is { } observed ? $" (first seen {TimeFormat.InZone(observed, Kyiv)})" : string.Empty;
            output.WriteLine($"   revision {revision.Number}: {TimeFormat.InZone(revision.At, Kyiv)}{after}{seen}; {Judgement(entry.Classification)}; note: {revision.Note ?? "none"}");
        }

        Command(output, $"artrev log {path}");
        output.WriteLine();

        // 3. Cosmetic or substantive: the verdicts split the day's edits in two.
        var cosmetic = log.Entries.Where(e => e.Classification.Verdict == EditVerdict.Cosmetic).Select(e => e.Revision.Number).ToArray();
        var substantive = log.Entries.Where(e => e.Classification.Verdict == EditVerdict.Substantive).Select(e => e.Revision.Number).ToArray();
        output.WriteLine($"3. Cosmetic edits (the meaning is the same): revisions {string.Join(", ", cosmetic)}. Substantive edits: revisions {string.Join(", ", substantive)}.");
        var stealth = log.Entries.Where(e => e.Classification.IsStealthEdit).Select(e => e.Revision.Number).ToArray();
        output.WriteLine($"   Substantive with no note (stealth edits): revision{(stealth.Length == 1 ? string.Empty : "s")} {string.Join(", ", stealth)}.");
        Command(output, $"artrev log {path} --substantive");
        output.WriteLine();

        // 4. What each edit did, one summary line per pair of neighbouring versions.
        output.WriteLine("4. What each edit did:");
        var summary = new SummaryRenderer();
        for (var number = 2; number <= history.Count; number++)
        {
            var comparison = Comparison.OfRevisions(HistoryFile.Open(path), number - 1, number);
            output.WriteLine($"   {number - 1} → {number}: {summary.RenderToString(comparison).TrimEnd('\n')}");
        }

        Command(output, $"artrev diff {path} 2 3");
        output.WriteLine();

        // 5. The stealth edit, word by word.
        var stealthNumber = stealth[0];
        var marked = new WordDiffRenderer().RenderToString(Comparison.OfRevisions(history, history.GetRevision(stealthNumber - 1), history.GetRevision(stealthNumber)));
        output.WriteLine($"5. The stealth edit (revision {stealthNumber}), word by word:");
        foreach (var line in marked.Split('\n').Where(l => l.Contains("[-", StringComparison.Ordinal) || l.Contains("{+", StringComparison.Ordinal)))
        {
            output.WriteLine($"   {line}");
        }

        Command(output, $"artrev diff {path} {stealthNumber - 1} {stealthNumber} --format word-diff");
        output.WriteLine();

        // 6. When was the phrase there? It went, and came back with the revert.
        output.WriteLine("6. When “new offensive” was in the statement:");
        foreach (var presence in PhraseSearch.Find(history, "new offensive").Presences)
        {
            var removal = presence.RemovedIn is { } removed
                ? $"removed in revision {removed.Number} at {TimeFormat.InZone(removed.At, Kyiv)}, after {DurationText.Format(presence.Interval.Duration)}"
                : "still there";
            output.WriteLine($"   from revision {presence.IntroducedIn.Number} at {TimeFormat.InZone(presence.IntroducedIn.At, Kyiv)}: {removal}");
        }

        Command(output, $"artrev search {path} \"new offensive\"");
        output.WriteLine();

        // 7. What did readers see at a given time?
        var afternoon = TimeInput.Parse("2025-01-07T15:00", Kyiv).Value;
        var then = history.AsOf(afternoon)!;
        var sentence = then.Text.Split('\n').First(l => l.StartsWith("This strike", StringComparison.Ordinal));
        output.WriteLine($"7. At {TimeFormat.InZone(afternoon, Kyiv)} readers saw revision {then.Number}: “{sentence.Split(". ")[0]}.”");
        Command(output, $"artrev show {path} --at \"2025-01-07 15:00\"");
        output.WriteLine();

        // 8. Who wrote what, in the latest version?
        var blame = ProvenanceTracker.Compute(history, history.Count);
        output.WriteLine($"8. Provenance of revision {blame.Revision.Number}:");
        foreach (var group in blame.Sentences.GroupBy(s => s.Origin.Number))
        {
            output.WriteLine($"   {group.Count()} {(group.Count() == 1 ? "sentence dates" : "sentences date")} from revision {group.Key}, e.g. “{Shorten(group.First().Text)}”");
        }

        Command(output, $"artrev blame {path}");
        output.WriteLine();

        output.WriteLine($"The history is still there for you to try the commands above on: {path}");
        return path;
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

    /// <summary>
    /// The day's six versions: published with a typo; the typo fixed; the stealth edit; a paragraph moved; the
    /// morning's wording restored word for word; a correction note added.
    /// </summary>
    private static RevisionDraft[] Story(string original, string edited)
    {
        const string Editor = "General Staff";
        var withTypo = original.Replace("reconnaissance", "reconnaisance", StringComparison.Ordinal);
        var paragraphs = edited.Split("\n\n");
        (paragraphs[3], paragraphs[4]) = (paragraphs[4], paragraphs[3]);
        var moved = string.Join("\n\n", paragraphs);
        var corrected = original.TrimEnd('\n')
            + "\n\nCorrection: an earlier version of this statement described these as combat operations; they are part of the new offensive operations.\n";
        return
        [
            new RevisionDraft(withTypo) { At = Local(10, 12), Editor = Editor },
            new RevisionDraft(original) { At = Local(10, 40), Editor = Editor, Note = "Typo" },
            new RevisionDraft(edited) { At = Local(13, 47), ObservedAt = Local(14, 5), Editor = Editor },
            new RevisionDraft(moved) { At = Local(15, 20), Editor = Editor },
            new RevisionDraft(original) { At = Local(17, 30), Editor = Editor },
            new RevisionDraft(corrected) { At = Local(18, 15), Editor = Editor, Note = "Correction notice added" },
        ];
    }

    /// <summary>The verdict with its labels, as the log shows them: <c>substantive (rewritten, revert to revision 2)</c>.</summary>
    private static string Judgement(RevisionFacts facts)
    {
        var verdict = facts.IsStealthEdit ? "STEALTH substantive" : facts.Verdict.ToString().ToLowerInvariant();
        var labels = facts.Labels.Select(l => l == EditLabel.Revert && facts.RevertsTo is { } to ? $"revert to revision {to}" : Words(l));
        return facts.Labels.IsEmpty ? verdict : $"{verdict} ({string.Join(", ", labels)})";
    }

    private static void Command(TextWriter output, string command) => output.WriteLine($"   $ {command}");

    /// <summary>TextAdded → "text added".</summary>
    private static string Words(EditLabel label) =>
        string.Concat(label.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static Instant Local(int hour, int minute) =>
        new LocalDateTime(2025, 1, 7, hour, minute).InZoneStrictly(Kyiv).ToInstant();

    private static string Shorten(string text) => text.Length <= 70 ? text : text[..69].TrimEnd() + "…";
}
