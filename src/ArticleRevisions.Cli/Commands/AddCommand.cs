using System.CommandLine;
using ArticleRevisions.Model;
using ArticleRevisions.Reports;
using ArticleRevisions.Rendering;
using ArticleRevisions.Text;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev add FILE TEXTFILE|-</c>: appends a version of the text to a history.</summary>
internal static class AddCommand
{
    public static Command Create(CliServices services)
    {
        var file = CommonOptions.HistoryFile();
        var text = new Argument<string>("TEXTFILE") { Description = "The new version's text, as a UTF-8 file, or - to read standard input." };
        var at = new Option<string?>("--at") { Description = "When this version became current: 2025-01-07T08:12:00Z, 2025-01-07T10:12+02:00, or a local 2025-01-07T10:12 in the article's zone. Default: --observed if given, else now. Never more than 5 minutes after now (the clock)." };
        var observed = new Option<string?>("--observed") { Description = "When this version was captured, if later than --at (same forms as --at). With --at, the change happened exactly at --at and was seen later; without it, the change is known only to lie between the previous capture and this one." };
        var note = new Option<string?>("--note") { Description = "The edit summary or correction notice published with this version." };
        var editor = new Option<string?>("--editor") { Description = "Who made this version." };
        var title = new Option<string?>("--title") { Description = "The article's title as this version showed it." };
        var source = new Option<Uri?>("--source") { Description = "Where this version was captured from (an absolute URI).", CustomParser = CommonOptions.ParseSource };
        var lockTimeout = CommonOptions.LockTimeout();

        var command = new Command("add", "Append a version of the article's text to its history.") { file, text, at, observed, note, editor, title, source, lockTimeout };
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var historyFile = InputFiles.OpenHistory(parseResult.GetValue(file)!, CommonOptions.WriteOptions(parseResult, lockTimeout));
            var zone = historyFile.Article.Zone;
            var atTime = CommonOptions.ParseTime(parseResult.GetValue(at), "--at", zone);
            var observedAt = CommonOptions.ParseTime(parseResult.GetValue(observed), "--observed", zone);
            var draft = new RevisionDraft(InputFiles.ReadText(parseResult.GetValue(text)!, services, "added"))
            {
                // Seen but not known to have changed earlier (--observed alone): it was current at least from the
                // capture on, and the log reports the window between the previous capture and this one. With --at
                // too, the change time is exact and the capture came later (or then, which adds nothing).
                At = atTime ?? observedAt,
                ObservedAt = observedAt == atTime ? null : observedAt,
                Note = parseResult.GetValue(note),
                Editor = parseResult.GetValue(editor),
                Title = parseResult.GetValue(title),
                Source = parseResult.GetValue(source),
            };

            // The model refuses this too, but with an ArgumentOutOfRangeException (a caller's bug), not a user's error.
            if (draft.ObservedAt < (draft.At ?? services.Clock.GetCurrentInstant()))
            {
                throw new CliException("--observed is earlier than --at: a version cannot be captured before it became current.");
            }

            AppendReport report;
            try
            {
                report = AppendReport.AppendTo(historyFile, draft, services.Clock);
            }
            catch (FutureTimeException e)
            {
                var option = e.PropertyName == nameof(RevisionDraft.At) && atTime is not null ? "--at" : "--observed";
                throw new CliException($"{option}: {TimeFormat.InZone(e.Time, zone)} is in the future (now is {TimeFormat.InZone(e.Now, zone)}); a version cannot be dated more than {(long)e.Tolerance.TotalMinutes} minutes ahead of the clock.");
            }

            new TextAppendRenderer().Render(report, output);
            return ExitCodes.Success;
        }));
        return command;
    }
}
