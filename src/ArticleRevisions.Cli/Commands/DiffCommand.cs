using System.CommandLine;
using ArticleRevisions.Diffing;
using ArticleRevisions.Reports;
using ArticleRevisions.Rendering;
using ArticleRevisions.Storage;
using ArticleRevisions.Timeline;

namespace ArticleRevisions.Cli.Commands;

/// <summary><c>artrev diff OLD NEW</c>, <c>artrev diff HISTORY [FROM [TO]]</c> or <c>artrev diff HISTORY [REV] FILE</c>: compares two versions.</summary>
internal static class DiffCommand
{
    private static readonly (string, DiffGranularity)[] Granularities =
        [("char", DiffGranularity.Character), ("word", DiffGranularity.Word), ("sentence", DiffGranularity.Sentence), ("paragraph", DiffGranularity.Paragraph)];

    private static readonly (string, DiffFormat)[] Formats =
    [
        ("inline", DiffFormat.Inline), ("word-diff", DiffFormat.WordDiff), ("side-by-side", DiffFormat.SideBySide), ("unified", DiffFormat.Unified),
        ("json", DiffFormat.Json), ("markdown", DiffFormat.Markdown), ("html", DiffFormat.Html),
    ];

    private static readonly (string, ColorMode)[] ColorModes = [("auto", ColorMode.Auto), ("always", ColorMode.Always), ("never", ColorMode.Never)];

    private enum ColorMode
    {
        Auto,
        Always,
        Never,
    }

