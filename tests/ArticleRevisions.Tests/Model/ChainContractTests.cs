using ArticleRevisions.Model;
using ArticleRevisions.Text;
using CsCheck;
using NodaTime;

namespace ArticleRevisions.Tests.Model;

/// <summary>The hash chain's contract: what the hash covers, and that old histories hash exactly as before.</summary>
public class ChainContractTests
{
    private static readonly Instant At = Instant.FromUtc(2025, 1, 7, 8, 12);

    [Fact]
    public void An_empty_attribute_map_and_no_raw_source_hash_exactly_as_version_one()
    {
        var plain = new Revision(1, At, "text", new string('0', 64), editor: "e");
        var explicitEmpty = new Revision(1, At, "text", new string('0', 64), editor: "e", attributes: RevisionAttributes.Empty);

        Assert.Equal(plain.ComputeHash(null), explicitEmpty.ComputeHash(null));
    }

    [Fact]
    public void Attributes_and_the_raw_source_are_covered_by_the_hash()
    {
        var plain = new Revision(1, At, "text", new string('0', 64));
        var attributed = new Revision(1, At, "text", new string('0', 64), attributes: RevisionAttributes.Empty.With("mediawiki.minor", "true"));
        var otherValue = new Revision(1, At, "text", new string('0', 64), attributes: RevisionAttributes.Empty.With("mediawiki.minor", "false"));
        var sourced = new Revision(1, At, "text", new string('0', 64), rawSource: new RawSourceReference(new string('a', 64), "text/html", 10));
        var otherLength = new Revision(1, At, "text", new string('0', 64), rawSource: new RawSourceReference(new string('a', 64), "text/html", 11));

        string[] hashes = [plain.ComputeHash(null), attributed.ComputeHash(null), otherValue.ComputeHash(null), sourced.ComputeHash(null), otherLength.ComputeHash(null)];

        Assert.Equal(hashes.Length, hashes.Distinct().Count());
    }

    [Theory]
    [InlineData("general-staff-kursk")]
    [InlineData("general-staff-kursk-uk")]
    [InlineData("harbour-bridge")]
    public void Every_fixture_history_still_verifies_with_the_hashers_own_instant_encoding(string fixture)
    {
        var history = ArticleRevisions.Storage.HistoryFile.Read(TestData.FixturePath(fixture, "history.jsonl"));

        Assert.True(history.Count > 0);
        Assert.True(history.Verify().IsValid);
    }

    [Fact]
    public void The_hashers_instant_encoding_equals_the_version_one_text_for_any_instant()
    {
        Gen.Long[Instant.FromUtc(1, 1, 1, 0, 0).ToUnixTimeTicks(), Instant.FromUtc(9999, 12, 31, 23, 59).ToUnixTimeTicks()]
            .Select(Gen.Int[0, 99], (ticks, nanos) => Instant.FromUnixTimeTicks(ticks).PlusNanoseconds(nanos))
            .Sample(instant => Assert.Equal(TimeFormat.Utc(instant), RevisionHasher.EncodeInstant(instant)), iter: 20_000);
    }

    [Fact]
    public void A_sealed_history_chains_its_first_revision_to_the_header()
    {
        var history = ArticleHistory.Create(TestData.Article()).Append(new RevisionDraft("one") { At = At }).History;

        Assert.NotNull(history.HeaderHash);
        Assert.Equal(history.GetRevision(1).ComputeHash(history.HeaderHash), history.GetRevision(1).Hash);
        Assert.NotEqual(history.GetRevision(1).ComputeHash(null), history.GetRevision(1).Hash);
    }

    [Fact]
    public void Events_are_chained_between_revisions_and_kept_in_time_order()
    {
        var history = ArticleHistory.Create(TestData.Article())
            .Append(new RevisionDraft("one") { At = At }).History
            .Record(HistoryEvent.SourceGone(At + Duration.FromHours(1), 404, new Uri("https://example.org/gone")))
            .Record(HistoryEvent.SourceReturned(At + Duration.FromHours(2), 200))
            .Append(new RevisionDraft("two") { At = At + Duration.FromHours(3) }).History;

        Assert.Equal([HistoryEventKind.SourceGone, HistoryEventKind.SourceReturned], history.Events.Select(e => e.Event.Kind));
        Assert.Equal(history.Events[1].Hash, history.GetRevision(2).Hash == history.GetRevision(2).ComputeHash(history.Events[1].Hash) ? history.Events[1].Hash : null);
        Assert.True(history.Verify().IsValid);
    }

    [Fact]
    public void A_metadata_change_becomes_the_current_article_and_keeps_the_header()
    {
        var header = TestData.Article();
        var renamed = new Article(header.Id, "New title", DateTimeZone.Utc, "uk");

        var history = ArticleHistory.Create(header).Record(HistoryEvent.MetadataChanged(At, renamed, "title corrected"));

        Assert.Same(renamed, history.Article);
        Assert.Same(header, history.Header);
        Assert.True(history.Verify().IsValid);
    }

    [Fact]
    public void Refuses_a_metadata_change_of_the_id_an_event_before_the_last_line_and_a_rerun_of_a_missing_revision()
    {
        var history = ArticleHistory.Create(TestData.Article()).Append(new RevisionDraft("one") { At = At }).History;

        Assert.Throws<ArgumentException>(() => history.Record(HistoryEvent.MetadataChanged(At, TestData.Article("other"))));
        Assert.Throws<ArgumentOutOfRangeException>(() => history.Record(HistoryEvent.SourceGone(At - Duration.FromSeconds(1))));
        Assert.Throws<ArgumentOutOfRangeException>(() => history.Record(HistoryEvent.ExtractionRerun(At, 2)));
    }

    [Fact]
    public void A_draft_without_a_time_needs_a_clock()
    {
        var e = Assert.Throws<ArgumentException>(() => ArticleHistory.Create(TestData.Article()).Append(new RevisionDraft("x")));

        Assert.Contains("clock", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_event_breaks_verification_at_that_event()
    {
        var history = ArticleHistory.Create(TestData.Article())
            .Append(new RevisionDraft("one") { At = At }).History
            .Record(HistoryEvent.SourceGone(At, 410));
        var forged = new RecordedEvent(HistoryEvent.SourceGone(At, 404), history.Events[0].AfterRevision, history.Events[0].Hash);
        var tampered = ArticleHistory.FromChain(history.Header, history.HeaderHash, [.. history.Revisions], [forged]);

        var result = tampered.Verify();

        Assert.False(result.IsValid);
        Assert.Same(forged, result.MismatchedEvent);
    }
}
