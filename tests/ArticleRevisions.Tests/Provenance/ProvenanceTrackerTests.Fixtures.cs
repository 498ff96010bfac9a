using ArticleRevisions.Model;
using ArticleRevisions.Provenance;
using ArticleRevisions.Storage;
using NodaTime;

namespace ArticleRevisions.Tests.Provenance;

public sealed partial class ProvenanceTrackerTests
{
    private static readonly Lazy<ArticleHistory> HarbourBridge = new(() => Fixture("harbour-bridge"));

    [Fact]
    public void Harbour_bridge_revert_gives_from_3_march_back_to_revision_1()
    {
        var report = ProvenanceTracker.Compute(HarbourBridge.Value, 7);

        var sentence = Assert.Single(report.Sentences, s => s.Text.Contains("from 3 March", StringComparison.Ordinal));
        Assert.Equal((1, 7), (sentence.Origin.Number, sentence.RestoredIn?.Number));
        Assert.All(Words(report, "from 3 March"), w => Assert.Equal(1, w.Origin.Number));
        Assert.Equal(7, Word(report, "3").RestoredIn?.Number);
        Assert.DoesNotContain(report.Words, w => w.Origin.Number is 3 or 4 or 6 or 7);
    }

    [Fact]
    public void Harbour_bridge_revision_6_attributes_the_new_date_to_its_editor()
    {
        var report = ProvenanceTracker.Compute(HarbourBridge.Value, 6);

        var ten = Word(report, "10");
        Assert.Equal(6, ten.Origin.Number);
        Assert.Equal("Sam Okafor", ten.Origin.Editor);
        Assert.Equal(6, Assert.Single(report.Sentences, s => s.Text.Contains("from 10 March", StringComparison.Ordinal)).Origin.Number);
        Assert.Equal(1, Assert.Single(report.Sentences, s => s.Text.StartsWith("Cyclists", StringComparison.Ordinal)).Origin.Number);
    }

    [Fact]
    public void Harbour_bridge_final_paragraph_belongs_to_revision_8()
    {
        var report = ProvenanceTracker.Compute(HarbourBridge.Value, 8);

        var last = report.Sentences[^1];
        Assert.Equal("This article was amended on 12 February 2025 to correct the cost of the repairs.", last.Text);
        Assert.Equal((8, null), (last.Origin.Number, last.RestoredIn?.Number));
        Assert.All(Words(report, last.Text), w => Assert.Equal(8, w.Origin.Number));
        Assert.Equal(1, Assert.Single(report.Sentences, s => s.Text.StartsWith("A public drop-in", StringComparison.Ordinal)).Origin.Number);
    }

    [Fact]
    public void Harbour_bridge_keeps_each_edit_with_its_revision()
    {
        var report = ProvenanceTracker.Compute(HarbourBridge.Value, 8);

        Assert.Equal((2, "Jo Pritchard"), (Word(report, "received").Origin.Number, Word(report, "received").Origin.Editor));
        Assert.Equal(5, Word(report, "6.8").Origin.Number);
        Assert.All(Words(report, "The figure was revised upwards"), w => Assert.Equal(5, w.Origin.Number));
        // Curly quotes (r3), the moved paragraph (r4) and CRLF (r6) change no one's words.
        Assert.Equal(1, Assert.Single(report.Sentences, s => s.Text.StartsWith("The Harbour Bridge opened", StringComparison.Ordinal)).Origin.Number);
        Assert.Equal(1, Assert.Single(report.Sentences, s => s.Text.StartsWith("“We cannot take risks", StringComparison.Ordinal)).Origin.Number);
        Assert.Equal(1, Word(report, "council’s").Origin.Number);
    }

    [Fact]
    public void Harbour_bridge_reports_every_removal_not_undone_with_how_long_it_stood()
    {
        var report = ProvenanceTracker.Compute(HarbourBridge.Value, 8);

        // Revision 6 removed "3" (of "3 March") and revision 7 put it back: it is present again, so not listed.
        Assert.Equal(
            [("recieved", 1, 2), ("4.2", 1, 5), ("10", 6, 7)],
            report.Removed.Select(r => (r.Text, r.Origin.Number, r.RemovedIn.Number)));
        Assert.Equal(Duration.FromMinutes(22), report.Removed[0].Survived);
        Assert.Equal(Duration.FromMinutes(35), report.Removed[2].Survived);
        Assert.Contains(report.Words, w => w.Text == "3" && w.Origin.Number == 1 && w.RestoredIn?.Number == 7);
    }

    [Fact]
    public void Harbour_bridge_lists_a_removal_until_a_revert_puts_the_text_back()
    {
        var before = ProvenanceTracker.Compute(HarbourBridge.Value, 6);

        Assert.Contains(before.Removed, r => (r.Text, r.Origin.Number, r.RemovedIn.Number) == ("3", 1, 6));
        Assert.Equal(Duration.FromHours(13) + Duration.FromMinutes(40), before.Removed.Single(r => r.Text == "3").Survived);
    }

    [Fact]
    public void Kursk_edit_attributes_combat_to_revision_2_and_ukrainian_to_revision_1()
    {
        var history = Fixture("general-staff-kursk");

        var report = ProvenanceTracker.Compute(history, 2);

        var changed = Assert.Single(report.Sentences, s => s.Origin.Number == 2);
        Assert.StartsWith("This strike is an integral part of the combat operations", changed.Text, StringComparison.Ordinal);
        var words = Words(report, changed.Text);
        Assert.Equal([2, 2], words.Where(w => w.Text == "combat").Select(w => w.Origin.Number));
        Assert.Equal(1, Assert.Single(words, w => w.Text == "Ukrainian").Origin.Number);
        // The paragraph before speaks of "combat operations" too, and has since revision 1.
        Assert.Equal(1, report.Words.First(w => w.Text == "combat").Origin.Number);
    }

    [Fact]
    public void Kursk_edit_removed_new_offensive_after_3_hours_35_minutes()
    {
        var history = Fixture("general-staff-kursk");

        var report = ProvenanceTracker.Compute(history, 2);

        var removed = report.Removed[0];
        Assert.Equal("new offensive", removed.Text);
        Assert.Equal((1, 2), (removed.Origin.Number, removed.RemovedIn.Number));
        Assert.Equal(Duration.FromHours(3) + Duration.FromMinutes(35), removed.Survived);
        Assert.Equal(["new offensive", "launched by"], report.Removed.Select(r => r.Text));
    }

    private static ArticleHistory Fixture(string name) => HistoryFile.Read(TestData.FixturePath(name, "history.jsonl"));
}
