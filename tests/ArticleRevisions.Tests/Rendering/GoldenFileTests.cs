using ArticleRevisions.Diffing;
using ArticleRevisions.Rendering;

namespace ArticleRevisions.Tests.Rendering;

/// <summary>
/// Every format on the fixtures, compared with the approved <c>expected-*</c> files beside them. On a mismatch the
/// output is written as <c>*.received.*</c> next to the expected file, to be read and approved by hand.
/// </summary>
public class GoldenFileTests
{
    private static readonly (string Fixture, string Name, string Old, string New)[] Pairs =
    [
        ("general-staff-kursk", "edit", "original.txt", "edited.txt"),
        ("general-staff-kursk-uk", "edit", "original.txt", "edited.txt"),
        ("harbour-bridge", "r3-r4-move", "r3.txt", "r4.txt"),
        ("harbour-bridge", "r4-r5-cost", "r4.txt", "r5.txt"),
        ("harbour-bridge", "r5-r6-crlf", "r5.txt", "r6.txt"),
        ("harbour-bridge", "r7-r8-no-final-newline", "r7.txt", "r8.txt"),
    ];

    private static readonly (DiffFormat Format, string Extension)[] Formats =
    [
        (DiffFormat.Inline, "inline.txt"),
        (DiffFormat.WordDiff, "word-diff.txt"),
        (DiffFormat.SideBySide, "side-by-side.txt"),
        (DiffFormat.Unified, "unified.patch"),
        (DiffFormat.Json, "json"),
        (DiffFormat.Markdown, "md"),
        (DiffFormat.Html, "html"),
    ];

    public static TheoryData<string, string, string, string, DiffFormat, string> Cases()
    {
        var data = new TheoryData<string, string, string, string, DiffFormat, string>();
        foreach (var (fixture, name, oldFile, newFile) in Pairs)
        {
            foreach (var (format, extension) in Formats)
            {
                data.Add(fixture, name, oldFile, newFile, format, extension);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_the_approved_output(string fixture, string name, string oldFile, string newFile, DiffFormat format, string extension)
    {
        var oldText = File.ReadAllText(TestData.FixturePath(fixture, oldFile));
        var newText = File.ReadAllText(TestData.FixturePath(fixture, newFile));
        var options = new RenderOptions { OldLabel = oldFile, NewLabel = newFile, Width = 100 };

        var actual = DiffRenderer.Render(TextDiffer.Compare(oldText, newText), format, options);

        var expectedPath = TestData.FixturePath(fixture, "expected", $"{name}.{extension}");
        var receivedPath = TestData.FixturePath(fixture, "expected", $"{name}.received.{extension}");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath) : null;
        if (expected != actual)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(receivedPath)!);
            File.WriteAllText(receivedPath, actual);
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }

        Assert.True(expected is not null, $"No approved output yet: read {receivedPath} and rename it to {Path.GetFileName(expectedPath)} if it is right.");
        Assert.True(expected == actual, $"Output differs from {expectedPath}; see {receivedPath}.");
    }
}
