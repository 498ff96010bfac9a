using System.CommandLine;
using System.Globalization;
using ArticleRevisions.Cli.Output;
using ArticleRevisions.Provenance;
using ArticleRevisions.Text;
using ArticleRevisions.Timeline;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev blame FILE</c>: which revision introduced each sentence or word, and what was removed.</summary>
internal static class BlameCommand
{
    private const int EditorWidth = 24;

    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The history file." };
        var number = new Option<int?>("--revision", "-r") { Description = "The revision to explain. Default: the latest.", HelpName = "N" };
        var granularity = new Option<string>("--granularity", "-g") { Description = "Attribute whole sentences, or runs of words: sentence or word.", DefaultValueFactory = _ => "sentence" };
        granularity.AcceptOnlyFromAmong("sentence", "word");
        var zone = CommonOptions.Zone();
        var format = CommonOptions.Format();
        var command = new Command("blame", "Show which revision (time, editor) introduced each sentence or word, and the text removed on the way.")
        {
            file, number, granularity, zone, format,
        };
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var path = parseResult.GetValue(file)!;
            var history = InputFiles.OpenHistory(path).History;
            if (history.Count == 0)
            {
                throw new CliException($"{path}: the history has no revisions yet; add one with 'artrev add'.");
            }

            var wanted = parseResult.GetValue(number) ?? history.Count;
            if (wanted < 1 || wanted > history.Count)
            {
                throw new CliException($"--revision {wanted}: {path} has revisions 1 to {history.Count}.");
            }

            var report = ProvenanceTracker.Compute(history, wanted);
            var shown = CommonOptions.ResolveZone(parseResult.GetValue(zone), history.Article.Zone);
            var byWord = parseResult.GetValue(granularity) == "word";
            output.Write(parseResult.GetValue(format) == "json" ? Json(history, report, byWord, shown) : Text(history, report, byWord, shown));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Text(Model.ArticleHistory history, ProvenanceReport report, bool byWord, NodaTime.DateTimeZone zone)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var revision = report.Revision;
        text.WriteLine($"Revision {revision.Number} of {history.Article.Id} ({TimeFormat.InZone(revision.At, zone)}), {(byWord ? "words" : "sentences")} by the revision that introduced them:");
        var rows = new List<string[]>();
        foreach (var (origin, restored, content) in byWord ? Runs(report) : report.Sentences.Select(s => (s.Origin, s.RestoredIn, Collapse(s.Text))))
        {
            var restoredNote = restored is null ? string.Empty : $" (restored in r{restored.Number})";
            rows.Add([$"r{origin.Number}", TimeFormat.InZone(origin.At, zone), Editor(origin.Editor), content + restoredNote]);
        }

        if (rows.Count == 0)
        {
            text.WriteLine("  (no text)");
        }

        TextTable.Write(text, rows);
        if (report.Removed.Count > 0)
        {
            text.WriteLine();
            text.WriteLine($"Removed up to revision {revision.Number}:");
            foreach (var removed in report.Removed)
            {
                text.WriteLine($"  “{TerminalText.Safe(Collapse(removed.Text))}”: added in r{removed.Origin.Number}, removed in r{removed.RemovedIn.Number} at {TimeFormat.InZone(removed.RemovedIn.At, zone)}, survived {DurationText.Format(removed.Survived)}");
            }
        }

        return text.ToString();
    }

    /// <summary>Consecutive words with the same origin, as one run of the revision's text.</summary>
    private static IEnumerable<(Model.Revision Origin, Model.Revision? Restored, string Text)> Runs(ProvenanceReport report)
    {
        var source = report.Revision.Text;
        var words = report.Words;
        for (var i = 0; i < words.Count;)
        {
            var j = i;
            while (j + 1 < words.Count && words[j + 1].Origin.Number == words[i].Origin.Number && words[j + 1].RestoredIn?.Number == words[i].RestoredIn?.Number)
            {
                j++;
            }

            var start = words[i].Segment.Start;
            yield return (words[i].Origin, words[i].RestoredIn, Collapse(source[start..words[j].Segment.End]));
            i = j + 1;
        }
    }

    private static string Editor(string? editor) =>
        editor is null ? "-" : editor.Length <= EditorWidth ? editor : editor[..SafeCut(editor, EditorWidth - 1)] + "…";

    /// <summary>A cut that never splits a surrogate pair.</summary>
    private static int SafeCut(string text, int at) => char.IsLowSurrogate(text[at]) ? at - 1 : at;

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Json(Model.ArticleHistory history, ProvenanceReport report, bool byWord, NodaTime.DateTimeZone zone) => JsonOutput.Write("artrev-blame", writer =>
    {
        JsonOutput.WriteArticle(writer, history.Article);
        JsonOutput.WriteRevisionRef(writer, "revision", report.Revision, zone);
        writer.WriteString("granularity", byWord ? "word" : "sentence");
        writer.WriteStartArray("segments");
        foreach (var segment in byWord ? report.Words : report.Sentences)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", segment.Segment.Start);
            writer.WriteNumber("length", segment.Segment.Length);
            writer.WriteString("text", segment.Text);
            JsonOutput.WriteRevisionRef(writer, "origin", segment.Origin, zone);
            JsonOutput.WriteRevisionRef(writer, "restoredIn", segment.RestoredIn, zone);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("removed");
        foreach (var removed in report.Removed)
        {
            writer.WriteStartObject();
            writer.WriteString("text", removed.Text);
            JsonOutput.WriteRevisionRef(writer, "origin", removed.Origin, zone);
            JsonOutput.WriteRevisionRef(writer, "removedIn", removed.RemovedIn, zone);
            JsonOutput.WriteSeconds(writer, "survivedSeconds", removed.Survived);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });
}
