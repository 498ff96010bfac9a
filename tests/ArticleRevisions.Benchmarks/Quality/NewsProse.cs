using System.Globalization;
using System.Text;

namespace ArticleRevisions.Benchmarks.Quality;

/// <summary>
/// Writes news-like English sentences from templates with slots (names, places, numbers, dates, abbreviations,
/// quotations), for the generated half of the quality benchmark. All templates and word lists are our own.
/// </summary>
/// <remarks>The same <see cref="Random"/> state always gives the same sentence. This type is stateless and thread-safe.</remarks>
internal static class NewsProse
{
    /// <summary>Sentences with no particular feature.</summary>
    public static readonly string[] General =
    [
        "{org} {past} the {adj} {noun} on {day}.",
        "The {noun} was {past} after {org} raised concerns about the {noun}.",
        "Officials in {place} said the {noun} would be {past} by the end of {month}.",
        "{Title} {surname}, who leads {org}, {past} the {noun} in a statement.",
        "Residents of {place} have been asked to avoid the {adj} {noun} until further notice.",
        "According to {org}, the {noun} will not be {past} before {year}.",
        "The {adj} {noun} is expected to cost more than first planned, {surname} said.",
        "Work on the {noun} began in {place} last week and is due to finish in {month}.",
        "{org} declined to comment on the {adj} {noun}.",
        "Critics say the {noun} was {past} without a proper public consultation.",
        "The decision follows months of talks between {org} and {org}.",
        "Police in {place} said no one was injured in the incident.",
        "The {noun} has been {past} twice since it opened in {year}.",
        "A spokesperson for {org} said the {noun} remained {adj}.",
        "Both sides are due to meet again on {day} to discuss the {noun}.",
        "Opposition members questioned why the {noun} had not been {past} sooner.",
        "The {adj} {noun} will be presented to {org} next month.",
        "Local businesses in {place} say the {noun} has already hurt trade.",
        "{surname} said the {noun} was a matter for {org}.",
        "The {noun} near {place} reopened on {day} after a short closure.",
    ];

    /// <summary>Sentences holding numbers, amounts, dates and times.</summary>
    public static readonly string[] Numbers =
    [
        "The council approved a {money} package for the {noun} on {date}.",
        "About {big} people attended the rally in {place} on {day}.",
        "Inflation rose to {dec}% in {month}, up from {dec}% a month earlier.",
        "The {noun} is {num} km long and carries {big} vehicles a day.",
        "Voting closes at {time} on {date}, {org} said.",
        "Prices rose by {num} per cent in the year to {month} {year}.",
        "The company employs {big} staff in {num} countries.",
        "Temperatures are expected to reach {num} degrees on {day}.",
        "The {year} budget set aside {money} for the {noun}.",
        "Of the {num} members, {num} voted in favour and {num} against.",
        "The {noun} was last refurbished in {year} at a cost of {money}.",
        "Around {dec} million passengers used the {noun} in {year}.",
    ];

    /// <summary>Sentences holding abbreviations with full stops: titles, references to equations and figures, U.S.</summary>
    public static readonly string[] Abbreviations =
    [
        "The model in Eq. ({n}) must be {tech_adj} with the {tech_noun} in Eq. ({n}).",
        "As shown in Fig. {n}, the {tech_noun} rises by approx. {dec} per cent.",
        "These results agree with those reported in Ref. [{n}] and Ref. [{n}].",
        "Dr. {surname} and Prof. {surname} presented the {noun} to {org}.",
        "Gen. {surname} said the {noun} near {place} had been {past}.",
        "The U.S. ambassador met Mr. {surname} in {place} on {day}.",
        "The office at No. {n} {surname} St. will close on {date}.",
        "Values of the {tech_noun} are listed in Table {n} (cf. Sec. {n}).",
        "Mrs. {surname} lives on {surname} Rd. in {place}, approx. {num} km from the centre.",
        "A {tech_noun}, e.g. the {tech_noun}, is plotted in Fig. {n}.",
        "Col. {surname} confirmed that the {noun} was {past} at {time}.",
        "The ruling in {surname} vs. {surname} was {past} by the court.",
        "The {tech_noun} follows from Eq. ({n}) when the {tech_noun} is small.",
        "Sen. {surname} told the U.S. Senate that the {noun} was {adj}.",
    ];

    /// <summary>Sentences holding quotation marks and apostrophes, written with straight ones.</summary>
    public static readonly string[] Quotes =
    [
        "\"We will not {verb} the {noun},\" {Title} {surname} said.",
        "{surname} described the {noun} as \"{adj} and {adj}\".",
        "\"It's too early to say,\" a spokesperson for {org} said.",
        "The report called the {noun} \"a {adj} step\" for {place}.",
        "Residents said they didn't know about the {noun} until {day}.",
        "\"I can't promise anything,\" {surname} told reporters in {place}.",
        "The so-called \"{adj} plan\" was {past} on {day}.",
        "'This is {adj} news,' {surname} wrote on social media.",
        "\"The {noun} isn't finished yet,\" said {Title} {surname}.",
    ];

