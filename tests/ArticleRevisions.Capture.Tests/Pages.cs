namespace ArticleRevisions.Capture.Tests;

/// <summary>Pages we write for the tests: an ordinary article and a hostile one.</summary>
internal static class Pages
{
    public static string Article(string title, params string[] paragraphs) => $$"""
        <!doctype html>
        <html><head><title>{{title}} | Kestlebury Gazette</title>
        <meta property="og:title" content="{{title}}">
        <meta property="article:published_time" content="2025-02-11T20:00:00+00:00">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"{{title}}","dateModified":"2025-02-12T09:30:00Z"}</script>
        </head><body>
        <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
        <header><div class="logo">Kestlebury Gazette</div></header>
        <main><article>
        <h1>{{title}}</h1>
        {{string.Concat(paragraphs.Select(p => $"<p>{p}</p>\n"))}}
        </article></main>
        <aside class="ad">Buy our premium subscription today</aside>
        <footer>Copyright the Gazette</footer>
        </body></html>
        """;

    public const string First = "Kestlebury City Council has approved a £4.2 million package of emergency repairs to the Harbour Bridge after engineers found corrosion in two of its steel support cables.";
    public const string Second = "The council’s cabinet voted unanimously on Tuesday evening to fund the work from its capital reserves. Officers said they had received the final inspection report only last week.";
    public const string Third = "The bridge will close to all traffic for six weeks from 3 March, with a free shuttle bus running between Quay Street and the railway station.";
}
