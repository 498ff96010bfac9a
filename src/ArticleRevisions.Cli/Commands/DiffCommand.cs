using System.CommandLine;
using System.Globalization;
using ArticleRevisions.Diffing;
using ArticleRevisions.Model;
using ArticleRevisions.Rendering;
using ArticleRevisions.Storage;
using ArticleRevisions.Text;
using ArticleRevisions.Timeline;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev diff OLD NEW</c> or <c>artrev diff HISTORY [FROM [TO]]</c>: compares two versions.</summary>
internal static class DiffCommand
{
    private static readonly string[] Granularities = ["char", "word", "sentence", "paragraph"];
    private static readonly string[] Formats = ["inline", "word-diff", "side-by-side", "unified", "json", "markdown", "html"];
    private static readonly string[] ColorModes = ["auto", "always", "never"];

    public static Command Create(CliServices services)
    {
        var inputs = new Argument<string[]>("INPUTS")
        {
            Arity = new ArgumentArity(1, 3),
            Description = "OLD NEW: two UTF-8 text files (- for standard input). Or HISTORY [FROM [TO]]: a history file and two revisions, each a number or a time (default: the last two revisions).",
        };
        var granularity = new Option<string>("--granularity", "-g") { Description = "The smallest unit shown as changed: char, word, sentence or paragraph.", DefaultValueFactory = _ => "word" };
        granularity.AcceptOnlyFromAmong(Granularities);
        var format = new Option<string>("--format", "-f") { Description = "Output format: inline, word-diff, side-by-side, unified, json, markdown or html.", DefaultValueFactory = _ => "inline" };
        format.AcceptOnlyFromAmong(Formats);
        var color = new Option<string>("--color") { Description = "Colour: auto (only on a terminal, never when NO_COLOR is set), always or never.", DefaultValueFactory = _ => "auto" };
        color.AcceptOnlyFromAmong(ColorModes);
        var context = new Option<int>("--unified", "-U") { Description = "Lines of context in a unified patch (implies --format unified).", DefaultValueFactory = _ => 3, HelpName = "N" };
        context.Validators.Add(r =>
        {
            if (CommonOptions.TryGetValue<int>(r, out var lines) && lines < 0)
            {
                r.AddError($"--unified must be 0 or more, not {lines}.");
            }
        });
        var width = new Option<int?>("--width") { HelpName = "COLUMNS", Description = "Total width of side-by-side output. Default: the terminal's width, or 120." };
        width.Validators.Add(r =>
        {
            if (CommonOptions.TryGetValue<int?>(r, out var columns) && columns < 20)
            {
                r.AddError($"--width must be 20 or more, not {columns}.");
            }
        });
        var ignoreWhitespace = new Option<bool>("--ignore-whitespace", "-w") { Description = "Treat differences in white space (runs, re-wrapping, trailing) as equal." };
        var ignoreCase = new Option<bool>("--ignore-case", "-i") { Description = "Treat differences in letter case as equal." };
        var normalizePunctuation = new Option<bool>("--normalize-punctuation") { Description = "Treat typographic variants as equal: curly and straight quotes, « », dashes, the ellipsis, non-breaking spaces." };
        var stat = new Option<bool>("--stat") { Description = "Show only the summary and the counts." };
        var outputFile = new Option<string?>("--output", "-o") { HelpName = "FILE", Description = "Write to this file instead of standard output (replaced whole, never left half written)." };

        var command = new Command("diff", "Compare two versions: two text files, or two revisions of a history. Exit 0 same, 1 different, 2 trouble.")
        {
            inputs, granularity, format, color, context, width, ignoreWhitespace, ignoreCase, normalizePunctuation, stat, outputFile,
        };
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var (oldVersion, newVersion, zone) = Resolve(parseResult.GetValue(inputs)!, services);
            var options = new DiffOptions
            {
                Granularity = ParseGranularity(parseResult.GetValue(granularity)!),
                IgnoreWhitespace = parseResult.GetValue(ignoreWhitespace),
                IgnoreCase = parseResult.GetValue(ignoreCase),
                NormalizePunctuation = parseResult.GetValue(normalizePunctuation),
            };
            var result = TextDiffer.Compare(oldVersion.Text, newVersion.Text, options);

            var target = parseResult.GetValue(outputFile);
            var chosenFormat = parseResult.GetResult(format) is { Implicit: false } || parseResult.GetResult(context) is null or { Implicit: true }
                ? ParseFormat(parseResult.GetValue(format)!)
                : DiffFormat.Unified;
            var render = new RenderOptions
            {
                OldLabel = oldVersion.Label,
                NewLabel = newVersion.Label,
                OldTime = oldVersion.Time,
                NewTime = newVersion.Time,
                Zone = zone,
                Color = UseColor(parseResult.GetValue(color)!, target, services),
                Width = parseResult.GetValue(width) ?? Math.Max(services.TerminalWidth ?? 120, 20),
                Context = parseResult.GetValue(context),
                StatOnly = parseResult.GetValue(stat),
            };
            var text = DiffRenderer.Render(result, chosenFormat, render);
            if (target is null)
            {
                output.Write(text);
            }
            else
            {
                OutputFile.WriteAtomically(target, text, parseResult.GetValue(inputs)!);
            }

            return result.HasDifferences ? ExitCodes.Differences : ExitCodes.Success;
        }));
        return command;
    }

    private static (Version Old, Version New, NodaTime.DateTimeZone Zone) Resolve(string[] inputs, CliServices services)
    {
        var first = inputs[0];
        if (first != "-")
        {
            InputFiles.RequireFile(first);
        }

        var isHistory = first != "-" && HistoryFile.IsHistoryFile(first);
        if (!isHistory && inputs.Length == 3)
        {
            throw new CliException($"{first}: is not a history file; FROM and TO pick revisions of a history (artrev diff HISTORY FROM TO).");
        }

        if (!isHistory)
        {
            if (inputs.Length != 2)
            {
                throw new CliException($"{first}: is not a history file; to compare two text files give both: artrev diff OLD NEW.");
            }

            if (inputs[0] == "-" && inputs[1] == "-")
            {
                throw new CliException("only one of OLD and NEW can be - (standard input).");
            }

            return (
                new Version(InputFiles.ReadText(inputs[0], services), inputs[0], null),
                new Version(InputFiles.ReadText(inputs[1], services), inputs[1], null),
                NodaTime.DateTimeZone.Utc);
        }

        var history = InputFiles.OpenHistory(first).History;
        if (history.Count == 0 || (history.Count < 2 && inputs.Length < 3))
        {
            throw new CliException($"{first}: has {history.Count} revision{(history.Count == 1 ? string.Empty : "s")}; a comparison needs two.");
        }

        var from = inputs.Length >= 2 ? FindRevision(history, inputs[1], first) : history.GetRevision(history.Count - 1);
        var to = inputs.Length == 3 ? FindRevision(history, inputs[2], first) : history.Latest!;
        return (Describe(from), Describe(to), history.Article.Zone);
    }

    private static Revision FindRevision(ArticleHistory history, string spec, string path)
    {
        if (int.TryParse(spec, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= history.Count
                ? history.GetRevision(number)
                : throw new CliException($"revision {spec}: {path} has revisions 1 to {history.Count}.");
        }

        var time = TimeInput.Parse(spec, history.Article.Zone);
        if (!time.Success)
        {
            throw new CliException($"revision '{spec}' is neither a revision number nor a time: {time.Exception.Message}");
        }

        return history.AsOf(time.Value)
            ?? throw new CliException($"no revision was current at {TimeFormat.InZone(time.Value, history.Article.Zone)}: revision 1 became current at {TimeFormat.InZone(history.GetRevision(1).At, history.Article.Zone)}.");
    }

    private static Version Describe(Revision revision) => new(revision.Text, $"revision {revision.Number}", revision.At);

    private static DiffGranularity ParseGranularity(string value) => value switch
    {
        "char" => DiffGranularity.Character,
        "sentence" => DiffGranularity.Sentence,
        "paragraph" => DiffGranularity.Paragraph,
        _ => DiffGranularity.Word,
    };

    private static DiffFormat ParseFormat(string value) => value switch
    {
        "word-diff" => DiffFormat.WordDiff,
        "side-by-side" => DiffFormat.SideBySide,
        "unified" => DiffFormat.Unified,
        "json" => DiffFormat.Json,
        "markdown" => DiffFormat.Markdown,
        "html" => DiffFormat.Html,
        _ => DiffFormat.Inline,
    };

    private static bool UseColor(string mode, string? target, CliServices services) => mode switch
    {
        "always" => true,
        "never" => false,
        _ => target is null && services.OutputIsTerminal && string.IsNullOrEmpty(services.GetEnvironmentVariable("NO_COLOR")),
    };

    private sealed record Version(string Text, string Label, NodaTime.Instant? Time);
}
