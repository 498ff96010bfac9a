using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Fuzzing.Targets;

/// <summary>
/// The history reader: any bytes as a history file, opened lazily (index and all), every revision read, then read
/// and checked whole. Documented behaviour: a history, or a <see cref="HistoryFormatException"/> naming the line.
/// </summary>
/// <remarks>Every input is read from memory by the reader's parser (the same code a file read runs); one in 32 is
/// also written to one file per process and opened from there, whose index and lock carry over between inputs,
/// which exercises stale indexes too.</remarks>
public sealed class HistoryReaderTarget : IFuzzTarget
{
    private long runs;

    private readonly string path = Path.Combine(Directory.CreateTempSubdirectory("artrev-fuzz-").FullName, "h.jsonl");

    /// <inheritdoc/>
    public string Name => "history-reader";

    /// <inheritdoc/>
    public IEnumerable<byte[]> Seeds()
    {
        var folder = Directory.CreateTempSubdirectory("artrev-fuzz-seeds-").FullName;
        try
        {
            var start = Instant.FromUtc(2025, 1, 7, 8, 12);
            var v1 = Path.Combine(folder, "v1.jsonl");
            var first = new Revision(1, start, "one\n", new string('0', 64));
            var second = new Revision(2, start + Duration.FromMinutes(5), "one\r\ntwo", new string('0', 64), editor: "Ed");
            var hash = first.ComputeHash(null);
            File.WriteAllText(v1, "{\"format\":\"artrev-history\",\"version\":1,\"article\":{\"id\":\"seed\",\"title\":\"Seed\",\"language\":\"en\",\"zone\":\"UTC\"}}\n"
                + $"{{\"number\":1,\"at\":\"2025-01-07T08:12:00Z\",\"sha256\":\"{hash}\",\"text\":\"one\\n\"}}\n"
                + $"{{\"number\":2,\"at\":\"2025-01-07T08:17:00Z\",\"editor\":\"Ed\",\"sha256\":\"{second.ComputeHash(hash)}\",\"text\":\"one\\r\\ntwo\"}}\n");
            yield return File.ReadAllBytes(v1);

            var v2 = Path.Combine(folder, "v2.jsonl");
            var file = HistoryFile.Create(v2, new Article("seed", "Seed “article”", DateTimeZoneProviders.Tzdb["Europe/Kyiv"], "uk", new Uri("https://example.org/a")), new HistoryFileOptions { CheckpointInterval = 3 });
            var text = "Перший абзац.\n\nSecond paragraph 😀 with a\ttab.\r\n";
            for (var n = 0; n < 6; n++)
            {
                file.Append(new RevisionDraft(text) { At = start + Duration.FromMinutes(n), Editor = n % 2 == 0 ? "Ed" : null, Note = n == 3 ? "fix" : null });
                text = text.Replace("abzac", "абзац", StringComparison.Ordinal) + $"Line {n}.\n";
            }

            yield return File.ReadAllBytes(v2);

            file.Record(HistoryEvent.SourceGone(start + Duration.FromHours(1), 404, new Uri("https://example.org/")));
            file.Record(HistoryEvent.SourceReturned(start + Duration.FromHours(2), 200));
            file.Record(HistoryEvent.MetadataChanged(start + Duration.FromHours(3), new Article("seed", "Renamed", DateTimeZone.Utc)));
            file.Append(new RevisionDraft("Re-extracted.\n") { At = start + Duration.FromHours(4), Attributes = RevisionAttributes.Empty.With("capture.etag", "x").WithSuppressed(SuppressedFields.Editor), RawSource = file.RawSources.Put("<p>x</p>"u8, "text/html") });
            file.Record(HistoryEvent.ExtractionRerun(start + Duration.FromHours(5), 7, "extractor 2"));
            yield return File.ReadAllBytes(v2);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <inheritdoc/>
    public void Run(ReadOnlySpan<byte> input)
    {
        var bytes = input.ToArray();
        try
        {
            HistoryFile.Parse(bytes, path);
        }
        catch (HistoryFormatException)
        {
            // Documented: the bytes are not a valid history, and the exception names the line.
        }

        // One input in 32 also goes through the file: the lazy open, the index, the lock probe and single reads.
        if ((++runs & 31) != 0)
        {
            return;
        }

        File.WriteAllBytes(path, bytes);
        try
        {
            var file = HistoryFile.Open(path);
            for (var n = 1; n <= Math.Min(file.Count, 50); n++)
            {
                _ = file.GetRevision(n);
            }

            _ = file.Events;
            var history = HistoryFile.Read(path);
            if (!history.Verify().IsValid)
            {
                throw new InvalidOperationException("A history the reader accepted does not verify.");
            }
        }
        catch (HistoryFormatException)
        {
            // Documented: the file is not a valid history, and the exception names the line.
        }
    }
}
