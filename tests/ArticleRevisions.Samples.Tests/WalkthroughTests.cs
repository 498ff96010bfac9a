using Walkthrough;

namespace ArticleRevisions.Samples.Tests;

public class WalkthroughTests
{
    [Fact]
    public void Tells_a_six_version_story_with_the_command_for_each_answer_and_leaves_the_history_behind()
    {
        var work = Directory.CreateTempSubdirectory("artrev-walkthrough-test-");
        var output = new StringWriter();
        string text;
        bool left;

        try
        {
            var path = Tour.Run(output, Tour.FindFixtures(AppContext.BaseDirectory), work.FullName);
            text = output.ToString();
            left = File.Exists(path) && text.Contains($"The history is still there for you to try the commands above on: {path}", StringComparison.Ordinal);
        }
        finally
        {
            work.Delete(recursive: true);
        }

        Assert.True(left, "the history file stays, and its path is printed");
        Assert.Contains("We kept all 6 versions in", text);
        Assert.Contains("the hash chain is intact", text);
        Assert.Contains("revision 2: 2025-01-07 10:40:00 +02:00, 28 min after revision 1; cosmetic (spelling fix); note: Typo", text);
        Assert.Contains("revision 3: 2025-01-07 13:47:00 +02:00, 3 h 7 min after revision 2 (first seen 2025-01-07 14:05:00 +02:00); STEALTH substantive (text added, rewritten); note: none", text);
        Assert.Contains("revision 4: 2025-01-07 15:20:00 +02:00, 1 h 33 min after revision 3; cosmetic (moved); note: none", text);
        Assert.Matches(@"revision 5: .*revert to revision 2\); note: none", text);
        Assert.Contains("revision 6: 2025-01-07 18:15:00 +02:00, 45 min after revision 5; substantive (text added); note: Correction notice added", text);
        Assert.Contains("Cosmetic edits (the meaning is the same): revisions 2, 4. Substantive edits: revisions 3, 5, 6.", text);
        Assert.Contains("4 → 5: Revert to revision 2; ", text);
        Assert.Contains("3 → 4: 1 paragraph moved", text);
        Assert.Contains("[-new offensive-]{+combat+}", text);
        Assert.Contains("from revision 5 at 2025-01-07 17:30:00 +02:00: still there", text);
        Assert.Contains("readers saw revision 3: “This strike is an integral part of the combat operations", text);
        foreach (var verb in new[] { "verify", "log", "diff", "search", "show", "blame" })
        {
            Assert.Contains($"   $ artrev {verb} ", text);
        }

        Assert.Contains(" --substantive\n", text);
        Assert.Contains(" 2 3 --format word-diff\n", text);

        // Nothing is said that only holds for a two-version history.
        Assert.DoesNotContain("first version", text);
        Assert.DoesNotContain("both versions", text);
        Assert.DoesNotContain("twice", text);
    }
}
