using ArticleRevisions.Text;
using static ArticleRevisions.Tests.Text.SegmentationInvariants;

namespace ArticleRevisions.Tests.Text;

public sealed partial class TextSegmenterTests
{
    // Each row: the text, then its sentences joined with '|'.
    [Theory]
    [InlineData("He said \"Stop.\" Then he left.", "He said \"Stop.\"|Then he left.")]
    [InlineData("\"Stop!\" he said. Then he left.", "\"Stop!\" he said.|Then he left.")]
    [InlineData("She shouted 'Run!' Everyone ran.", "She shouted 'Run!'|Everyone ran.")]
    [InlineData("He called it “great.” Nobody agreed.", "He called it “great.”|Nobody agreed.")]
    [InlineData("“Where?” she asked.", "“Where?” she asked.")]
    [InlineData("(See the note above.) Next comes the rest.", "(See the note above.)|Next comes the rest.")]
    [InlineData("He wrote [sic.] Then he stopped.", "He wrote [sic.]|Then he stopped.")]
    [InlineData("Mr. Smith met Mrs. Jones. They talked.", "Mr. Smith met Mrs. Jones.|They talked.")]
    [InlineData("Dr. Watson arrived. Ms. Hudson let him in.", "Dr. Watson arrived.|Ms. Hudson let him in.")]
    [InlineData("Gen. Syrskyi and Lt. Col. Petrenko spoke. Sgt. Ivanov listened.", "Gen. Syrskyi and Lt. Col. Petrenko spoke.|Sgt. Ivanov listened.")]
    [InlineData("The U.S. Army arrived. Then it left.", "The U.S. Army arrived.|Then it left.")]
    [InlineData("Talks were held in the U.K. He said little.", "Talks were held in the U.K.|He said little.")]
    [InlineData("The U.S. and the U.K. signed it. Nobody objected.", "The U.S. and the U.K. signed it.|Nobody objected.")]
    [InlineData("He moved to Washington, D.C. The city was new to him.", "He moved to Washington, D.C.|The city was new to him.")]
    [InlineData("J. R. R. Tolkien wrote it. People read it.", "J. R. R. Tolkien wrote it.|People read it.")]
    [InlineData("John F. Kennedy spoke. The crowd cheered.", "John F. Kennedy spoke.|The crowd cheered.")]
    [InlineData("We need Plan B. The first one failed.", "We need Plan B.|The first one failed.")]
    [InlineData("It grew 3.5 percent. Prices rose.", "It grew 3.5 percent.|Prices rose.")]
    [InlineData("It cost $1,200.50 in total. That was a lot.", "It cost $1,200.50 in total.|That was a lot.")]
    [InlineData("Version v2.0 shipped. Users liked it.", "Version v2.0 shipped.|Users liked it.")]
    [InlineData("Prices rose in 2024. 2025 was worse.", "Prices rose in 2024.|2025 was worse.")]
    [InlineData("I waited... and waited. Then I left.", "I waited... and waited.|Then I left.")]
    [InlineData("I waited... Nothing happened.", "I waited...|Nothing happened.")]
    [InlineData("Wait… what? Wait… Who is there?", "Wait… what?|Wait…|Who is there?")]
    [InlineData("Apples, pears, etc. and more fruit. Good.", "Apples, pears, etc. and more fruit.|Good.")]
    [InlineData("We bought apples, pears, etc. The shop then closed.", "We bought apples, pears, etc.|The shop then closed.")]
    [InlineData("Some leaders, e.g. Macron, agreed. Others did not.", "Some leaders, e.g. Macron, agreed.|Others did not.")]
    [InlineData("Papers (i.e. The Times) agreed. Others did not.", "Papers (i.e. The Times) agreed.|Others did not.")]
    [InlineData("Real Madrid vs. Barcelona ended 2-1. Fans cheered.", "Real Madrid vs. Barcelona ended 2-1.|Fans cheered.")]
    [InlineData("No. 5 won the race. No one expected it.", "No. 5 won the race.|No one expected it.")]
    [InlineData("She said no. Then she left.", "She said no.|Then she left.")]
    [InlineData("On Jan. 5 it snowed. On Feb. 7 it rained.", "On Jan. 5 it snowed.|On Feb. 7 it rained.")]
    [InlineData("The attacks of Sept. 11 changed everything. Aug. 24 is a holiday.", "The attacks of Sept. 11 changed everything.|Aug. 24 is a holiday.")]
    [InlineData("He lives near St. Mark's Square. It is busy.", "He lives near St. Mark's Square.|It is busy.")]
    [InlineData("It weighs approx. 5 kg. That is heavy.", "It weighs approx. 5 kg.|That is heavy.")]
    [InlineData("It ended at 5 p.m. yesterday. Then we left.", "It ended at 5 p.m. yesterday.|Then we left.")]
    [InlineData("Visit example.com for details. Then call us.", "Visit example.com for details.|Then call us.")]
    [InlineData("Follow t.me/GeneralStaffZSU now. It posts daily.", "Follow t.me/GeneralStaffZSU now.|It posts daily.")]
    [InlineData("Write to press@example.com. We reply fast.", "Write to press@example.com.|We reply fast.")]
    [InlineData("What?! No way!!! Really? Yes.", "What?!|No way!!!|Really?|Yes.")]
    [InlineData("Is it true? yes, it is.", "Is it true? yes, it is.")]
    [InlineData("A sentence.   Another one.", "A sentence.|Another one.")]
    [InlineData("Headline without a stop\nBody starts here. It goes on.", "Headline without a stop|Body starts here.|It goes on.")]
    [InlineData("A paragraph wraps\nhere. Then\nit ends.\n\nNew paragraph.", "A paragraph wraps\nhere.|Then\nit ends.|New paragraph.")]
    [InlineData("Steps:\n1. Open the box.\n2. Take it out.", "Steps:|1. Open the box.|2. Take it out.")]
    [InlineData("II. Methods follow. They work.", "II. Methods follow.|They work.")]
    [InlineData("No terminator at all", "No terminator at all")]
    public void Splits_english_sentences(string text, string expected) => AssertSentences(text, expected);

