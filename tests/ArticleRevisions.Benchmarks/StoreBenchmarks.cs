using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace ArticleRevisions.Benchmarks;

/// <summary>
/// The store at 10,000 revisions of a 20 KB article with small edits (<see cref="HistoryMaker"/>): opening the file,
/// appending one revision, and reading the revision current at a time, each from a fresh <see cref="HistoryFile"/>
/// as a command does.
/// </summary>
/// <remarks>
/// The history is written once (about a minute and a half) to the temporary folder and reused by later runs, since
/// the same arguments always make the same file. Public and unsealed because BenchmarkDotNet derives from it.
/// </remarks>
// In process: no generated project to build, which on a busy machine outlasts BenchmarkDotNet's build timeout.
[InProcess]
[WarmupCount(3)]
[IterationCount(15)]
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private const int Revisions = 10_000;
    private string path = string.Empty;
    private string[] texts = [];
    private Instant next;
    private int appended;

    /// <summary>Makes (or finds) the history and copies it, so appends never change the cached one.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var cached = Path.Combine(Path.GetTempPath(), $"artrev-bench-{Revisions}-v{HistoryFile.FormatVersion}.jsonl");
        if (!File.Exists(cached))
        {
            HistoryMaker.Run(cached + ".tmp", Revisions, TextWriter.Null);
            File.Move(cached + ".tmp", cached);
            File.Move(cached + ".tmp.idx", cached + ".idx");
        }

        var folder = Directory.CreateTempSubdirectory("artrev-bench-").FullName;
        path = Path.Combine(folder, "h.jsonl");
        File.Copy(cached, path);
        File.Copy(cached + ".idx", path + ".idx");
        var latest = HistoryFile.Open(path).Latest!;
        texts = [latest.Text + "An added sentence.\n", latest.Text];
        next = latest.At + Duration.FromMinutes(1);
    }

    /// <summary>Removes the copy.</summary>
    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);

    /// <summary>Opens the file: header, index, tail.</summary>
    /// <returns>The number of revisions, so the work cannot be optimised away.</returns>
    [Benchmark]
    public int Open() => HistoryFile.Open(path).Count;

    /// <summary>Opens the file and appends one revision (a sentence added or removed at the end), durably.</summary>
    /// <returns>The new revision's number.</returns>
    [Benchmark]
    public int OpenAndAppend()
    {
        var draft = new RevisionDraft(texts[appended++ % 2]) { At = next };
        next += Duration.FromMinutes(1);
        return HistoryFile.Open(path).Append(draft).Revision.Number;
    }

    /// <summary>Opens the file and reads the revision current at a time in the middle of the history.</summary>
    /// <returns>The text's length.</returns>
    [Benchmark]
    public int OpenAndShowAt() => HistoryFile.Open(path).AsOf(HistoryMaker.Start + (HistoryMaker.Step * 5_050))!.Text.Length;
}
