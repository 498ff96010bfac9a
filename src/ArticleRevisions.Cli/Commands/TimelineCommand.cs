using System.CommandLine;
using System.Globalization;
using ArticleRevisions.Classification;
using ArticleRevisions.Cli.Output;
using ArticleRevisions.Text;
using ArticleRevisions.Timeline;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev timeline FILE</c>: when each revision was current, as bars proportional to time.</summary>
internal static class TimelineCommand
{
    private const int BarWidth = 40;

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The history file." };
        var zone = CommonOptions.Zone();
        var format = CommonOptions.Format();
        var command = new Command("timeline", "Draw when each revision was current, bars proportional to time: █ substantive, ▒ cosmetic, ░ original.")
        {
            file, zone, format,
        };
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var history = InputFiles.OpenHistory(parseResult.GetValue(file)!).History;
            var shown = CommonOptions.ResolveZone(parseResult.GetValue(zone), history.Article.Zone);
            var timings = history.GetTimings();
            var classifications = EditClassifier.Classify(history);
            output.Write(parseResult.GetValue(format) == "json" ? Json(history, timings, classifications, shown) : Text(history, timings, classifications, shown));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Text(Model.ArticleHistory history, IReadOnlyList<RevisionTiming> timings, IReadOnlyList<RevisionClassification> classifications, NodaTime.DateTimeZone zone)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        text.WriteLine($"{TerminalText.Safe(history.Article.Title)} ({history.Article.Id}), times in {zone.Id}");
        if (history.Count == 0)
        {
            return text.ToString();
        }

        // The latest revision is still current, so the scale runs from the first revision to the latest one.
        var span = history.Count > 1 ? (history.Latest!.At - history.Revisions[0].At).TotalSeconds : 0;
        var offset = 0;
        var rows = new List<string[]>();
        foreach (var timing in timings)
        {
            var classification = classifications[timing.Revision.Number - 1];
            var length = timing.CurrentFor is { } current && span > 0 ? Math.Max(1, (int)Math.Round(current.TotalSeconds / span * BarWidth)) : 1;
            length = Math.Min(length, BarWidth + 1 - Math.Min(offset, BarWidth));
            var fill = classification.Verdict switch
            {
                EditVerdict.Substantive => '█',
                EditVerdict.Cosmetic => '▒',
                _ => '░',
            };
            var bar = new string(' ', Math.Min(offset, BarWidth)) + new string(fill, length);
            offset += length;
            rows.Add(
            [
                $"#{timing.Revision.Number}",
                TimeFormat.InZone(timing.Revision.At, zone),
                bar.PadRight(BarWidth + 1),
                timing.CurrentFor is { } d ? DurationText.Format(d) : "current",
                classification.Verdict.ToString().ToLowerInvariant() + (classification.IsStealthEdit ? " !stealth" : string.Empty),
            ]);
        }

        TextTable.Write(text, rows);
        return text.ToString();
    }

    private static string Json(Model.ArticleHistory history, IReadOnlyList<RevisionTiming> timings, IReadOnlyList<RevisionClassification> classifications, NodaTime.DateTimeZone zone) => JsonOutput.Write("artrev-timeline", writer =>
    {
        JsonOutput.WriteArticle(writer, history.Article);
        writer.WriteString("zone", zone.Id);
        writer.WriteStartArray("revisions");
        foreach (var timing in timings)
        {
            var classification = classifications[timing.Revision.Number - 1];
            writer.WriteStartObject();
            writer.WriteNumber("number", timing.Revision.Number);
            JsonOutput.WriteTime(writer, "from", timing.Validity.Start, zone);
            if (timing.Validity.HasEnd)
            {
                JsonOutput.WriteTime(writer, "to", timing.Validity.End, zone);
            }
            else
            {
                writer.WriteNull("to");
            }

            JsonOutput.WriteSeconds(writer, "currentForSeconds", timing.CurrentFor);
            writer.WriteString("verdict", classification.Verdict.ToString().ToLowerInvariant());
            writer.WriteBoolean("stealth", classification.IsStealthEdit);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });
}
