using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace ArticleRevisions.Cli;

/// <summary>Adds worked examples after the standard help of each command.</summary>
internal sealed class HelpExamples(HelpAction standard) : SynchronousCommandLineAction
{
    /// <summary>Each command's examples, built only when help is shown: most runs show none.</summary>
    private static Dictionary<string, string[]> Examples() => new(StringComparer.Ordinal)
    {
        ["artrev"] =
        [
            "artrev diff fixtures/general-staff-kursk/original.txt fixtures/general-staff-kursk/edited.txt",
            "artrev log fixtures/general-staff-kursk/history.jsonl",
            "artrev search fixtures/general-staff-kursk/history.jsonl \"new offensive\"",
        ],
        ["init"] = ["artrev init statement.jsonl --id kursk-statement --title \"General Staff statement\" --language en --zone Europe/Kyiv"],
        ["add"] =
        [
            "artrev add statement.jsonl original.txt --at 2025-01-07T10:12 --editor \"General Staff\"",
            "curl -s https://example.org/statement | artrev add statement.jsonl - --observed 2025-01-07T14:05Z",
        ],
        ["diff"] =
        [
            "artrev diff original.txt edited.txt",
            "artrev diff statement.jsonl                      # the last two revisions",
            "artrev diff statement.jsonl 1 2025-01-07T14:00   # revision 1 against what was current at 14:00 in the article's zone",
            "artrev diff original.txt edited.txt -U 3 > fix.patch",
            "artrev diff original.txt edited.txt --format html -o diff.html",
            "artrev diff a.txt b.txt --ignore-whitespace --normalize-punctuation --stat",
        ],
        ["log"] = ["artrev log statement.jsonl", "artrev log statement.jsonl --since 2025-01-07 --substantive --zone UTC", "artrev log statement.jsonl --format json", "artrev log statement.jsonl --format markdown > log.md"],
        ["search"] = ["artrev search statement.jsonl \"new offensive\"", "artrev search statement.jsonl \"new offensive\" --ignore-case --normalize-punctuation --format json"],
        ["blame"] = ["artrev blame statement.jsonl", "artrev blame statement.jsonl --revision 2 --granularity word", "artrev blame statement.jsonl --format html --stylesheet report.css > blame.html"],
        ["timeline"] = ["artrev timeline statement.jsonl", "artrev timeline statement.jsonl --zone UTC", "artrev timeline statement.jsonl --format html > timeline.html"],
        ["show"] = ["artrev show statement.jsonl", "artrev show statement.jsonl --revision 1", "artrev show statement.jsonl --at \"2025-01-07 14:00\""],
        ["import folder"] = ["artrev import folder snapshots/ statement.jsonl --zone Europe/Kyiv --title \"General Staff statement\""],
        ["import mediawiki"] = ["artrev import mediawiki Kyiv.xml wiki/", "zcat dump.xml.gz | artrev import mediawiki - wiki/ --zone Europe/Kyiv"],
        ["import git"] = ["artrev import git ~/src/handbook docs/policy.md policy.jsonl"],
        ["import wayback"] = ["artrev import wayback https://example.org/statement statement.jsonl", "artrev import wayback https://example.org/statement statement.jsonl --archive http://127.0.0.1:8080/ --rate-limit 60"],
        ["capture"] = ["artrev capture statement.jsonl https://example.org/statement --zone Europe/Kyiv", "artrev capture statement.jsonl                  # again, from the history's source", "artrev capture post.jsonl https://t.me/CHANNEL/123 --declaration telegram-post", "artrev capture statement.jsonl --reextract --format json"],
        ["watch"] = ["artrev watch desk/                   # until Ctrl-C", "artrev watch desk/ --once            # one round, for cron", "artrev watch desk/ --once --all --format json"],
        ["watch add"] = ["artrev watch add desk/ https://example.org/statement --id statement --zone Europe/Kyiv --interval 30m", "artrev watch add desk/ https://example.org/feed.xml --feed"],
        ["watch list"] = ["artrev watch list desk/"],
        ["watch remove"] = ["artrev watch remove desk/ statement"],
        ["report"] = ["artrev report statement.jsonl -o statement.html", "artrev report desk/ -o desk-report/"],
        ["bundle"] = ["artrev bundle statement.jsonl -o evidence/          # the latest edit", "artrev bundle statement.jsonl 1 2 -o evidence/", "artrev verify --bundle evidence/"],
        ["upgrade"] = ["artrev upgrade statement.jsonl"],
        ["repair"] = ["artrev repair statement.jsonl"],
        ["export"] = ["artrev export statement.jsonl --to statement-versions/", "artrev export statement.jsonl --to wiki-export/ --format mediawiki"],
        ["verify"] = ["artrev verify statement.jsonl", "artrev verify statement.jsonl --expect-sha256 9c72dcefec866f690c4c9aa1ca6860a60090c79d48062d7731edf3876ed3b3a8"],
    };

    /// <summary>Replaces the root's help action with one that also prints examples.</summary>
    public static void Install(RootCommand root)
    {
        // A loop, not OfType().Single(): this runs at every start (see CommonOptions.Choice).
        for (var i = 0; i < root.Options.Count; i++)
        {
            if (root.Options[i] is HelpOption help)
            {
                help.Action = new HelpExamples((HelpAction)help.Action!);
                return;
            }
        }

        throw new InvalidOperationException("The root command has no help option.");
    }

    public override int Invoke(ParseResult parseResult)
    {
        var code = standard.Invoke(parseResult);
        var name = PathOf(parseResult.CommandResult);
        if (Examples().TryGetValue(name, out var examples))
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var example in examples)
            {
                output.WriteLine("  " + example);
            }

            output.WriteLine();
        }

        return code;
    }

    /// <summary>The command's words after <c>artrev</c> (<c>watch add</c>), or <c>artrev</c> for the root.</summary>
    private static string PathOf(CommandResult result)
    {
        var words = new List<string>();
        for (SymbolResult? current = result; current is CommandResult { Command: not RootCommand } command; current = current.Parent)
        {
            words.Insert(0, command.Command.Name);
        }

        return words.Count == 0 ? "artrev" : string.Join(' ', words);
    }
}
