namespace ClaimCheck.Reporting.Html;

/// <summary>
/// The page's style sheet. Each highlight kind has a cue besides colour (bold, italic, an
/// underline or a bar), so the legend reads without colour vision; system fonts only.
/// </summary>
internal static class HtmlStyle
{
    public const string Css = """

:root{color-scheme:light;--error:#b3261e;--warning:#8a5300;--info:#1f5fa8;--line:#d9d9de}
*{box-sizing:border-box}
body{margin:0;background:#f6f6f8;color:#1b1b1f;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
header.top,main{max-width:1280px;margin:0 auto;padding:.75rem 1.25rem}
header.top{border-bottom:1px solid var(--line)}
h1{font-size:1.3rem;margin:.2rem 0}
h2{font:700 1.35rem/1.3 Georgia,"DejaVu Serif",serif;margin:1rem 0 .2rem}
h3{font-size:1rem;margin:1.2rem 0 .4rem}
.totals,.meta{margin:.2rem 0;color:#4a4a52}
.filters{display:inline-flex;flex-wrap:wrap;gap:.3rem 1rem;border:1px solid var(--line);border-radius:6px;margin:.4rem 1rem .4rem 0;padding:.2rem .8rem .4rem;background:#fff}
.filters legend{font-weight:600;padding:0 .3rem}
.filter{cursor:pointer}
.legend{display:inline-flex;flex-wrap:wrap;gap:.4rem .8rem;align-items:baseline;font-size:.9rem;vertical-align:middle}
.legend-title{font-weight:600}
article.report{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.2rem 1.25rem 1rem;margin:1rem 0}
.row{display:grid;grid-template-columns:minmax(0,1fr) 25rem;gap:1.5rem;align-items:start;padding:.55rem 0;border-top:1px solid #ececf0}
@media (max-width:860px){.row{grid-template-columns:minmax(0,1fr)}}
.para{margin:0;font:1.05rem/2 Georgia,"DejaVu Serif",serif}
.notes:empty{display:none}
.hl{border-radius:2px;padding:.1em 0}
.hl-statement{background:#e4edfb}
.hl-source{background:#ece0fa;font-weight:700}
.hl-cue{background:#ffe1bd;box-shadow:inset 0 0 0 1px #a85500}
.hl-channel{background:#d3f0e3;border-bottom:2px dotted #17694c}
.hl-quote{background:#fff1c2;font-style:italic}
.hl-claim{text-decoration:underline 2px #3d4f7a;text-underline-offset:.3em;text-decoration-skip-ink:none}
.fx.focus{outline:2px solid #1b1b1f;outline-offset:1px}
.badge{display:inline-block;min-width:1.35em;margin:0 .15em;padding:0 .3em;border-radius:.7em;background:var(--sev,#55555e);color:#fff;font:700 .72rem/1.35 system-ui,sans-serif;text-align:center;text-decoration:none;vertical-align:.35em}
.sev-error{--sev:var(--error)}
.sev-warning{--sev:var(--warning)}
.sev-info{--sev:var(--info)}
.finding{margin:0 0 .5rem;padding:.35rem .6rem;border:1px solid var(--line);border-left:4px solid var(--sev);border-radius:4px;background:#fff;font-size:.85rem;line-height:1.4}
.finding:target,.finding.focus{box-shadow:0 0 0 2px var(--sev)}
.fhead{display:flex;flex-wrap:wrap;gap:.2rem .5rem;align-items:baseline}
.fhead .num{color:var(--sev);font-weight:700;text-decoration:none}
.fhead .sev{color:var(--sev);font-weight:700;text-transform:uppercase;font-size:.72rem;letter-spacing:.04em}
.fhead .loc{color:#66666e;font-size:.75rem;margin-left:auto}
.finding p{margin:.2rem 0}
.finding .help{color:#4a4a52}
.finding.suppressed{background:#f3f3f5;border-left-style:dashed;color:#55555e}
.finding .supp{font-style:italic}
.hide-error .sev-error,.hide-warning .sev-warning,.hide-info .sev-info,.hide-suppressed .suppressed{display:none}
table.rules{border-collapse:collapse;width:100%;font-size:.88rem}
.rules th,.rules td{text-align:left;padding:.25rem .6rem;border-bottom:1px solid #ececf0}
.rules thead th{border-bottom:2px solid var(--line)}
.rules .n{text-align:right}
.status{display:inline-block;padding:0 .5em;border-radius:.7em;font-weight:600}
.status-passed .status{background:#dcf2e1;color:#17602b}
.status-failed .status{background:#fbe1df;color:#8c1d16}
.status-error .status{background:#8c1d16;color:#fff}
.status-not-applicable{color:#66666e}
.status-not-applicable .status{background:#ececf0}
.diagnostics li{font-size:.85rem}
nav.contents{background:#fff;border:1px solid var(--line);border-radius:8px;padding:.2rem 1.25rem .6rem;margin:1rem 0}
nav.contents h2{font-size:1.1rem}
@media print{.filters{display:none}.row{grid-template-columns:minmax(0,1fr) 18rem}}

""";
}
