using ArticleRevisions.Model;
using ArticleRevisions.Provenance;
using ArticleRevisions.Reports;
using ArticleRevisions.Storage;
using CsCheck;
using NodaTime;

namespace ArticleRevisions.Tests.Reports;

/// <summary>Blame of a history file resumed from the provenance checkpoint kept beside it (<c>NAME.blame</c>).</summary>
public class BlameCheckpointsTests
{
    private static readonly Instant Start = Instant.FromUtc(2025, 1, 7, 8, 0);

    private static readonly string[] Vocabulary = ["the", "council", "bridge", "voted", "£4.2", "million", "on", "Monday", "3", "March", "Kyiv", "repairs"];

    [Fact]
    public void A_blame_resumed_from_a_checkpoint_equals_a_walk_from_the_first_revision_as_a_property()
    {
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[2, 14], Gen.Int[1, 14]).Sample(
            (seed, count, split) =>
            {
                using var dir = new TempDirectory();
                var path = MakeHistory(dir, seed, count);
                var history = HistoryFile.Read(path);
                var first = Math.Min(split, history.Count); // an edit that changes nothing is not appended

                BlameReport.Create(HistoryFile.Open(path), first);
                var resumed = BlameReport.Create(HistoryFile.Open(path), granularity: BlameGranularity.Word);
                var again = BlameReport.Create(HistoryFile.Open(path), granularity: BlameGranularity.Word);

                var expected = BlameReport.Create(history, granularity: BlameGranularity.Word);
                foreach (var report in new[] { resumed, again })
                {
                    Assert.Equal(expected.Provenance.Words, report.Provenance.Words);
                    Assert.Equal(expected.Provenance.Sentences, report.Provenance.Sentences);
                    Assert.Equal(expected.Provenance.Removed, report.Provenance.Removed);
                    Assert.Equal(expected.Runs, report.Runs);
                }

                if (history.Count > 1)
                {
                    Assert.Equal(history.Count, CheckpointRevision(path));
                }
            },
            iter: 60);
    }

    [Fact]
    public void Blame_keeps_a_checkpoint_at_the_revision_it_reached_and_an_older_blame_leaves_it()
    {
        using var dir = new TempDirectory();
        var path = MakeHistory(dir, seed: 7, count: 9);
        var latest = HistoryFile.Open(path).Count;

        BlameReport.Create(HistoryFile.Open(path));
        BlameReport.Create(HistoryFile.Open(path), revisionNumber: 4);

        Assert.Equal(latest, CheckpointRevision(path));
        Assert.Contains(path + ".blame", HistoryFile.SidecarPaths(path));
    }

    [Fact]
    public void A_checkpoint_of_another_version_or_history_or_a_damaged_one_is_ignored_and_replaced()
    {
        using var dir = new TempDirectory();
        var path = MakeHistory(dir, seed: 11, count: 8);
        var expected = BlameReport.Create(HistoryFile.Read(path));
        BlameReport.Create(HistoryFile.Open(path), revisionNumber: 5);
        var good = File.ReadAllText(path + ".blame");

        string[] bad =
        [
            good.Replace($"\"v\":\"{BlameCheckpoints.Version}\"", "\"v\":\"0.0\"", StringComparison.Ordinal),
            good.Replace("\"sha256\":\"", "\"sha256\":\"0", StringComparison.Ordinal),
            good[..(good.Length / 2)],
            good.Replace("\"origins\":[", "\"origins\":[1,1,", StringComparison.Ordinal),
            "{}\n",
            "not json",
        ];
        foreach (var text in bad)
        {
            File.WriteAllText(path + ".blame", text);

            var report = BlameReport.Create(HistoryFile.Open(path));

            Assert.Equal(expected.Provenance.Sentences, report.Provenance.Sentences);
            Assert.Equal(expected.Provenance.Removed, report.Provenance.Removed);
            Assert.Equal(HistoryFile.Open(path).Count, CheckpointRevision(path));
        }
    }

    [Fact]
    public void A_checkpoint_is_never_trusted_over_the_chain_one_of_a_rewritten_revision_is_ignored()
    {
        using var dir = new TempDirectory();
        var path = MakeHistory(dir, seed: 3, count: 6);
        BlameReport.Create(HistoryFile.Open(path), revisionNumber: 4);
        var checkpoint = File.ReadAllBytes(path + ".blame");
        var other = MakeHistory(dir, seed: 4, count: 6, name: "other.jsonl");
        File.WriteAllBytes(other + ".blame", checkpoint);

        var report = BlameReport.Create(HistoryFile.Open(other));

        var expected = BlameReport.Create(HistoryFile.Read(other));
        Assert.Equal(expected.Provenance.Words, report.Provenance.Words);
        Assert.Equal(expected.Provenance.Removed, report.Provenance.Removed);
    }

    [Fact]
    public void A_history_in_a_folder_that_cannot_be_written_still_gets_its_blame()
    {
        using var dir = new TempDirectory();
        var path = MakeHistory(dir, seed: 5, count: 4);
        Directory.CreateDirectory(path + ".blame"); // the checkpoint's path is taken by a folder: it cannot be written

        var report = BlameReport.Create(HistoryFile.Open(path));

        Assert.Equal(BlameReport.Create(HistoryFile.Read(path)).Provenance.Words, report.Provenance.Words);
    }

    [Fact]
    public void Blame_after_appends_extends_the_checkpoint_with_a_block_and_equals_a_walk_from_the_first_revision_as_a_property()
    {
        Gen.Select(Gen.Int[0, 100_000], Gen.Int[4, 16], Gen.Int[1, 5].Array[1, 4]).Sample(
            (seed, count, steps) =>
            {
                using var dir = new TempDirectory();
                var path = MakeHistory(dir, seed, count);
                var total = HistoryFile.Open(path).Count;
                if (total < 2)
                {
                    return;
                }

                var blamed = new List<int>();
                for (var (at, s) = (1, 0); s < steps.Length && at + steps[s] <= total; s++)
                {
                    at += steps[s];
                    blamed.Add(at);
                }

                blamed.Add(total);
                var before = 0L;
                foreach (var number in blamed.Distinct())
                {
                    var report = BlameReport.Create(HistoryFile.Open(path), number, BlameGranularity.Word);

                    var expected = BlameReport.Create(HistoryFile.Read(path), number, BlameGranularity.Word);
                    Assert.Equal(expected.Provenance.Words, report.Provenance.Words);
                    Assert.Equal(expected.Provenance.Sentences, report.Provenance.Sentences);
                    Assert.Equal(expected.Provenance.Removed, report.Provenance.Removed);
                    var length = new FileInfo(path + ".blame").Length;
                    Assert.True(length > before);
                    Assert.Equal(number, CheckpointRevision(path));
                    before = length;
                }

                var chain = ProvenanceCheckpoint.Read(File.ReadAllBytes(path + ".blame"), BlameCheckpoints.Version);
                Assert.NotNull(chain);
                Assert.True(chain.Whole);
                Assert.Equal(blamed.Distinct().Count(), chain.Blocks.Count);
            },
            iter: 40);
    }

    [Fact]
    public void A_torn_block_at_the_end_of_a_checkpoint_is_left_out_and_the_blocks_before_it_are_resumed_from()
    {
        using var dir = new TempDirectory();
        var path = MakeHistory(dir, seed: 21, count: 10);
        var latest = HistoryFile.Open(path).Count;
        BlameReport.Create(HistoryFile.Open(path), latest - 4);
        var first = File.ReadAllBytes(path + ".blame");
        BlameReport.Create(HistoryFile.Open(path), latest - 2);
        var two = File.ReadAllBytes(path + ".blame");
        File.WriteAllBytes(path + ".blame", two[..(first.Length + ((two.Length - first.Length) / 2))]);

        var report = BlameReport.Create(HistoryFile.Open(path));

        Assert.Equal(BlameReport.Create(HistoryFile.Read(path)).Provenance.Words, report.Provenance.Words);
        Assert.Equal(BlameReport.Create(HistoryFile.Read(path)).Provenance.Removed, report.Provenance.Removed);
        var chain = ProvenanceCheckpoint.Read(File.ReadAllBytes(path + ".blame"), BlameCheckpoints.Version);
        Assert.NotNull(chain);
        Assert.True(chain.Whole);
        Assert.Equal(latest, chain.Blocks[^1].Number);
    }

    private static int CheckpointRevision(string path)
    {
        var chain = ProvenanceCheckpoint.Read(File.ReadAllBytes(path + ".blame"), BlameCheckpoints.Version);
        Assert.NotNull(chain);
        return chain.Blocks[^1].Number;
    }

    /// <summary>Revisions that insert, delete and replace words, move sentences and undo the revision before, with full texts every 3 lines.</summary>
    private static string MakeHistory(TempDirectory dir, int seed, int count, string name = "h.jsonl")
    {
        var random = new Random(seed);
        var path = dir.File(name);
        var file = HistoryFile.Create(path, TestData.Article(), new HistoryFileOptions { CheckpointInterval = 3 });
        List<List<string>> texts = [[.. Enumerable.Range(0, 30).Select(_ => Word(random))]];
        for (var i = 0; i < count; i++)
        {
            var words = i == 0 ? texts[0] : texts[^1].ToList();
            switch (random.Next(5))
            {
                case 0 when texts.Count >= 2:
                    words = [.. texts[^2]];
                    break;
                case 1:
                    words.Insert(random.Next(words.Count + 1), Word(random));
                    break;
                case 2 when words.Count > 3:
                    words.RemoveAt(random.Next(words.Count));
                    break;
                case 3 when words.Count > 6:
                    var at = random.Next(words.Count - 3);
                    var moved = words.GetRange(at, 3);
                    words.RemoveRange(at, 3);
                    words.InsertRange(random.Next(words.Count + 1), moved);
                    break;
                default:
                    words[random.Next(words.Count)] = Word(random);
                    break;
            }

            texts.Add(words);
            file.Append(new RevisionDraft(Write(words)) { At = Start + Duration.FromMinutes(30 * i), Editor = i % 2 == 0 ? "Jo" : null });
        }

        return path;
    }

    private static string Word(Random random) => Vocabulary[random.Next(Vocabulary.Length)];

    /// <summary>Sentences of five words, paragraphs of two sentences.</summary>
    private static string Write(List<string> words) =>
        string.Concat(words.Select((w, i) => w + (i % 10 == 9 ? ".\n\n" : i % 5 == 4 ? ". " : " "))).TrimEnd() + ".";
}
