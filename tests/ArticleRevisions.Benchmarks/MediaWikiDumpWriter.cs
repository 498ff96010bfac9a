using System.Globalization;
using System.Security;
using System.Text;

namespace ArticleRevisions.Benchmarks;

/// <summary>
/// Writes a MediaWiki XML dump of a given size from a seed, for timing the MediaWiki import: pages of 40–60 revisions
/// (or a given number),
/// each text 4–16 KB of generated words with a few words changed per revision, every tenth page listed newest first.
/// The same seed and size always give the same bytes.
/// </summary>
internal static class MediaWikiDumpWriter
{
    public static void Write(string path, long targetBytes, int seed, int? revisionsPerPage, TextWriter log)
    {
        var random = new Random(seed);
        var words = Enumerable.Range(0, 5000).Select(i => Word(random)).ToArray();
        using var file = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 20);
        file.Write("<mediawiki xmlns=\"http://www.mediawiki.org/xml/export-0.10/\" version=\"0.10\" xml:lang=\"en\">\n<siteinfo><sitename>Bench</sitename><base>https://bench.example/wiki/Main_Page</base></siteinfo>\n");
        long revisions = 0;
        var page = 0;
        var revisionId = 1L;
        var start = new DateTime(2010, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        while (file.BaseStream.Length < targetBytes)
        {
            page++;
            var text = Enumerable.Range(0, random.Next(700, 2800)).Select(_ => words[random.Next(words.Length)]).ToList();
            var count = revisionsPerPage ?? random.Next(40, 61);
            var pageRevisions = new List<string>(count);
            var time = start.AddMinutes(random.Next(0, 5_000_000));
            for (var r = 0; r < count; r++)
            {
                for (var edit = random.Next(1, 6); edit > 0; edit--)
                {
                    text[random.Next(text.Count)] = words[random.Next(words.Length)];
                }

                time = time.AddMinutes(random.Next(1, 5000));
                var body = SecurityElement.Escape(string.Join(' ', text));
                pageRevisions.Add(string.Create(CultureInfo.InvariantCulture, $"    <revision><id>{revisionId++}</id><timestamp>{time:yyyy-MM-dd'T'HH:mm:ss'Z'}</timestamp><contributor><username>User{random.Next(500)}</username><id>{random.Next(1, 10000)}</id></contributor>{(random.Next(4) == 0 ? "<minor/>" : string.Empty)}<comment>edit {r}</comment><model>wikitext</model><format>text/x-wiki</format><text bytes=\"{body.Length}\" xml:space=\"preserve\">{body}</text></revision>\n"));
            }

            if (page % 10 == 0)
            {
                pageRevisions.Reverse();
            }

            file.Write(string.Create(CultureInfo.InvariantCulture, $"  <page><title>Bench page {page}</title><ns>0</ns><id>{page}</id>\n"));
            foreach (var revision in pageRevisions)
            {
                file.Write(revision);
            }

            file.Write("  </page>\n");
            revisions += count;
            file.Flush();
        }

        file.Write("</mediawiki>\n");
        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: {page} pages, {revisions} revisions, seed {seed}"));
    }

    private static string Word(Random random)
    {
        var length = random.Next(2, 10);
        return string.Create(length, random, (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('a' + r.Next(26));
            }
        });
    }
}
