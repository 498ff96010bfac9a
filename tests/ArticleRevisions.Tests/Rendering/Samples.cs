using ArticleRevisions.Diffing;

namespace ArticleRevisions.Tests.Rendering;

/// <summary>Hand-built results shared by the renderer tests.</summary>
internal static class Samples
{
    public const string KurskSummary = "Replaced “new offensive” with “combat”; 1 sentence changed";

    public static readonly DiffStatistics KurskStatistics = new()
    {
        WordsAdded = 1,
        WordsRemoved = 2,
        SentencesChanged = 1,
        ParagraphsChanged = 1,
    };

    /// <summary>The General Staff's edit: "new offensive operations" became "combat operations".</summary>
    public static ResultBuilder Kursk() => new ResultBuilder()
        .Same("This strike is part of the ")
        .Deleted("new offensive")
        .Inserted("combat")
        .Same(" operations launched by units of the Ukrainian Defense Forces in the Kursk region.\n")
        .WithStatistics(KurskStatistics)
        .WithSimilarity(0.912345);

    /// <summary>The same edit in Ukrainian.</summary>
    public static ResultBuilder KurskUkrainian() => new ResultBuilder()
        .Same("Цей удар є частиною ")
        .Deleted("нових наступальних")
        .Inserted("бойових")
        .Same(" операцій підрозділів Сил оборони України в Курській області.\n");

    /// <summary>A paragraph moved to the top, "old" becoming "new" on the way.</summary>
    public static ResultBuilder MovedParagraph() => new ResultBuilder()
        .MovedTo(1, new ResultBuilder().Same("The ").Deleted("old").Inserted("new").Same(" cat sat.\n\n"))
        .Same("First paragraph.\n\n")
        .MovedFrom(1, "The old cat sat.\n\n")
        .Same("Last paragraph.\n")
        .WithStatistics(new DiffStatistics { WordsAdded = 1, WordsRemoved = 1, ParagraphsMoved = 1 });
}
