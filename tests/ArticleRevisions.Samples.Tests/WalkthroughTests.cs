using Walkthrough;

namespace ArticleRevisions.Samples.Tests;

public class WalkthroughTests
{
    [Fact]
    public void Tells_the_kursk_story_with_its_key_findings()
    {
        var work = Directory.CreateTempSubdirectory("artrev-walkthrough-test-");
        var output = new StringWriter();

        try
        {
            Tour.Run(output, Tour.FindFixtures(AppContext.BaseDirectory), work.FullName);
        }
        finally
        {
            work.Delete(recursive: true);
        }

        var text = output.ToString();
        Assert.Contains("the hash chain is intact", text);
        Assert.Contains("revision 2: 2025-01-07 13:47:00 +02:00, 3 h 35 min after the first version (first seen 2025-01-07 14:05:00 +02:00), note: none", text);
        Assert.Contains("[-new offensive-]{+combat+}", text);
        Assert.Contains("4. “new offensive” appeared in revision 1 at 2025-01-07 10:12:00 +02:00 and was removed in revision 2 at 2025-01-07 13:47:00 +02:00, after 3 h 35 min.", text);
        Assert.Contains("5. At 2025-01-07 12:00:00 +02:00 readers saw revision 1: “This strike is part of the new offensive operations", text);
        Assert.Contains("1 sentence dates from revision 2, e.g. “This strike is an integral part", text);
        Assert.Contains("removed: “new offensive” (written in revision 1, lived 3 h 35 min)", text);
        Assert.Contains("7. Revision 2 is substantive (text added, rewritten), no correction note: a stealth edit.", text);
    }
}