    public static Command Create(CliServices services)
    {
        var inputs = new Argument<string[]>("INPUTS")
        {
            Arity = new ArgumentArity(1, 3),
            Description = "OLD NEW: two UTF-8 text files (- for standard input). Or HISTORY [FROM [TO]]: a history file and two revisions, each a number or a time (default: the last two revisions). Or HISTORY [REV] FILE: a revision (default: the latest) against a text file, e.g. a fresh capture.",
            // The tokens as they are: the default conversion of a string[] makes the array through reflection
            // (Array.CreateInstance and the type loader, ~1.3% of a small diff in the Native AOT binary; RESULTS.md, "r19").
            CustomParser = Tokens,
        };
        var granularity = CommonOptions.Choice(new Option<DiffGranularity>("--granularity", "-g") { Description = "The smallest unit shown as changed: char, word, sentence or paragraph.", DefaultValueFactory = _ => DiffGranularity.Word }, Granularities);
        var format = CommonOptions.Choice(new Option<DiffFormat>("--format", "-f") { Description = "Output format: inline, word-diff, side-by-side, unified, json, markdown or html.", DefaultValueFactory = _ => DiffFormat.Inline }, Formats);
        var color = CommonOptions.Choice(new Option<ColorMode>("--color") { Description = "Colour: auto (only on a terminal, never when NO_COLOR is set), always or never.", DefaultValueFactory = _ => ColorMode.Auto }, ColorModes);
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
            if (CommonOptions.TryGetValue<int?>(r, out var columns) && columns is < SideBySideDiffOptions.MinimumWidth or > SideBySideDiffOptions.MaximumWidth)
            {
                r.AddError($"--width must be from {SideBySideDiffOptions.MinimumWidth} to {SideBySideDiffOptions.MaximumWidth}, not {columns}.");
            }
        });
        var ignoreWhitespace = new Option<bool>("--ignore-whitespace", "-w") { Description = "Treat differences in white space (runs, re-wrapping, trailing, a byte-order mark) as equal." };
        var ignoreCase = new Option<bool>("--ignore-case", "-i") { Description = "Treat differences in letter case as equal." };
        var normalizePunctuation = new Option<bool>("--normalize-punctuation") { Description = "Treat typographic variants as equal: curly and straight quotes, « », dashes, the ellipsis, non-breaking spaces." };
        var stat = new Option<bool>("--stat") { Description = "Show only the summary and the counts." };
        var stylesheet = CommonOptions.Stylesheet();
        var outputFile = new Option<FileInfo?>("--output", "-o")
        {
            HelpName = "FILE",
            Description = "Write to this file instead of standard output (replaced whole, never left half written).",
            CustomParser = r =>
            {
                if (r.Tokens[0].Value.Length > 0)
                {
                    return new FileInfo(r.Tokens[0].Value);
                }

                r.AddError("--output needs a file name.");
                return null;
            },
        };

        var command = new Command("diff", "Compare two versions: two text files, two revisions of a history, or a revision with a text file. Exit 0 same, 1 different, 2 trouble.")
        {
            inputs, granularity, format, color, context, width, ignoreWhitespace, ignoreCase, normalizePunctuation, stat, stylesheet, outputFile,
        };
        CommonOptions.StylesheetOnlyFor(command, format, DiffFormat.Html, stylesheet);
        command.SetAction(parseResult => CommandRunner.Run(parseResult, output =>
        {
            var options = new DiffOptions
            {
                Granularity = parseResult.GetValue(granularity),
                IgnoreWhitespace = parseResult.GetValue(ignoreWhitespace),
                IgnoreCase = parseResult.GetValue(ignoreCase),
                NormalizePunctuation = parseResult.GetValue(normalizePunctuation),
            };
            var given = parseResult.GetValue(inputs)!;
            var target = parseResult.GetValue(outputFile);
            // -U N asks for a patch, unless a format is named too.
            var chosen = parseResult.GetResult(format) is { Implicit: false } || parseResult.GetResult(context) is null or { Implicit: true }
                ? parseResult.GetValue(format)
                : DiffFormat.Unified;
            var statOnly = parseResult.GetValue(stat);
            var texts = ReadTexts(given, services);
            if (texts is (var oldText, var newText) && chosen == DiffFormat.Unified && !statOnly)
            {
                // A patch of two files is a line alignment of their exact bytes: no word comparison is made unless the
                // exit status needs one (see TextDiffer.HasDifferences).
                WritePatch(new UnifiedDiffOptions { Context = parseResult.GetValue(context) }, given, oldText, newText, target, output);
                return TextDiffer.HasDifferences(oldText, newText, options) ? ExitCodes.Differences : ExitCodes.Success;
            }

            var comparison = texts is (var o, var n) ? CompareTexts(o, n, options, given) : Compare(given, options, services);
            if (statOnly || chosen is not (DiffFormat.Inline or DiffFormat.WordDiff or DiffFormat.Unified))
            {
                ReleaseComparisonGarbage(comparison);
            }

            var useColor = parseResult.GetValue(color) switch
            {
                ColorMode.Always => true,
                ColorMode.Never => false,
                _ => target is null && services.OutputIsTerminal && string.IsNullOrEmpty(services.GetEnvironmentVariable("NO_COLOR")),
            };
            IRenderer<Comparison> renderer = (chosen, statOnly) switch
            {
                (DiffFormat.Json, _) => new JsonDiffRenderer(new JsonDiffOptions { StatOnly = statOnly }),
                (DiffFormat.Markdown, _) => new MarkdownDiffRenderer(new MarkdownDiffOptions { StatOnly = statOnly }),
                (DiffFormat.Html, _) => new HtmlDiffRenderer(new HtmlDiffOptions { StatOnly = statOnly, StylesheetHref = parseResult.GetValue(stylesheet) }),
                (_, true) => new StatDiffRenderer(),
                (DiffFormat.WordDiff, _) => new WordDiffRenderer(new WordDiffOptions { Color = useColor }),
                (DiffFormat.SideBySide, _) => new SideBySideDiffRenderer(new SideBySideDiffOptions
                {
                    Color = useColor,
                    Width = parseResult.GetValue(width) ?? Math.Clamp(services.TerminalWidth ?? 120, SideBySideDiffOptions.MinimumWidth, SideBySideDiffOptions.MaximumWidth),
                }),
                (DiffFormat.Unified, _) => new UnifiedDiffRenderer(new UnifiedDiffOptions { Context = parseResult.GetValue(context) }),
                _ => new InlineDiffRenderer(new InlineDiffOptions { Color = useColor }),
            };

            if (target is null)
            {
                renderer.Render(comparison, output);
            }
            else
            {
                OutputFile.WriteAtomically(target.ToString(), writer => renderer.Render(comparison, writer), given);
            }

            return comparison.Result.HasDifferences ? ExitCodes.Differences : ExitCodes.Success;
        }));
        return command;
    }

    private static string[] Tokens(System.CommandLine.Parsing.ArgumentResult result)
    {
        var values = new string[result.Tokens.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = result.Tokens[i].Value;
        }

        return values;
    }

    /// <summary>The large-object heap's first allocation budget, in bytes: the runtime's smallest, which no setting of ours changes.</summary>
    private const long FirstLargeObjectBudget = 3 * 1024 * 1024;

    /// <summary>
    /// Compares two texts read from files, first collecting once, with only the two texts alive, when their strings
    /// alone have used up the large-object heap's first budget: otherwise the comparison's first large array sets off
    /// that full collection later, with the comparison's tables alive, in the background (mark array, write watch, and
    /// a generation-1 collection after it) or blocking. Collected now it costs little and the comparison runs without it: a 1 MB word diff takes ~170
    /// fewer page faults and 8–14% less CPU, a 2 or 3 MB one 3–4% less (RESULTS.md, "After merging stop 25's branches").
    /// </summary>
    /// <remarks>
    /// Not for texts of 4 MiB or more, whose run collects in batch mode (<see cref="InputFiles"/>): there it touched ~385
    /// more pages and cost ~4% more at 10 MB. Below the budget (100 KB texts) it only adds a collection.
    /// </remarks>
    private static Comparison CompareTexts(string oldText, string newText, DiffOptions options, string[] given)
    {
        if (((long)oldText.Length + newText.Length) * sizeof(char) >= FirstLargeObjectBudget && System.Runtime.GCSettings.LatencyMode != System.Runtime.GCLatencyMode.Batch)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        }

        return Comparison.OfTexts(oldText, newText, options, given[0], given[1]);
    }

    /// <summary>Below this many characters of both texts together, a comparison leaves little garbage worth a collection.</summary>
    private const long LargeComparison = 4 * 1024 * 1024;

    /// <summary>
    /// After a large comparison, collects what the comparison left behind (its tables, in the large-object heap, stay
    /// there until a full collection), before a format that builds more of its own (the summary, a line alignment):
    /// that then reuses the freed memory instead of taking more from the system.
    /// </summary>
    /// <remarks>
    /// Not compacting: a compaction needs room to copy into, and raised the peak it was meant to lower (RESULTS.md,
    /// "io16"). Inline, word-diff and unified patches build nothing large after the comparison (the inline header's
    /// summary tallies edits, not text), so they skip it: at 10 MB it cost the inline diff 7% of its CPU time and
    /// lowered its peak by 0.4 MiB (RESULTS.md, "Stop 27"). The other formats keep it: without it, side-by-side's
    /// peak rose by 1.6 MiB and Markdown's by 0.8.
    /// </remarks>
    private static void ReleaseComparisonGarbage(Comparison comparison)
    {
        if ((long)comparison.Result.OldText.Length + comparison.Result.NewText.Length >= LargeComparison)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
        }
    }

    /// <summary>Writes the unified patch of two text files to <paramref name="target"/>, or to <paramref name="output"/> when there is none.</summary>
    /// <remarks>Its own method: the time zone it names is set up only when a patch is asked for, not by every diff.</remarks>
    private static void WritePatch(UnifiedDiffOptions options, string[] given, string oldText, string newText, FileInfo? target, TextWriter output)
    {
        var patch = new UnifiedDiffRenderer(options);
        var (oldVersion, newVersion) = (new ComparedVersion(given[0]), new ComparedVersion(given[1]));
        if (target is null)
        {
            patch.Render(oldVersion, newVersion, NodaTime.DateTimeZone.Utc, oldText, newText, output);
        }
        else
        {
            OutputFile.WriteAtomically(target.ToString(), writer => patch.Render(oldVersion, newVersion, NodaTime.DateTimeZone.Utc, oldText, newText, writer), given);
        }
    }

    /// <summary>Reads the two texts when the inputs are two text files (OLD NEW); null when the first is a history.</summary>
    private static (string Old, string New)? ReadTexts(string[] inputs, CliServices services)
    {
        var first = inputs[0];
        if (first != "-")
        {
            InputFiles.RequireFile(first);
        }

        if (first == "-" || !HistoryFile.IsHistoryFile(first))
        {
            if (inputs.Length == 3 && first != "-")
            {
                ThrowIfTornHeader(first);
            }

            if (inputs.Length != 2)
            {
                throw new CliException(inputs.Length == 3
                    ? $"{first}: is not a history file; FROM and TO pick revisions of a history (artrev diff HISTORY FROM TO)."
                    : $"{first}: is not a history file; to compare two text files give both: artrev diff OLD NEW.");
            }

            if (inputs[0] == "-" && inputs[1] == "-")
            {
                throw new CliException("only one of OLD and NEW can be - (standard input).");
            }

            return (InputFiles.ReadText(inputs[0], services, "compared"), InputFiles.ReadText(inputs[1], services, "compared"));
        }

        return null;
    }

    /// <summary>
    /// A history cut off inside its header line does not start like one; when revisions of it are asked for, says what
    /// <c>log</c> says of it (the header is incomplete) rather than that it is no history.
    /// </summary>
    private static void ThrowIfTornHeader(string path)
    {
        try
        {
            HistoryFile.Open(path);
        }
        catch (HistoryFormatException e) when (e.Fault != HistoryFileFault.TornLastLine)
        {
            // Some other file: the caller says it is not a history.
        }
    }

    /// <summary>Compares two revisions of a history named by number or time, or a revision with a text file.</summary>
    private static Comparison Compare(string[] inputs, DiffOptions options, CliServices services)
    {
        var first = inputs[0];

        // Only the lines the two revisions are rebuilt from are read, whatever the history's length.
        var history = HistoryFile.Open(first);

        // HISTORY [REV] FILE: a revision (the latest by default) against a text file, when the last argument names
        // one; a revision is never a file's name.
        var last = inputs[^1];
        if (inputs.Length >= 2 && (last == "-" || (File.Exists(last) && !HistoryFile.IsHistoryFile(last))))
        {
            if (history.Count == 0)
            {
                throw new CliException($"{first}: has no revisions to compare {last} with.");
            }

            var revision = inputs.Length == 3 ? Revision(history, inputs[1], first) : null;
            return Comparison.OfRevisionAndText(history, revision?.Number, InputFiles.ReadText(last, services, "compared"), options, last);
        }

        if (history.Count == 0 || (history.Count < 2 && inputs.Length < 3))
        {
            throw new CliException($"{first}: has {history.Count} revision{(history.Count == 1 ? string.Empty : "s")}; a comparison needs two.");
        }

        var from = inputs.Length >= 2 ? RevisionNumber(history, inputs[1], first) : (int?)null;
        var to = inputs.Length == 3 ? RevisionNumber(history, inputs[2], first) : (int?)null;
        return Comparison.OfRevisions(history, from, to, options);
    }

    /// <summary>The number of the revision <paramref name="text"/> names: a number of one is taken as it is (its text is read once, by the comparison), a time is looked up.</summary>
    private static int RevisionNumber(HistoryFile history, string text, string path) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= history.Count
            ? number
            : Revision(history, text, path).Number;

    private static Model.Revision Revision(HistoryFile history, string text, string path)
    {
        var parsed = RevisionInput.Parse(history, text);
        return parsed.Success ? parsed.Value : throw new CliException($"{path}: {parsed.Exception.Message}");
    }
}
