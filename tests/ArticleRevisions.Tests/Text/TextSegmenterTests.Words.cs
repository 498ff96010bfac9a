using ArticleRevisions.Text;
using static ArticleRevisions.Tests.Text.SegmentationInvariants;

namespace ArticleRevisions.Tests.Text;

public sealed partial class TextSegmenterTests
{
    [Theory]
    [InlineData("don't stop", "w[don't] _[ ] w[stop]")]
    [InlineData("Kyiv’s Kyiv-controlled", "w[Kyiv’s] _[ ] w[Kyiv-controlled]")]
    [InlineData("п'ять м’яч п\u02BCять", "w[п'ять] _[ ] w[м’яч] _[ ] w[п\u02BCять]")]
    [InlineData("rock 'n' roll", "w[rock] _[ ] p['] w[n] p['] _[ ] w[roll]")]
    [InlineData("dogs' 'quoted'", "w[dogs] p['] _[ ] p['] w[quoted] p[']")]
    [InlineData("well- -known word--word", "w[well] p[-] _[ ] p[-] w[known] _[ ] w[word] p[--] w[word]")]
    [InlineData("anti\u2010war", "w[anti\u2010war]")]
    [InlineData("co\u00ADoperate", "w[co\u00ADoperate]")]
    public void Joins_apostrophes_and_hyphens_inside_words(string text, string expected) => AssertWords(text, expected);

    [Theory]
    [InlineData("1,200.50", "w[1,200.50]")]
    [InlineData("3.5 10:30", "w[3.5] _[ ] w[10:30]")]
    [InlineData("2025-01-07", "w[2025-01-07]")]
    [InlineData("v2.0 COVID-19", "w[v2.0] _[ ] w[COVID-19]")]
    [InlineData("3.5% $40", "w[3.5] p[%] _[ ] p[$] w[40]")]
    [InlineData("end. 5, 6", "w[end] p[.] _[ ] w[5] p[,] _[ ] w[6]")]
    [InlineData("e.g. U.S.", "w[e] p[.] w[g] p[.] _[ ] w[U] p[.] w[S] p[.]")]
    [InlineData("2.", "w[2] p[.]")]
    public void Keeps_numbers_with_their_separators_together(string text, string expected) => AssertWords(text, expected);

    [Theory]
    [InlineData("wait... -- ?! ***", "w[wait] p[...] _[ ] p[--] _[ ] p[?] p[!] _[ ] p[***]")]
    [InlineData("(a) [b]", "p[(] w[a] p[)] _[ ] p[[] w[b] p[]]")]
    [InlineData("«Так» — сказав", "p[«] w[Так] p[»] _[ ] p[—] _[ ] w[сказав]")]
    [InlineData("snake_case @user #tag", "w[snake] p[_] w[case] _[ ] p[@] w[user] _[ ] p[#] w[tag]")]
    public void Gives_punctuation_one_segment_per_character_or_run(string text, string expected) => AssertWords(text, expected);

    [Theory]
    [InlineData("漢字", "w[漢] w[字]")]
    [InlineData("日本語のテキスト", "w[日] w[本] w[語] w[の] w[テ] w[キ] w[ス] w[ト]")]
    [InlineData("Hello世界", "w[Hello] w[世] w[界]")]
    [InlineData("ไก่ กี่", "w[ไ] w[ก่] _[ ] w[กี่]")]
    [InlineData("ພາສາລາວ", "w[ພ] w[າ] w[ສ] w[າ] w[ລ] w[າ] w[ວ]")]
    [InlineData("한국어 텍스트", "w[한국어] _[ ] w[텍스트]")]
    [InlineData("𠀀𠀁", "w[𠀀] w[𠀁]")]
    public void Falls_back_to_one_word_per_text_element_in_scripts_without_spaces(string text, string expected) => AssertWords(text, expected);

    [Theory]
    [InlineData("👍🏽 ok", "p[👍🏽] _[ ] w[ok]")]
    [InlineData("👨‍👩‍👧", "p[👨‍👩‍👧]")]
    [InlineData("🇺🇦🇺🇦", "p[🇺🇦] p[🇺🇦]")]
    [InlineData("😀😀", "p[😀] p[😀]")]
    [InlineData("1️⃣", "w[1️⃣]")]
    [InlineData("Cafe\u0301 noir", "w[Cafe\u0301] _[ ] w[noir]")]
    [InlineData("e\u0301te\u0301", "w[e\u0301te\u0301]")]
    [InlineData("\u0301 x", "w[\u0301] _[ ] w[x]")]
    [InlineData("!\u0301!", "p[!\u0301] p[!]")]
    public void Never_splits_emoji_sequences_or_combining_marks(string text, string expected) => AssertWords(text, expected);

    [Theory]
    [InlineData("a\r\nb", @"w[a] _[\r\n] w[b]")]
    [InlineData("a \r\n\r\n\tb", @"w[a] _[ \r\n\r\n\t] w[b]")]
    [InlineData("a\rb\nc", @"w[a] _[\r] w[b] _[\n] w[c]")]
    [InlineData("a\u00A0b\u2028c", "w[a] _[\u00A0] w[b] _[\u2028] w[c]")]
    [InlineData("\uFEFFTitle", "_[\uFEFF] w[Title]")]
    public void Keeps_white_space_runs_and_crlf_together(string text, string expected) => AssertWords(text, expected);

    private static void AssertWords(string text, string expected)
    {
        var segments = TextSegmenter.SplitWords(text);

        AssertValid(text, segments, SegmentKind.Word, SegmentKind.Punctuation, SegmentKind.Whitespace);
        Assert.Equal(expected, Render(text, segments));
    }
}
