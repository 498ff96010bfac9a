using System.CommandLine;
using System.Globalization;
using ArticleRevisions.Classification;
using ArticleRevisions.Cli.Output;
using ArticleRevisions.Text;
using ArticleRevisions.Timeline;
using NodaTime;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev log FILE</c>: lists the revisions of a history with their verdicts and durations.</summary>
internal static class LogCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The history file." };
        var since = new Option<string?>("--since") { Description = "Only revisions that became current at or after this time (ISO-8601, a local time in the article's zone, or a date)." };
        var until = new Option<string?>("--until") { Description = "Only revisions that became current at or before this time (a bare date means the start of that day)." };
        var zone = CommonOptions.Zone();
        var substantive = new Option<bool>("--substantive") { Description = "Only substantive revisions (words, numbers, negations or quotations changed)." };
        var format = CommonOptions.Format();
        var command = new Command("log", "List the revisions: times, durations, words changed, cosmetic or substantive (STEALTH: substantive with no note).")
        {
            file, since, until, zone, substantive, format,
        };
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var history = InputFiles.OpenHistory(parseResult.GetValue(file)!).History;
            var article = history.Article;
            var shown = CommonOptions.ResolveZone(parseResult.GetValue(zone), article.Zone);
            var from = CommonOptions.ParseTime(parseResult.GetValue(since), "--since", article.Zone);
            var to = CommonOptions.ParseTime(parseResult.GetValue(until), "--until", article.Zone);
            var timings = history.GetTimings();
            var classifications = EditClassifier.Classify(history);
            var rows = Enumerable.Range(0, history.Count)
                .Select(i => new LogRow(timings[i], classifications[i]))
                .Where(r => (from is null || r.Timing.Revision.At >= from) && (to is null || r.Timing.Revision.At <= to))
                .Where(r => !parseResult.GetValue(substantive) || r.Classification.Verdict == EditVerdict.Substantive)
                .ToList();

            output.Write(parseResult.GetValue(format) == "json" ? Json(history.Article, rows, shown) : Text(history.Article, history.Count, rows, shown));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Text(Model.Article article, int total, List<LogRow> rows, NodaTime.DateTimeZone zone)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var filtered = rows.Count == total ? string.Empty : $" ({rows.Count} shown)";
        var both = zone.Id == DateTimeZone.Utc.Id ? "UTC" : $"{zone.Id} and UTC";
        text.WriteLine($"{TerminalText.Safe(article.Title)} ({article.Id}), {total} revision{(total == 1 ? string.Empty : "s")}{filtered}, times in {both}");
        if (rows.Count == 0)
        {
            return text.ToString();
        }

        var table = new List<string[]> { new[] { "#", zone.Id, "UTC", "after", "words", "verdict", "editor", "note" } };
        var utcOnly = zone.Id == DateTimeZone.Utc.Id;
        foreach (var row in rows)
        {
            var revision = row.Timing.Revision;
            var note = revision.Note ?? string.Empty;
            if (!row.Timing.IsExact)
            {
                note = (note.Length == 0 ? string.Empty : note + " ") + $"(observed {TimeFormat.InZone(row.Timing.ChangeWindow.End, zone)}; changed between {TimeFormat.InZone(row.Timing.ChangeWindow.Start, zone)} and {TimeFormat.InZone(row.Timing.ChangeWindow.End, zone)})";
            }

            table.Add(
            [
                revision.Number.ToString(CultureInfo.InvariantCulture),
                TimeFormat.InZone(revision.At, zone),
                TimeFormat.Utc(revision.At),
                row.Timing.SincePrevious is { } after ? DurationText.Format(after) : "-",
                $"+{row.Classification.Statistics.WordsAdded} -{row.Classification.Statistics.WordsRemoved}",
                Verdict(row.Classification),
                revision.Editor ?? "-",
                note,
            ]);
        }

        // In UTC the zone's column and the UTC column would say the same thing twice.
        TextTable.Write(text, utcOnly ? table.Select(row => row.Where((_, column) => column != 1).ToArray()).ToArray() : table);
        return text.ToString();
    }

    private static string Verdict(RevisionClassification classification)
    {
        var verdict = classification.Verdict.ToString().ToLowerInvariant();
        if (classification.IsStealthEdit)
        {
            verdict = "STEALTH " + verdict;
        }

        return classification.Labels.IsEmpty ? verdict : $"{verdict}: {string.Join(", ", classification.Labels.Select(LabelText.Of))}";
    }

    private static string Json(Model.Article article, List<LogRow> rows, NodaTime.DateTimeZone zone) => JsonOutput.Write("artrev-log", writer =>
    {
        JsonOutput.WriteArticle(writer, article);
        writer.WriteString("zone", zone.Id);
        writer.WriteStartArray("revisions");
        foreach (var row in rows)
        {
            var revision = row.Timing.Revision;
            writer.WriteStartObject();
            writer.WriteNumber("number", revision.Number);
            JsonOutput.WriteTime(writer, "at", revision.At, zone);
            if (revision.ObservedAt is { } observed)
            {
                JsonOutput.WriteTime(writer, "observedAt", observed, zone);
            }

            writer.WriteStartObject("changeWindow");
            writer.WriteString("start", TimeFormat.Utc(row.Timing.ChangeWindow.Start));
            writer.WriteString("end", TimeFormat.Utc(row.Timing.ChangeWindow.End));
            writer.WriteBoolean("exact", row.Timing.IsExact);
            writer.WriteEndObject();
            JsonOutput.WriteSeconds(writer, "sincePreviousSeconds", row.Timing.SincePrevious);
            JsonOutput.WriteSeconds(writer, "sinceFirstSeconds", row.Timing.SinceFirst);
            JsonOutput.WriteSeconds(writer, "currentForSeconds", row.Timing.CurrentFor);
            writer.WriteNumber("wordsAdded", row.Classification.Statistics.WordsAdded);
            writer.WriteNumber("wordsRemoved", row.Classification.Statistics.WordsRemoved);
            writer.WriteString("verdict", row.Classification.Verdict.ToString().ToLowerInvariant());
            writer.WriteStartArray("labels");
            foreach (var label in row.Classification.Labels)
            {
                writer.WriteStringValue(LabelText.Id(label));
            }

            writer.WriteEndArray();
            writer.WriteBoolean("stealth", row.Classification.IsStealthEdit);
            if (revision.Editor is { } editor)
            {
                writer.WriteString("editor", editor);
            }

            if (revision.Note is { } note)
            {
                writer.WriteString("note", note);
            }

            writer.WriteString("sha256", revision.Hash);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    private sealed record LogRow(RevisionTiming Timing, RevisionClassification Classification);
}