    [Theory]
    [InlineData("Це перше речення. Це друге речення.", "Це перше речення.|Це друге речення.")]
    [InlineData("Сили оборони завдали удару. Противник зазнав втрат!", "Сили оборони завдали удару.|Противник зазнав втрат!")]
    [InlineData("Що сталося? Ніхто не знає.", "Що сталося?|Ніхто не знає.")]
    [InlineData("Невже?! Так, це правда.", "Невже?!|Так, це правда.")]
    [InlineData("Він сказав: «Стоп.» Вона мовчала.", "Він сказав: «Стоп.»|Вона мовчала.")]
    [InlineData("Він сказав: „Стоп.“ Вона мовчала.", "Він сказав: „Стоп.“|Вона мовчала.")]
    [InlineData("«Куди?» — спитала вона.", "«Куди?» — спитала вона.")]
    [InlineData("— Куди? — спитала вона. — Додому.", "— Куди? — спитала вона.|— Додому.")]
    [InlineData("Президент В. Зеленський заявив про це. Заява пролунала вранці.", "Президент В. Зеленський заявив про це.|Заява пролунала вранці.")]
    [InlineData("Т. Г. Шевченко народився в 1814 р. у Моринцях.", "Т. Г. Шевченко народився в 1814 р. у Моринцях.")]
    [InlineData("Це сталося у 2024 р. Наступного року все змінилося.", "Це сталося у 2024 р.|Наступного року все змінилося.")]
    [InlineData("У 1941–1945 рр. Україна зазнала величезних втрат.", "У 1941–1945 рр. Україна зазнала величезних втрат.")]
    [InlineData("Місто стоїть на р. Дніпро. Воно велике.", "Місто стоїть на р. Дніпро.|Воно велике.")]
    [InlineData("Штаб розташований у м. Київ. Його охороняють.", "Штаб розташований у м. Київ.|Його охороняють.")]
    [InlineData("Зустріч відбулася на вул. Хрещатик. Далі була пресконференція.", "Зустріч відбулася на вул. Хрещатик.|Далі була пресконференція.")]
    [InlineData("Наказ підписав ген. Сирський. Він прибув на фронт.", "Наказ підписав ген. Сирський.|Він прибув на фронт.")]
    [InlineData("Командир бригади полк. Іваненко доповів. Усе гаразд.", "Командир бригади полк. Іваненко доповів.|Усе гаразд.")]
    [InlineData("Університет ім. Шевченка відкрито. Студенти раді.", "Університет ім. Шевченка відкрито.|Студенти раді.")]
    [InlineData("У Харківській обл. Сили оборони відбили атаку.", "У Харківській обл. Сили оборони відбили атаку.")]
    [InlineData("Згідно зі ст. 5 Конституції влада належить народу. Це важливо.", "Згідно зі ст. 5 Конституції влада належить народу.|Це важливо.")]
    [InlineData("У XX ст. Україна пережила дві війни. Це відомо.", "У XX ст. Україна пережила дві війни.|Це відомо.")]
    [InlineData("Будинок збудували в ХІХ ст. Це пам'ятка.", "Будинок збудували в ХІХ ст.|Це пам'ятка.")]
    [InlineData("Збито 5 тис. дронів за тиждень. Це рекорд.", "Збито 5 тис. дронів за тиждень.|Це рекорд.")]
    [InlineData("Бюджет становить 3,5 млрд. гривень. Його ухвалили.", "Бюджет становить 3,5 млрд. гривень.|Його ухвалили.")]
    [InlineData("Купили хліб, молоко і т.д. Далі пішли додому.", "Купили хліб, молоко і т.д.|Далі пішли додому.")]
    [InlineData("Купили хліб, молоко і т. п. та інше.", "Купили хліб, молоко і т. п. та інше.")]
    [InlineData("Перелік наведено в додатку, див. Додаток 1. Це все.", "Перелік наведено в додатку, див. Додаток 1.|Це все.")]
    [InlineData("Проф. Іваненко та доц. Петренко виступили. Зала аплодувала.", "Проф. Іваненко та доц. Петренко виступили.|Зала аплодувала.")]
    [InlineData("Удар завдано по с. Бєлая Курської області рф. Противник відступив.", "Удар завдано по с. Бєлая Курської області рф.|Противник відступив.")]
    [InlineData("Дані уточнюються... Втрати значні.", "Дані уточнюються...|Втрати значні.")]
    [InlineData("Дані уточнюються… але втрати значні.", "Дані уточнюються… але втрати значні.")]
    [InlineData("Курс становить 41.5 гривні. Він зріс.", "Курс становить 41.5 гривні.|Він зріс.")]
    [InlineData("Удар завдано о 10:30. Ціль уражено.", "Удар завдано о 10:30.|Ціль уражено.")]
    [InlineData("Стежте за новинами на t.me/GeneralStaffZSU щодня. Слава Україні!", "Стежте за новинами на t.me/GeneralStaffZSU щодня.|Слава Україні!")]
    [InlineData("Читайте на сайті mil.gov.ua. Там усе.", "Читайте на сайті mil.gov.ua.|Там усе.")]
    [InlineData("Заява Генштабу\nУдар завдано. Ціль уражено.", "Заява Генштабу|Удар завдано.|Ціль уражено.")]
    [InlineData("Порядок дій:\n1. Зберігайте спокій.\n2. Прямуйте до укриття.", "Порядок дій:|1. Зберігайте спокій.|2. Прямуйте до укриття.")]
    [InlineData("Генштаб повідомив:\n\nУдар завдано. Ціль\nуражено.", "Генштаб повідомив:|Удар завдано.|Ціль\nуражено.")]
    public void Splits_ukrainian_sentences(string text, string expected) => AssertSentences(text, expected);

