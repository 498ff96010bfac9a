namespace ArticleRevisions.Text;

/// <summary>The English and Ukrainian words the sentence splitter knows: abbreviations, and words that commonly start a sentence.</summary>
/// <remarks>Lookups ignore case and take the word without its final period; inner periods stay (<c>e.g</c>, <c>т.д</c>).</remarks>
internal static class SentenceLexicon
{
    // Plain hash tables: a frozen one costs more to build at every start than all of a short text's lookups save.
    private static readonly Dictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
        BuildAbbreviations().GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceStarts =
        BuildSentenceStarts().GetAlternateLookup<ReadOnlySpan<char>>();

    // The longest entries: a longer word is looked up without hashing it (most words before a period are).
    private static readonly int LongestAbbreviation = Longest(Abbreviations.Dictionary.Keys);
    private static readonly int LongestSentenceStart = Longest(SentenceStarts.Set);

    /// <summary>Looks <paramref name="word"/> up among the known abbreviations.</summary>
    public static AbbreviationKind FindAbbreviation(ReadOnlySpan<char> word) =>
        word.Length <= LongestAbbreviation && Abbreviations.TryGetValue(word, out var kind) ? kind : AbbreviationKind.None;

    /// <summary>Tells whether <paramref name="word"/> commonly starts a sentence (<c>The</c>, <c>He</c>, <c>Це</c>, <c>Але</c>).</summary>
    /// <remarks>
    /// Used where a period is ambiguous (after an initial, <c>U.S.</c>, or <c>2024 р.</c>): a capitalised name
    /// after it usually continues the sentence, while one of these words usually starts a new one.
    /// </remarks>
    public static bool IsCommonSentenceStart(ReadOnlySpan<char> word) => word.Length <= LongestSentenceStart && SentenceStarts.Contains(word);

    private static int Longest(IEnumerable<string> words) => words.Max(word => word.Length);

    private static Dictionary<string, AbbreviationKind> BuildAbbreviations()
    {
        var entries = new Dictionary<string, AbbreviationKind>(StringComparer.OrdinalIgnoreCase);
        Add(entries, AbbreviationKind.NeverFinal, [
            // English titles and ranks, placed before a name.
            "mr", "mrs", "ms", "mx", "messrs", "dr", "prof", "gen", "lt", "col", "sgt", "cpl", "pvt", "capt", "cpt",
            "maj", "brig", "adm", "cmdr", "cdr", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "st", "mt",
            "ft",
            // English Latin and linking abbreviations, always followed by more of the sentence.
            "e.g", "i.e", "vs", "v", "cf", "viz", "approx", "appx", "incl", "esp", "dept", "ca", "a.k.a",
            // Ukrainian ranks, titles and place words, placed before a name.
            "ген", "генл", "лейт", "полк", "підполк", "кап", "серж", "мол", "проф", "акад", "доц", "д-р", "гр", "ім",
            "вул", "просп", "пл", "пров", "бульв", "наб", "обл", "див", "напр", "зокр", "пп", "т.зв", "т.ч", "заст",
        ]);
        Add(entries, AbbreviationKind.BeforeNumber, [
            "no", "nos", "nr", "art", "arts", "p", "pp", "para", "fig", "figs", "vol", "vols", "ch", "sec", "sect",
            "op", "tel", "ext",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "ч", "п", "рис", "табл", "т", "стор",
        ]);
        Add(entries, AbbreviationKind.AfterNumber, [
            "р", "рр", "ст", "м", "с", "тис", "млн", "млрд",
        ]);
        return entries;
    }

    private static HashSet<string> BuildSentenceStarts()
    {
        string[] words =
        [
            "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "He", "She", "They", "We", "I", "You",
            "His", "Her", "Their", "Our", "My", "Your", "There", "Here", "But", "And", "Or", "So", "Yet", "Then",
            "Now", "However", "Meanwhile", "Also", "In", "On", "At", "As", "By", "For", "From", "With", "After",
            "Before", "When", "While", "If", "Although", "Though", "Since", "Because", "What", "Why", "How", "Who",
            "Where", "Which", "According", "Still", "Later", "Earlier", "Today", "Yesterday", "Some", "Many", "Most",
            "All", "No", "One",
            "Це", "Цей", "Ця", "Ці", "Цього", "Він", "Вона", "Воно", "Вони", "Ми", "Я", "Ви", "Але", "А", "І", "Й",
            "Та", "Проте", "Однак", "Втім", "Утім", "Також", "Тому", "Так", "Там", "Тоді", "Тут", "Потім", "Згодом",
            "Наступного", "Наразі", "Нині", "Зараз", "Водночас", "Крім", "Окрім", "Сьогодні", "Вчора", "Завтра",
            "Раніше", "Пізніше", "Далі", "Нагадаємо", "Згідно", "Серед", "За", "У", "В", "На", "З", "Із", "Зі",
            "До", "Від", "Після", "Під", "Через", "Як", "Коли", "Де", "Що", "Чому", "Хто", "Відтак", "Отже",
            "Зокрема", "Загалом", "Його", "Її", "Їх", "Усі", "Всі", "Понад", "Лише", "Тільки", "Ще", "Вже", "Уже",
            "Навіть", "При", "Про", "Для", "Без", "Між", "Перед", "Поки", "Якщо", "Хоча", "Адже", "Ні",
        ];
        return new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
    }

    private static void Add(Dictionary<string, AbbreviationKind> entries, AbbreviationKind kind, string[] words)
    {
        foreach (var word in words)
        {
            entries.Add(word, kind);
        }
    }
}
