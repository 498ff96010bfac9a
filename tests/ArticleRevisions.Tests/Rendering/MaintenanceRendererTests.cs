using ArticleRevisions.Rendering;
using ArticleRevisions.Storage;

namespace ArticleRevisions.Tests.Rendering;

/// <summary>The one-line reports of <c>repair</c> and <c>upgrade</c>: <see cref="TextRepairRenderer"/> and <see cref="TextUpgradeRenderer"/>.</summary>
public class MaintenanceRendererTests
{
    [Fact]
    public void A_repair_says_how_many_bytes_went_what_they_began_with_and_where_the_backup_is()
    {
        var result = new RepairResult("h.jsonl", 12_345, "{\"type\":\"revision\"\u001b[2J", "h.jsonl.torn-backup", 1);

        var line = new TextRepairRenderer().RenderToString(result);

        Assert.Equal("h.jsonl: removed a torn last line of 12,345 bytes starting “{\"type\":\"revision\"␛[2J”; what is left reads back with its hash chain intact (1 revision). The file as it was is kept as h.jsonl.torn-backup.\n", line);
    }

    [Fact]
    public void A_repair_of_a_whole_file_says_there_was_nothing_to_do()
    {
        var line = new TextRepairRenderer().RenderToString(new RepairResult("h.jsonl", 0, string.Empty, null, 3));

        Assert.Equal("h.jsonl: the last line is complete; nothing to repair (3 revisions).\n", line);
    }

    [Fact]
    public void An_upgrade_says_the_versions_the_revisions_checked_and_the_sizes()
    {
        var done = new TextUpgradeRenderer().RenderToString(new UpgradeResult("h.jsonl", 1, 2, 8, "h.jsonl.v1-backup", 20_480, 4_096));
        var nothing = new TextUpgradeRenderer().RenderToString(new UpgradeResult("h.jsonl", 2, 2, 8, null, 4_096, 4_096));

        Assert.Equal("h.jsonl: upgraded from format version 1 to 2, 8 revisions checked, 20,480 → 4,096 bytes; the original is kept as h.jsonl.v1-backup.\n", done);
        Assert.Equal("h.jsonl: already format version 2; nothing to do.\n", nothing);
    }
}
