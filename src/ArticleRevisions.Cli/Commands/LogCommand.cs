using System.CommandLine;
using ArticleRevisions.Diffing;
using ArticleRevisions.Timeline;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev log FILE</c>: lists the revisions of a history.</summary>
internal static class LogCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "The history file." };
        var command = new Command("log", "List every revision: when it became current (in the article's zone and in UTC), who made it, the note, and the words added and removed.") { file };
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var history = InputFiles.OpenHistory(parseResult.GetValue(file)!).History;
            var article = history.Article;
            output.WriteLine($"{article.Title} ({article.Id}), {history.Count} revision{(history.Count == 1 ? string.Empty : "s")}, times in {article.Zone.Id} and UTC");
            if (history.Count == 0)
            {
                return ExitCodes.Success;
            }

            var rows = new List<string[]> { new[] { "#", article.Zone.Id, "UTC", "words", "editor", "note" } };
            string previousText = string.Empty;
            foreach (var revision in history.Revisions)
            {
                var words = WordDelta.Between(previousText, revision.Text);
                var note = revision.Note ?? string.Empty;
                if (revision.ObservedAt is { } observed)
                {
                    note = (note.Length == 0 ? string.Empty : note + " ") + $"(observed {TimeFormat.InZone(observed, article.Zone)})";
                }

                rows.Add(
                [
                    revision.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    TimeFormat.InZone(revision.At, article.Zone),
                    TimeFormat.Utc(revision.At),
                    $"+{words.Added} -{words.Removed}",
                    revision.Editor ?? "-",
                    note,
                ]);
                previousText = revision.Text;
            }

            TextTable.Write(output, rows);
            return ExitCodes.Success;
        }));
        return command;
    }
}
