using System.Globalization;
using System.Text;
using ArticleRevisions.Classification;
using ArticleRevisions.Reports;
using NodaTime;

namespace ArticleRevisions.Rendering;

/// <summary>Draws an article's revisions as a small inline SVG: one bar per revision on a shared time axis, its height growing with the words it changed.</summary>
internal static class Sparkline
{
    private const double Width = 160;
    private const double Floor = 25;

    public static void Append(StringBuilder html, CollectionEntry entry, Interval? axis, string label)
    {
        html.Append("<svg class=\"sparkline\" viewBox=\"0 0 160 28\" width=\"160\" height=\"28\" role=\"img\" aria-label=\"");
        HtmlText.Append(html, label);
        html.Append("\"><line class=\"spark-axis\" x1=\"0\" y1=\"").Append(Number(Floor + 0.5)).Append("\" x2=\"160\" y2=\"").Append(Number(Floor + 0.5)).Append("\"/>");
        if (axis is { } span && !entry.Marks.IsEmpty)
        {
            var most = entry.Marks.Skip(1).Select(m => m.WordsChanged).DefaultIfEmpty(0).Max();
            var seconds = Math.Max(span.Duration.TotalSeconds, 1);
            foreach (var mark in entry.Marks)
            {
                var x = 2 + ((mark.At - span.Start).TotalSeconds / seconds * (Width - 6));
                var height = mark.Verdict == EditVerdict.Original || most == 0 ? 6 : 3 + (16 * Math.Sqrt(mark.WordsChanged / (double)most));
                var kind = mark.IsReextraction ? "reextraction" : ReportText.Verdict(mark.Verdict);
                html.Append("<rect class=\"spark ").Append(kind).Append("\" x=\"").Append(Number(x)).Append("\" y=\"").Append(Number(Floor - height))
                    .Append("\" width=\"2.5\" height=\"").Append(Number(height)).Append("\"/>");
                if (mark.IsStealthEdit)
                {
                    html.Append("<circle class=\"spark-stealth\" cx=\"").Append(Number(x + 1.25)).Append("\" cy=\"").Append(Number(Floor - height - 3.5)).Append("\" r=\"2\"/>");
                }
            }
        }

        html.Append("</svg>");
    }

    private static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