    private static readonly Dictionary<string, string[]> Slots = new(StringComparer.Ordinal)
    {
        ["org"] =
        [
            "the city council", "the health ministry", "the regional authority", "the central bank", "the port operator",
            "the university hospital", "the energy regulator", "the transport department", "the district court",
            "the water company", "the teachers' union", "the fire service", "the election commission", "the railway operator",
        ],
        ["surname"] =
        [
            "Marsh", "Reilly", "Okafor", "Kowalczyk", "Bondarenko", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Fischer",
            "Petrenko", "Alvarez", "Novak", "Brennan", "Castillo", "Sørensen", "Quinn", "Mensah", "Varga", "Doyle",
        ],
        ["Title"] = ["Mr.", "Ms.", "Dr.", "Prof.", "Gen.", "Col.", "Sen."],
        ["place"] =
        [
            "Lviv", "Porto", "Leeds", "Gdansk", "Tartu", "Bilbao", "Aarhus", "Kharkiv", "Dnipro", "Odesa", "Cork", "Graz",
            "Kestlebury", "the harbour district", "the northern suburbs", "the old town",
        ],
        ["noun"] =
        [
            "plan", "budget", "bridge", "report", "contract", "pipeline", "reform", "tender", "inquiry", "ceasefire",
            "merger", "runway", "policy", "treaty", "timetable", "levy", "proposal", "settlement", "investigation", "agreement",
            "road", "ferry", "hospital wing", "school", "vaccine programme", "water supply",
        ],
        ["adj"] =
        [
            "new", "revised", "final", "preliminary", "controversial", "costly", "urgent", "long-awaited", "temporary",
            "ambitious", "modest", "unexpected", "disputed", "delayed", "popular", "unpopular", "safe", "sound",
        ],
        ["past"] =
        [
            "approved", "rejected", "delayed", "announced", "cancelled", "suspended", "extended", "criticised", "defended",
            "signed", "blocked", "reviewed", "published", "withdrawn", "expanded", "closed",
        ],
        ["verb"] = ["approve", "review", "delay", "cancel", "accept", "sign", "abandon", "support", "block", "fund"],
        ["day"] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        ["month"] =
        [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ],
        ["tech_noun"] =
        [
            "variance", "distance", "error term", "signal", "estimate", "residual", "correlation", "baseline", "gradient",
            "density", "threshold", "sample mean",
        ],
        ["tech_adj"] = ["correlated", "consistent", "compared", "combined", "aligned", "normalised", "weighted"],
    };

    /// <summary>Writes one sentence from one of <paramref name="templates"/>.</summary>
    private static string Sentence(Random random, string[] templates) => Fill(random, templates[random.Next(templates.Length)]);

    /// <summary>Writes a paragraph of <paramref name="sentences"/> sentences, drawing most from <paramref name="templates"/> and the rest from <see cref="General"/>.</summary>
    public static string Paragraph(Random random, int sentences, string[] templates) =>
        string.Join(' ', Enumerable.Range(0, sentences).Select(k => Sentence(random, k == 0 || random.Next(3) > 0 ? templates : General)));

    /// <summary>A number like those the templates hold, different from <paramref name="not"/>.</summary>
    public static string Number(Random random, string not)
    {
        string number;
        do
        {
            number = not switch
            {
                _ when not.Contains(':', StringComparison.Ordinal) => Value(random, "time"),
                _ when not.Contains('.', StringComparison.Ordinal) => Value(random, "dec"),
                _ when not.Contains(',', StringComparison.Ordinal) => Value(random, "big"),
                { Length: 4 } => Value(random, "year"),
                _ => Value(random, "num"),
            };
        }
        while (number == not);

        return number;
    }

    private static string Fill(Random random, string template)
    {
        var builder = new StringBuilder(template.Length * 2);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                builder.Append(template[i]);
                continue;
            }

            var close = template.IndexOf('}', i);
            var value = Value(random, template[(i + 1)..close]);
            builder.Append(i == 0 ? char.ToUpperInvariant(value[0]) + value[1..] : value);
            i = close;
        }

        return builder.ToString();
    }

    private static string Value(Random random, string slot) => slot switch
    {
        "n" => random.Next(1, 30).ToString(CultureInfo.InvariantCulture),
        "num" => random.Next(2, 99).ToString(CultureInfo.InvariantCulture),
        "big" => (random.Next(11, 990) * 10 + random.Next(0, 2) * 1000).ToString("N0", CultureInfo.InvariantCulture),
        "dec" => (random.Next(11, 99) / 10.0).ToString("0.0", CultureInfo.InvariantCulture),
        "year" => random.Next(1990, 2027).ToString(CultureInfo.InvariantCulture),
        "time" => string.Create(CultureInfo.InvariantCulture, $"{random.Next(7, 23)}:{random.Next(0, 4) * 15:00}"),
        "date" => string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 29)} {Value(random, "month")}"),
        "money" => string.Create(CultureInfo.InvariantCulture, $"{"£$€"[random.Next(3)]}{Value(random, "dec")} {(random.Next(2) == 0 ? "million" : "billion")}"),
        _ => Slots[slot][random.Next(Slots[slot].Length)],
    };
}
