using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;

namespace ArticleRevisions.Capture.Extraction;

/// <summary>
/// Turns DOM elements into the plain text an article is kept as: one paragraph per block (paragraph, heading, list
/// item, quotation, table row), separated by blank lines; <c>br</c> as a line break; list items marked with "- ".
/// </summary>
/// <remarks>
/// Only text nodes are ever read, so attributes (event handlers, URLs) never reach the text; scripts, styles,
/// templates, forms, navigation and hidden elements are skipped whole. Thread-safe.
/// </remarks>
internal static class HtmlText
{
    private static readonly FrozenSet<string> Skipped = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "math", "head",
        "nav", "form", "button", "input", "select", "textarea", "dialog", "audio", "video", "picture", "img", "map");

    private static readonly FrozenSet<string> Blocks = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre", "figure", "figcaption",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr",
        "address", "details", "summary", "hr", "caption", "center", "body", "html");

    /// <summary>The text of <paramref name="elements"/>, in order, each contributing its own paragraphs.</summary>
    public static string FromElements(IEnumerable<IElement> elements)
    {
        var writer = new Writer();
        foreach (var element in elements)
        {
            writer.Block(element);
        }

        return writer.Finish();
    }

    /// <summary>Whether an element is hidden from readers by markup alone (the hidden attribute, aria-hidden, display:none).</summary>
    public static bool IsHidden(IElement element) =>
        element.HasAttribute("hidden")
        || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
        || (element.GetAttribute("style") is { } style && style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase));

    private sealed class Writer
    {
        private readonly StringBuilder text = new();
        private readonly StringBuilder line = new();
        private bool pendingSpace;

        public void Block(IElement element)
        {
            Flush();
            Walk(element, preformatted: false);
            Flush();
        }

        public string Finish()
        {
            Flush();
            return text.Length == 0 ? string.Empty : text.Append('\n').ToString();
        }

        private void Walk(INode node, bool preformatted)
        {
            switch (node)
            {
                case IText t:
                    Append(t.Data, preformatted);
                    return;
                case IElement e when Skipped.Contains(e.LocalName) || IsHidden(e):
                    return;
                case IElement e when e.LocalName == "br":
                    line.Append('\n');
                    pendingSpace = false;
                    return;
                case IElement e when Blocks.Contains(e.LocalName):
                    Flush();
                    if (e.LocalName == "li")
                    {
                        line.Append("- ");
                    }

                    var pre = preformatted || e.LocalName == "pre";
                    var cells = 0;
                    foreach (var child in e.ChildNodes)
                    {
                        if (e.LocalName == "tr" && child is IElement { LocalName: "td" or "th" } && cells++ > 0)
                        {
                            line.Append(" | ");
                            pendingSpace = false;
                        }

                        Walk(child, pre);
                    }

                    Flush();
                    return;
                case IElement e:
                    foreach (var child in e.ChildNodes)
                    {
                        Walk(child, preformatted);
                    }

                    return;
            }
        }

        private void Append(string data, bool preformatted)
        {
            if (preformatted)
            {
                line.Append(data.Replace("\r\n", "\n", StringComparison.Ordinal));
                return;
            }

            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c) && c != '\u00A0')
                {
                    pendingSpace = true;
                    continue;
                }

                if (pendingSpace && line.Length > 0 && line[^1] != '\n' && line[^1] != ' ')
                {
                    line.Append(' ');
                }

                pendingSpace = false;
                line.Append(c);
            }
        }

        private void Flush()
        {
            pendingSpace = false;
            var paragraph = TrimLines(line.ToString());
            line.Clear();
            if (paragraph.Length == 0 || paragraph == "-")
            {
                return;
            }

            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            text.Append(paragraph);
        }

        private static string TrimLines(string paragraph)
        {
            var lines = paragraph.Split('\n').Select(l => l.TrimEnd()).ToList();
            while (lines.Count > 0 && lines[0].Trim().Length == 0)
            {
                lines.RemoveAt(0);
            }

            while (lines.Count > 0 && lines[^1].Trim().Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            return string.Join('\n', lines).Trim(' ');
        }
    }
}
