namespace ArticleRevisions.Import.Tests;

/// <summary>
/// File names and slugs from titles. This project runs without ICU, like the CLI, where <c>string.Normalize</c>
/// returns its input unchanged: these cases come out right only because the normalisation is our own.
/// </summary>
public class FileNamesTests
{
    [Theory]
    [InlineData("Cafe\u0301 Crème", "cafe-creme")]
    [InlineData("Ångström Ωmega", "angstrom-mega")]
    [InlineData("\u212Bngstr\u00F6m", "angstrom")]
    [InlineData("Йод і ґанок", "article")]
    [InlineData("Đà Nẵng", "a-nang")]
    public void A_slug_keeps_the_base_letters_of_decomposed_characters(string name, string expected)
    {
        Assert.Equal(expected, FileNames.Slug(name));
    }

    [Theory]
    [InlineData("Cafe\u0301 Cre\u0300me", "caf\u00E9-cr\u00E8me")]
    [InlineData("\u0418\u0306\u043E\u0434", "\u0439\u043E\u0434")]
    [InlineData("\u1100\u1161\u11A8 2024", "\uAC01-2024")]
    public void A_stem_is_composed_so_one_title_gives_one_name_however_it_was_typed(string title, string expected)
    {
        Assert.Equal(expected, FileNames.Stem(title));
    }
}
