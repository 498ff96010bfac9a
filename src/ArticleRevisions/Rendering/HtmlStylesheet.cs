namespace ArticleRevisions.Rendering;

/// <summary>The stylesheet of every HTML page this library writes.</summary>
/// <remarks>
/// Light and dark mode follow the reader's system (<c>prefers-color-scheme</c>). Pages inline it unless told to
/// link a copy (<see cref="HtmlDiffOptions.StylesheetHref"/>, <see cref="HtmlReportOptions.StylesheetHref"/>), so a
/// site publishing many pages can serve this text once. This type is stateless and thread-safe.
/// </remarks>
public static class HtmlStylesheet
{
    /// <summary>Gets the CSS every page uses, without a trailing newline.</summary>
    public static string Default { get; } = """
        :root {
          color-scheme: light dark;
          --text: #1f2328; --muted: #59636e; --page: #ffffff; --panel: #f6f8fa; --rule: #d1d9e0; --link: #0969da;
          --del-text: #82071e; --del-back: #ffebe9; --ins-text: #116329; --ins-back: #dafbe1;
          --move-text: #0a3069; --move-back: #ddf4ff;
        }
        @media (prefers-color-scheme: dark) {
          :root {
            --text: #e6edf3; --muted: #9198a1; --page: #0d1117; --panel: #151b23; --rule: #3d444d; --link: #4493f8;
            --del-text: #ffdcd7; --del-back: #67060c; --ins-text: #aff5b4; --ins-back: #033a16;
            --move-text: #cae8ff; --move-back: #0c2d6b;
          }
        }
        body {
          margin: 0 auto; max-width: 48rem; padding: 1.5rem; background: var(--page); color: var(--text);
          font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", sans-serif;
        }
        header { border-bottom: 1px solid var(--rule); margin-bottom: 1.5rem; padding-bottom: 1rem; }
        h1 { font-size: 1.25rem; margin: 0 0 .5rem; overflow-wrap: anywhere; }
        .versions { display: grid; grid-template-columns: auto 1fr; gap: .25rem 1rem; margin: 0 0 .75rem; color: var(--muted); }
        .versions dt { font-weight: 600; }
        .versions dd { margin: 0; overflow-wrap: anywhere; }
        .summary { font-weight: 600; margin: .5rem 0; }
        .ignored, .similarity { color: var(--muted); margin: .25rem 0; }
        .counts { border-collapse: collapse; margin: .75rem 0; font-variant-numeric: tabular-nums; }
        .counts th, .counts td { border: 1px solid var(--rule); padding: .15rem .6rem; text-align: right; }
        .counts thead th { background: var(--panel); }
        .counts tbody th { text-align: left; }
        .text { white-space: pre-wrap; overflow-wrap: anywhere; }
        del, ins { border-radius: .2em; }
        del.deleted { color: var(--del-text); background: var(--del-back); text-decoration: line-through; }
        ins.inserted { color: var(--ins-text); background: var(--ins-back); text-decoration: underline; }
        .moved { color: var(--move-text); background: var(--move-back); }
        del.moved { text-decoration: line-through; }
        ins.moved { text-decoration: none; }
        .move-link { display: inline-block; margin: 0 .2em; font-size: .8em; color: var(--link); text-decoration: none; }
        :target { outline: 2px solid var(--link); }
        .report { border-collapse: collapse; margin: .75rem 0; }
        .report th, .report td { border: 1px solid var(--rule); padding: .15rem .6rem; text-align: left; vertical-align: top; }
        .report thead th { background: var(--panel); }
        .report td.number { text-align: right; font-variant-numeric: tabular-nums; }
        .report td.bar { font-family: ui-monospace, monospace; white-space: pre; }
        footer { margin-top: 2rem; padding-top: .75rem; border-top: 1px solid var(--rule); color: var(--muted); font-size: .875rem; }
        """;
}
