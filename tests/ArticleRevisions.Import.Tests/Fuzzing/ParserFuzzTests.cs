using System.Text;
using ArticleRevisions.Import.Folders;
using ArticleRevisions.Import.Git;
using ArticleRevisions.Import.MediaWiki;
using CsCheck;
using NodaTime;

namespace ArticleRevisions.Import.Tests.Fuzzing;

/// <summary>
/// Property-based fuzzing of every importer's parser: random and mutated inputs may be refused only with the
/// documented <see cref="ImportException"/> (one line), never with any other exception. The iteration count comes from
/// ARTREV_FUZZ_ITERATIONS (default 2,000 per target, so the suite stays quick; RESULTS.md records longer runs).
/// </summary>
public class ParserFuzzTests
{
    private static readonly long Iterations = long.TryParse(Environment.GetEnvironmentVariable("ARTREV_FUZZ_ITERATIONS"), out var n) ? n : 2_000;

    private static readonly string ValidExport = """
        <?xml version="1.0" encoding="utf-8"?>
        <mediawiki xmlns="https://www.mediawiki.org/xml/export-0.11/" xml:lang="en">
        <siteinfo><base>https://wiki.example/wiki/Main</base></siteinfo>
        <page><title>Kyiv</title><ns>0</ns><id>1</id>
        <revision><id>2</id><parentid>1</parentid><timestamp>2025-01-07T09:00:00Z</timestamp><contributor><username>A</username></contributor><minor/><comment>c</comment><text bytes="3" xml:space="preserve">a&amp;b</text></revision>
        <revision><id>1</id><timestamp>2025-01-07T08:00:00Z</timestamp><contributor deleted="deleted"/><text deleted="deleted"/></revision>
        </page>
        </mediawiki>
        """;

    private static readonly Gen<byte[]> MutatedExport = Gen.Int[0, 8].Array.Select(Gen.Int[0, ValidExport.Length], Gen.Byte).Select(t =>
    {
        var (ops, position, value) = t;
        var bytes = Encoding.UTF8.GetBytes(ValidExport).ToList();
        foreach (var op in ops)
        {
            var at = Math.Min((position + (op * 131)) % Math.Max(1, bytes.Count), bytes.Count - 1);
            switch (op % 3)
            {
                case 0: bytes[at] = (byte)(value + op); break;
                case 1: bytes.RemoveAt(at); break;
                default: bytes.Insert(at, (byte)"<>&;\"'/= \n"[op % 10]); break;
            }
        }

        return bytes.ToArray();
    });

    [Fact]
    public void The_mediawiki_reader_refuses_mutated_exports_only_with_its_documented_error()
    {
        Gen.OneOf(MutatedExport, Gen.Byte.Array[0, 400]).Sample(
            bytes => OnlyImportErrors(() => _ = MediaWikiReader.ReadPages(new MemoryStream(bytes), "fuzz.xml").Count()),
            iter: Iterations);
    }

    [Fact]
    public void The_manifest_readers_refuse_random_tables_only_with_their_documented_error()
    {
        var cell = Gen.OneOf(Gen.String[Gen.Char["\t\n\r\\\",\"tnrx aé"], 0, 12], Gen.Const("file"), Gen.Const("time"), Gen.Const("2025-01-07T08:00:00Z"), Gen.Const("attr:a.b"));
        var table = cell.Array[0, 6].Select(cells => string.Join(Gen.Bool.Single() ? "\t" : ",", cells)).Array[0, 5].Select(lines => string.Join("\n", lines));
        table.Sample(
            text =>
            {
                OnlyImportErrors(() => TabularText.ParseTsv(text, "m.tsv"));
                OnlyImportErrors(() => TabularText.ParseCsv(text, "m.csv"));
            },
            iter: Iterations);
    }

    [Fact]
    public void Tsv_cells_written_by_the_exporter_read_back_unchanged()
    {
        Gen.String.Null().Array[1, 6].Sample(
            cells =>
            {
                if (cells.All(c => c is null))
                {
                    return;
                }

                var line = string.Join('\t', cells.Select(TabularText.EscapeTsv));
                var read = Assert.Single(TabularText.ParseTsv(line + "\n", "m.tsv"));
                Assert.Equal(cells, read.Cells);
            },
            iter: Iterations);
    }

    [Fact]
    public void Time_finding_in_file_names_never_throws()
    {
        Gen.String[Gen.Char["0123456789-:T_ Z+.,abc"], 0, 40].Sample(
            name => FileNameTime.Find(name, DateTimeZoneProviders.Tzdb["Europe/Kyiv"], out _),
            iter: Iterations);
    }

    [Fact]
    public void The_git_log_parser_refuses_random_output_only_with_its_documented_error()
    {
        var header = "\u001e0123456789abcdef0123456789abcdef01234567\u001f2025-01-07T10:00:00+04:30\u001fA\u001fa@x\u001fs\0\n:100644 100644 ";
        Gen.OneOf(
                Gen.Byte.Array[0, 200],
                Gen.String[Gen.Char["\u001e\u001f\0\n: 0123456789abcdefRMDA.md"], 0, 120].Select(s => Encoding.UTF8.GetBytes(header + s)))
            .Sample(bytes => OnlyImportErrors(() => GitLogParser.Parse(bytes, "repo")), iter: Iterations);
    }

    [Fact]
    public void Any_title_gets_one_safe_file_name_inside_the_folder()
    {
        using var dir = new TempDirectory();
        Gen.String.Sample(
            title =>
            {
                if (PageTitles.Problem(title) is not null)
                {
                    return;
                }

                var (path, id) = PageTitles.Place(dir.Path, title, _ => false);
                var name = Path.GetFileName(path);
                Assert.Equal(dir.Path, Path.GetDirectoryName(path));
                Assert.True(name.Length <= FileNames.MaxStemLength + ".jsonl".Length);
                Assert.DoesNotContain("..", name);
                Assert.True(Model.Article.IsValidId(id), id);
                Assert.Equal(path, PageTitles.Place(dir.Path, title, _ => false).Path);
            },
            iter: Iterations);
    }

    private static void OnlyImportErrors(Action action)
    {
        try
        {
            action();
        }
        catch (ImportException e)
        {
            Assert.DoesNotContain('\n', e.Message);
        }
    }
}