    [Theory]
    [InlineData("你好。再见。", "你好。|再见。")]
    [InlineData("今日は晴れ。 明日は雨！", "今日は晴れ。|明日は雨！")]
    [InlineData("Hola. ¿Qué tal? Bien.", "Hola.|¿Qué tal?|Bien.")]
    [InlineData("Stop.\r\nGo on.\r\n", "Stop.|Go on.")]
    [InlineData("  Leading and trailing space.  ", "Leading and trailing space.")]
    [InlineData("... and so it began. Then more.", "... and so it began.|Then more.")]
    public void Splits_sentences_of_other_scripts_and_layouts(string text, string expected) => AssertSentences(text, expected);

    [Fact]
    public void White_space_between_sentences_is_its_own_segment()
    {
        const string text = " One.  Two!\r\nThree? ";

        var segments = TextSegmenter.SplitSentences(text);

        Assert.Equal(@"_[ ] s[One.] _[  ] s[Two!] _[\r\n] s[Three?] _[ ]", Render(text, segments));
    }

    private static void AssertSentences(string text, string expected)
    {
        var segments = TextSegmenter.SplitSentences(text);

        AssertValid(text, segments, SegmentKind.Sentence, SegmentKind.Whitespace);
        Assert.Equal(expected, Texts(text, segments, SegmentKind.Sentence));
    }
}
