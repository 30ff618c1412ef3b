import { createHash } from 'node:crypto';
import type { ExtractedRecord, TradeFactRecord } from '../schema/index.js';

/**
 * The HTML report: one self-contained file (inline CSS, JS, SVG; no network) that shows
 * every article with its records highlighted, a sortable and filterable table of all
 * trade facts, and a chart of trade values over time.
 *
 * Everything that comes from articles is untrusted. The page is built so that no article
 * byte is ever parsed as markup: the data travels as JSON in a non-executable
 * <script type="application/json"> (with `<`, `>` and `&` written as \u escapes), the
 * browser code only ever puts it into the DOM through textContent and attributes, and
 * the few server-rendered strings (title, chart labels) go through escapeHtml. A
 * Content-Security-Policy that allows only our own script (by hash) and no network is a
 * second line of defence.
 */

export interface ReportDocument {
  doc: string;
  text: string;
  published: string | null;
  records: ExtractedRecord[];
}

export interface ReportOptions {
  /** Shown as the page title and heading. */
  title?: string;
  /** Shown in the header as given (e.g. an ISO timestamp); the report itself reads no clock. */
  generatedAt?: string;
}

export const DEFAULT_REPORT_TITLE = 'tradefacts report';

/** The JSON payload embedded in the page; the browser code reads this and nothing else. */
export interface ReportData {
  title: string;
  generatedAt: string | null;
  docs: Array<Omit<ReportDocument, 'records'> & { records: CompactRecord[] }>;
}

/**
 * A record as embedded: `doc` is left out when it equals its document's name and `text`
 * when it equals the document text at [start, end), as the contract promises. Over
 * thousands of articles that is about a third of the page; a record that breaks the
 * promise keeps its own fields, so the report shows what the library really said.
 */
export type CompactRecord = Omit<ExtractedRecord, 'doc' | 'text'> & { doc?: string; text?: string };

export function compactRecord(record: ExtractedRecord, doc: string, text: string): CompactRecord {
  const { doc: recordDoc, text: recordText, ...rest } = record;
  const compact: CompactRecord = rest;
  if (recordDoc !== doc) compact.doc = recordDoc;
  if (recordText !== text.slice(record.start, record.end)) compact.text = recordText;
  return compact;
}

/** The inverse of {@link compactRecord}; the page's script does the same. */
export function expandRecord(record: CompactRecord, doc: string, text: string): ExtractedRecord {
  return { ...record, doc: record.doc ?? doc, text: record.text ?? text.slice(record.start, record.end) } as ExtractedRecord;
}

/** The id of the <script type="application/json"> that carries {@link ReportData}. */
export const REPORT_DATA_ID = 'report-data';

export function renderReport(docs: readonly ReportDocument[], options: ReportOptions = {}): string {
  const title = options.title ?? DEFAULT_REPORT_TITLE;
  const data: ReportData = {
    title,
    generatedAt: options.generatedAt ?? null,
    docs: docs.map((d) => ({ doc: d.doc, text: d.text, published: d.published, records: d.records.map((r) => compactRecord(r, d.doc, d.text)) })),
  };
  const facts = collectTradeFacts(docs);
  const recordCount = docs.reduce((n, d) => n + d.records.length, 0);
  const scriptHash = createHash('sha256').update(CLIENT_SCRIPT, 'utf8').digest('base64');
  // Only our script may run and nothing may be fetched, even if some text did slip into markup.
  const csp = [
    "default-src 'none'",
    `script-src 'sha256-${scriptHash}'`,
    "style-src 'unsafe-inline'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
</head>
<body>
<a class="skip" href="#/facts">Skip to trade facts</a>
<header class="top">
<h1><a href="#/">${escapeHtml(title)}</a></h1>
<p class="meta">${docs.length} ${plural(docs.length, 'article')} · ${recordCount} ${plural(recordCount, 'record')} · ${facts.length} trade ${plural(facts.length, 'fact')}${
    options.generatedAt ? ` · generated <time>${escapeHtml(options.generatedAt)}</time>` : ''
  }</p>
<nav aria-label="Report sections"><a href="#/chart">Chart</a> <a href="#/facts">Trade facts</a> <a href="#/articles">Articles</a></nav>
</header>
<noscript><p class="notice">This report needs JavaScript to list and show articles. Its data is embedded in the page as JSON (script id "${REPORT_DATA_ID}").</p></noscript>
<main id="main">
<div id="overview">
<section id="chart" aria-labelledby="chart-h">
<h2 id="chart-h">Trade values over time</h2>
${renderTradeChart(facts)}
</section>
<section id="facts" aria-labelledby="facts-h">
<h2 id="facts-h">Trade facts</h2>
<div class="controls"><label for="fact-filter">Filter facts</label> <input id="fact-filter" type="search" autocomplete="off" placeholder="e.g. Russia, export, 2018"> <span id="fact-count" role="status" aria-live="polite"></span></div>
<div class="scroll" role="region" aria-labelledby="facts-h" tabindex="0"><table id="facts-table" class="facts"><thead><tr></tr></thead><tbody></tbody></table></div>
<p id="facts-more" class="more"></p>
</section>
<section id="articles" aria-labelledby="articles-h">
<h2 id="articles-h">Articles</h2>
<div class="controls"><label for="doc-search">Search articles</label> <input id="doc-search" type="search" autocomplete="off" placeholder="file name or words in the text"> <span id="doc-count" role="status" aria-live="polite"></span></div>
<ol id="doc-index" class="doc-index"></ol>
<p id="docs-more" class="more"></p>
</section>
</div>
<article id="doc-view" hidden aria-labelledby="doc-title"></article>
</main>
<div id="tip" class="tip" role="tooltip" hidden></div>
<script type="application/json" id="${REPORT_DATA_ID}">${jsonForScript(data)}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}

/** Escapes the five characters that matter in HTML text and (quoted) attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * JSON that is safe as the content of a <script> element: `<` (so `</script>` and `<!--`
 * cannot end or confuse the element), `>` and `&` become \u escapes, which JSON.parse
 * reads back unchanged. U+2028/2029 are escaped too, for any consumer that evals.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A trade fact with where it lives, so the chart and tables can link to its evidence. */
export interface LocatedTradeFact {
  docIndex: number;
  recordIndex: number;
  fact: TradeFactRecord;
}

export function collectTradeFacts(docs: readonly ReportDocument[]): LocatedTradeFact[] {
  const facts: LocatedTradeFact[] = [];
  docs.forEach((d, docIndex) =>
    d.records.forEach((r, recordIndex) => {
      if (r.kind === 'trade_fact') facts.push({ docIndex, recordIndex, fact: r });
    }),
  );
  return facts;
}

const plural = (n: number, word: string) => (n === 1 ? word : `${word}s`);

// ---------------------------------------------------------------------------------------
// Chart: one small chart per currency, because amounts in different currencies share no
// scale and the report converts nothing. Within a chart, one colour per series: flow,
// reporter and partner (exports and imports of one pair are different quantities). Each
// fact is a dot at the end of its period and a bar across the period; dots are not joined
// because neighbouring facts often cover periods of different lengths (a quarter, a year,
// January-April), and a line between them would suggest a trend that is not there.

const CHART_WIDTH = 760;
const CHART_HEIGHT = 300;
const MARGIN = { top: 14, right: 18, bottom: 34, left: 74 };
/** More series than this in one chart would be an unreadable rainbow; the table has them all. */
export const MAX_SERIES_PER_CHART = 8;
/** Currencies beyond the most frequent few hold few facts; they stay in the table. */
export const MAX_CURRENCY_CHARTS = 6;
const DAY_MS = 86_400_000;

interface PlotPoint {
  located: LocatedTradeFact;
  /** Period end (or start when only that is known), ms since epoch. */
  at: number;
  /** Period start when the period has a length, else null. */
  from: number | null;
}

interface Series {
  key: string;
  label: string;
  points: PlotPoint[];
}

export function renderTradeChart(facts: readonly LocatedTradeFact[]): string {
  const byCurrency = new Map<string, PlotPoint[]>();
  let unplotted = 0;
  for (const located of facts) {
    const { fact } = located;
    const end = parseIsoDay(fact.period_to) ?? parseIsoDay(fact.period_from);
    if (end === null || !Number.isFinite(fact.amount)) {
      unplotted++;
      continue;
    }
    const start = parseIsoDay(fact.period_from);
    const currency = fact.currency ?? 'currency not stated';
    const list = byCurrency.get(currency) ?? [];
    list.push({ located, at: end, from: start !== null && start < end ? start : null });
    byCurrency.set(currency, list);
  }
  const notes: string[] = [];
  if (unplotted) notes.push(`${unplotted} ${plural(unplotted, 'fact')} without a period ${unplotted === 1 ? 'is' : 'are'} not plotted.`);
  if (!byCurrency.size) {
    return `<p class="empty">No trade facts with a period to plot.</p>${notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('')}`;
  }
  const currencies = [...byCurrency.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  const charts = currencies.slice(0, MAX_CURRENCY_CHARTS).map(([currency, points]) => renderCurrencyChart(currency, points)).join('\n');
  const uncharted = currencies.slice(MAX_CURRENCY_CHARTS);
  if (uncharted.length) {
    const n = uncharted.reduce((sum, [, points]) => sum + points.length, 0);
    notes.push(`${n} ${plural(n, 'fact')} in ${uncharted.length} other ${plural(uncharted.length, 'currency').replace(/ys$/, 'ies')} (${uncharted.map(([c]) => c).join(', ')}) not charted; the table has them.`);
  }
  return `<p class="note">Each mark is one trade fact: the dot sits at the end of its period and the bar spans the period; a hollow dot is a forecast or target. Amounts are as stated, one chart per currency, nothing converted.</p>
<div class="charts">${charts}</div>${notes.map((n) => `<p class="note">${escapeHtml(n)}</p>`).join('')}`;
}

function renderCurrencyChart(currency: string, points: PlotPoint[]): string {
  const seriesByKey = new Map<string, Series>();
  for (const p of points) {
    const f = p.located.fact;
    const key = JSON.stringify([f.flow, f.reporter, f.partner]);
    const series = seriesByKey.get(key) ?? { key, label: seriesLabel(f), points: [] };
    series.points.push(p);
    seriesByKey.set(key, series);
  }
  const ranked = [...seriesByKey.values()].sort((a, b) => b.points.length - a.points.length || a.label.localeCompare(b.label));
  const shown = ranked.slice(0, MAX_SERIES_PER_CHART);
  const hidden = ranked.slice(MAX_SERIES_PER_CHART);
  const shownPoints = shown.flatMap((s) => s.points);

  // reduce, not Math.min(...spread): a big run can have more points than a call has arguments
  const xMin = shownPoints.reduce((m, p) => Math.min(m, p.from ?? p.at), Infinity);
  const xMax = shownPoints.reduce((m, p) => Math.max(m, p.at), -Infinity);
  // a single instant still needs a visible time axis
  const xPad = Math.max((xMax - xMin) * 0.04, 45 * DAY_MS);
  const x0 = xMin - xPad;
  const x1 = xMax + xPad;
  const yMaxData = shownPoints.reduce((m, p) => Math.max(m, p.located.fact.amount), 0);
  const yTicks = niceTicks(0, yMaxData);
  const y1 = yTicks[yTicks.length - 1];
  const plotW = CHART_WIDTH - MARGIN.left - MARGIN.right;
  const plotH = CHART_HEIGHT - MARGIN.top - MARGIN.bottom;
  const sx = (t: number) => MARGIN.left + ((t - x0) / (x1 - x0)) * plotW;
  const sy = (v: number) => MARGIN.top + plotH - (Math.max(v, 0) / y1) * plotH;
  const num = (n: number) => (Math.round(n * 10) / 10).toString();

  const parts: string[] = [];
  for (const t of yTicks) {
    const y = num(sy(t));
    parts.push(`<line class="grid" x1="${MARGIN.left}" x2="${CHART_WIDTH - MARGIN.right}" y1="${y}" y2="${y}"/>`);
    parts.push(`<text class="ylabel" x="${MARGIN.left - 6}" y="${y}" dy="0.32em">${escapeHtml(compactNumber(t))}</text>`);
  }
  for (const tick of timeTicks(x0, x1)) {
    const x = num(sx(tick.at));
    parts.push(`<line class="grid" x1="${x}" x2="${x}" y1="${MARGIN.top}" y2="${MARGIN.top + plotH}"/>`);
    parts.push(`<text class="xlabel" x="${x}" y="${CHART_HEIGHT - MARGIN.bottom + 18}">${escapeHtml(tick.label)}</text>`);
  }
  parts.push(`<line class="axis" x1="${MARGIN.left}" x2="${CHART_WIDTH - MARGIN.right}" y1="${num(sy(0))}" y2="${num(sy(0))}"/>`);
  shown.forEach((series, colour) => {
    for (const p of series.points) {
      const f = p.located.fact;
      const y = num(sy(f.amount));
      const bar = p.from !== null ? `<line class="span" x1="${num(sx(p.from))}" x2="${num(sx(p.at))}" y1="${y}" y2="${y}"/>` : '';
      const dot = `<circle class="${f.forecast ? 'dot forecast' : 'dot'}" cx="${num(sx(p.at))}" cy="${y}" r="4.5"/>`;
      parts.push(
        // a click opens the evidence; out of the tab order, as the table below offers the same links to keyboards
        `<a class="mark s${colour}" href="#/doc/${p.located.docIndex}/r/${p.located.recordIndex}" tabindex="-1"><title>${escapeHtml(pointTitle(series, f))}</title>${bar}${dot}</a>`,
      );
    }
  });

  const heading = `${currency}: ${points.length} ${plural(points.length, 'fact')}`;
  const legend = shown
    .map((s, colour) => `<li><span class="swatch s${colour}" aria-hidden="true"></span>${escapeHtml(s.label)} <span class="n">(${s.points.length})</span></li>`)
    .join('');
  const hiddenNote = hidden.length
    ? `<p class="note">${hidden.length} smaller series (${hidden.reduce((n, s) => n + s.points.length, 0)} facts) not drawn; the table below has every fact.</p>`
    : '';
  const summary = `${heading}, ${shown.length} series drawn, amounts from 0 to ${compactNumber(y1)} ${currency}.`;
  return `<figure class="chart">
<figcaption>${escapeHtml(heading)}</figcaption>
<svg viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" role="img" aria-label="${escapeHtml(summary)}" preserveAspectRatio="xMidYMid meet">${parts.join('')}</svg>
<ul class="legend">${legend}</ul>${hiddenNote}
</figure>`;
}

function seriesLabel(f: TradeFactRecord): string {
  return `${f.flow}: ${f.reporter ?? 'unknown'} → ${f.partner ?? 'world'}`;
}

function pointTitle(series: Series, f: TradeFactRecord): string {
  const period = f.period_from && f.period_to && f.period_from !== f.period_to ? `${f.period_from} to ${f.period_to}` : (f.period_to ?? f.period_from ?? '');
  const qualifier = f.qualifier ? ` (${f.qualifier})` : '';
  return `${series.label}${f.commodity ? `, ${f.commodity}` : ''}\n${groupDigits(f.amount)} ${f.currency ?? ''}${qualifier}\n${period}${f.forecast ? '\nforecast / target' : ''}`;
}

function parseIsoDay(value: string | null | undefined): number | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(t) ? t : null;
}

/** Round axis ticks from 0 up to at least max: steps of 1, 2, 2.5 or 5 times a power of ten. */
export function niceTicks(min: number, max: number, wanted = 5): number[] {
  if (!(max > min)) return [min, min + 1];
  const raw = (max - min) / wanted;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const ticks: number[] = [];
  for (let i = 0; ; i++) {
    const t = min + i * step;
    ticks.push(t);
    if (t >= max) break;
  }
  return ticks;
}

/** Month-aligned ticks (every 1, 3, 6, 12, 24, 60 or 120 months) so that labels stay few. */
function timeTicks(from: number, to: number): Array<{ at: number; label: string }> {
  const start = new Date(from);
  const spanMonths = (to - from) / (30.44 * DAY_MS);
  const step = [1, 3, 6, 12, 24, 60, 120].find((s) => spanMonths / s <= 8) ?? 240;
  let year = start.getUTCFullYear();
  let month = step >= 12 ? 0 : Math.ceil(start.getUTCMonth() / step) * step;
  if (step >= 12) year = Math.floor(year / (step / 12)) * (step / 12);
  year += Math.floor(month / 12);
  month %= 12;
  const ticks: Array<{ at: number; label: string }> = [];
  for (;;) {
    const at = Date.UTC(year, month, 1);
    if (at > to) break;
    if (at >= from) ticks.push({ at, label: step >= 12 ? String(year) : `${year}-${String(month + 1).padStart(2, '0')}` });
    month += step;
    year += Math.floor(month / 12);
    month %= 12;
  }
  return ticks;
}

/** "25 bn", "450 m", "12 k": for axis labels only; tables and tooltips show exact values. */
export function compactNumber(n: number): string {
  const abs = Math.abs(n);
  const scales: Array<[number, string]> = [
    [1e12, ' tn'],
    [1e9, ' bn'],
    [1e6, ' m'],
    [1e3, ' k'],
  ];
  for (const [scale, suffix] of scales) {
    if (abs >= scale) return `${trimNumber(n / scale)}${suffix}`;
  }
  return trimNumber(n);
}

const trimNumber = (n: number) => String(Math.round(n * 100) / 100);

/** An exact number with comma-grouped digits and no exponent: 107060000000 → "107,060,000,000". */
export function groupDigits(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [int, frac] = (Number.isInteger(n) && Math.abs(n) < 1e21 ? BigInt(n).toString() : String(n)).split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = sign ? int.slice(1) : int;
  const grouped = /e/i.test(digits) ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

// ---------------------------------------------------------------------------------------
// Styles. Kind colours are paired with a text label in every tooltip and legend, so colour
// is never the only carrier of meaning.

const CSS = `
:root{--fg:#1d2329;--muted:#5b6570;--bg:#fff;--panel:#f5f7f9;--line:#d5dbe1;--link:#0b57a4;--focus:#c2410c;
--money:#d7f5dd;--money-b:#1f7a3a;--percent:#dbe9ff;--percent-b:#1d4ed8;--date:#d5f3ef;--date-b:#0f766e;
--organization:#efe1ff;--organization-b:#7e22ce;--official:#ffdce6;--official-b:#be123c;--fact:#fff4b3;--fact-b:#7a5c00}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--link)}
:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:var(--bg);padding:.5em;z-index:10}
.skip:focus{left:.5em}
.top{padding:.75rem 1rem;border-bottom:1px solid var(--line);background:var(--panel)}
.top h1{margin:0;font-size:1.35rem}
.top h1 a{color:inherit;text-decoration:none}
.top .meta{margin:.2rem 0;color:var(--muted);font-size:.9rem}
.top nav a{margin-right:1rem}
main{padding:0 1rem 2rem;max-width:1400px;margin:0 auto}
section{margin-top:1.5rem}
h2{font-size:1.2rem;margin:.5rem 0}
.note,.empty,.more{color:var(--muted);font-size:.9rem}
.notice{margin:1rem;padding:.75rem;border:1px solid var(--line);background:var(--panel)}
.controls{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;margin:.5rem 0}
.controls input{font:inherit;padding:.35rem .5rem;min-width:min(22rem,100%);border:1px solid var(--muted);border-radius:4px}
.controls [role=status]{color:var(--muted);font-size:.9rem}
button{font:inherit}
.more button{padding:.3rem .7rem}
.scroll{overflow:auto;max-height:70vh;border:1px solid var(--line);border-radius:4px}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{padding:.35rem .5rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
thead th{position:sticky;top:0;background:var(--panel);z-index:1;white-space:nowrap}
#facts-table{min-width:64rem}
#facts-table td{white-space:nowrap}
#facts-table td.wrap{white-space:normal;min-width:8rem;max-width:14rem;overflow-wrap:anywhere}
th button{all:unset;cursor:pointer;font-weight:600}
th button:focus-visible{outline:3px solid var(--focus)}
th button::after{content:"";display:inline-block;width:1em;color:var(--muted)}
th[aria-sort=ascending] button::after{content:" ▲"}
th[aria-sort=descending] button::after{content:" ▼"}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
#facts-table td.evidence{white-space:normal;min-width:28rem}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,520px),1fr));gap:1rem}
.chart{margin:0;border:1px solid var(--line);border-radius:4px;padding:.5rem}
.chart figcaption{font-weight:600}
.chart svg{width:100%;height:auto;display:block}
.chart .grid{stroke:#e6eaee}
.chart .axis{stroke:#8a949e}
.chart text{font-size:13px;fill:var(--muted)}
.chart .ylabel{text-anchor:end}
.chart .xlabel{text-anchor:middle}
.chart .mark{color:var(--c)}
.chart .span{stroke:currentColor;stroke-width:3;stroke-opacity:.45}
.chart .dot{fill:currentColor;stroke:currentColor;stroke-width:2}
.chart .dot.forecast{fill:#fff}
.chart a.mark:hover .dot{stroke-width:4}
.legend{list-style:none;padding:0;margin:.25rem 0 0;display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.85rem}
.swatch{display:inline-block;width:.8em;height:.8em;border-radius:50%;background:var(--c);margin-right:.3em;vertical-align:-.05em}
.s0{--c:#0072b2}.s1{--c:#d55e00}.s2{--c:#009e73}.s3{--c:#cc79a7}.s4{--c:#7a5c00}.s5{--c:#56b4e9}.s6{--c:#000}.s7{--c:#8c564b}
.doc-index{padding-left:0;list-style:none;margin:0}
.doc-index li{padding:.4rem 0;border-bottom:1px solid var(--line)}
.doc-index a{font-weight:600;word-break:break-all}
.doc-index .counts{color:var(--muted);font-size:.85rem}
.doc-nav{display:flex;flex-wrap:wrap;gap:1rem;margin:1rem 0 .25rem}
#doc-view h2{word-break:break-all;font-size:1.3rem}
h2[tabindex="-1"]:focus{outline:none}
.kinds{display:flex;flex-wrap:wrap;gap:.4rem;padding:0;margin:.5rem 0;list-style:none;font-size:.85rem}
.kinds li{padding:.1rem .5rem;border-radius:1rem;border:1px solid}
.doc-grid{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);gap:1.5rem;align-items:start}
.doc-facts-table{font-size:.82rem}
.doc-facts-table td.num{white-space:normal}
.nowrap{white-space:nowrap}
.doc-facts-table .sub{color:var(--muted)}
.doc-text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.9;font-size:1.02rem;margin:0}
.doc-facts{position:sticky;top:.5rem;max-height:calc(100vh - 1rem);overflow:auto}
.doc-facts h3{margin:.25rem 0;font-size:1.05rem}
.hl,.hl-cont{border-radius:3px;cursor:help}
.k-money{background:var(--money);box-shadow:inset 0 -2px var(--money-b)}
.k-percent{background:var(--percent);box-shadow:inset 0 -2px var(--percent-b)}
.k-date{background:var(--date);box-shadow:inset 0 -2px var(--date-b)}
.k-organization{background:var(--organization);box-shadow:inset 0 -2px var(--organization-b)}
.k-official{background:var(--official);box-shadow:inset 0 -2px var(--official-b)}
.k-trade_fact{background:var(--fact);border-radius:0;text-decoration:underline dotted 1.5px var(--fact-b);text-underline-offset:.4em;box-shadow:none}
.k-trade_fact .hl,.k-trade_fact .hl-cont{text-decoration:none}
.kinds .k-trade_fact{text-decoration:none;border-color:var(--fact-b)}
.kinds .k-money{border-color:var(--money-b)}.kinds .k-percent{border-color:var(--percent-b)}.kinds .k-date{border-color:var(--date-b)}
.kinds .k-organization{border-color:var(--organization-b)}.kinds .k-official{border-color:var(--official-b)}
.hl.empty-span{display:inline-block;min-width:.5em}
.hl.target{outline:3px solid var(--focus);outline-offset:2px}
.tip{position:absolute;z-index:20;max-width:min(26rem,calc(100vw - 1rem));background:#111820;color:#f4f6f8;border-radius:6px;padding:.5rem .7rem;font-size:.85rem;line-height:1.35;box-shadow:0 4px 16px rgba(0,0,0,.3);pointer-events:none}
.tip .kind{font-weight:700;text-transform:uppercase;letter-spacing:.03em;font-size:.75rem;margin-bottom:.2rem}
.tip dl{display:grid;grid-template-columns:auto 1fr;gap:.1rem .6rem;margin:0}
.tip dt{color:#a9b4bf}
.tip dd{margin:0;overflow-wrap:anywhere}
@media (max-width:820px){
.doc-grid{grid-template-columns:1fr}
.doc-facts{position:static;max-height:none}
main{padding:0 .6rem 2rem}
.top nav a{display:inline-block;margin:.2rem 1rem .2rem 0}
}
@media (prefers-reduced-motion:no-preference){html{scroll-behavior:smooth}}
`;

// ---------------------------------------------------------------------------------------
// Browser code. A plain string, not a serialised function, so that what runs in the page
// is exactly what is written here whatever compiles this file. It must not contain a
// backtick, "${" or "</script". It reads the JSON payload and builds every article-derived
// node with createElement/textContent, never innerHTML.

const CLIENT_SCRIPT = String.raw`
"use strict";
(function () {
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var docs = data.docs;
  // restore the fields the page leaves out when they are implied (see compactRecord)
  docs.forEach(function (d) {
    d.records.forEach(function (r) {
      if (r.doc === undefined) r.doc = d.doc;
      if (r.text === undefined) r.text = d.text.slice(r.start, r.end);
    });
  });
  var KIND_LABEL = { money: "money", percent: "percent", date: "date", organization: "organization", official: "official", trade_fact: "trade fact" };
  var KIND_ORDER = ["trade_fact", "official", "organization", "date", "money", "percent"];
  var FIELD_ORDER = ["name", "title", "affiliation", "flow", "reporter", "partner", "commodity", "amount", "currency", "qualifier", "value", "from", "to", "relative", "period_from", "period_to", "change_pct", "forecast"];
  var PAGE = 500;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) for (var k in attrs) if (attrs[k] !== null && attrs[k] !== undefined) node.setAttribute(k, String(attrs[k]));
    if (children !== undefined) append(node, children);
    return node;
  }
  function append(node, children) {
    (Array.isArray(children) ? children : [children]).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    });
    return node;
  }
  function groupDigits(n) {
    if (typeof n !== "number" || !isFinite(n)) return String(n);
    var s = Number.isInteger(n) && Math.abs(n) < 1e21 ? BigInt(n).toString() : String(n);
    var parts = s.split(".");
    var sign = parts[0].charAt(0) === "-" ? "-" : "";
    var digits = sign ? parts[0].slice(1) : parts[0];
    if (!/e/i.test(digits)) digits = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return sign + digits + (parts.length > 1 ? "." + parts[1] : "");
  }
  function show(value, field) {
    if (value === null || value === undefined) return "—";
    if (typeof value === "boolean") return value ? "yes" : "no";
    if (typeof value === "number") return field === "amount" ? groupDigits(value) : String(value);
    return String(value);
  }
  function period(f) {
    if (f.period_from && f.period_to && f.period_from !== f.period_to) return f.period_from + " to " + f.period_to;
    return f.period_to || f.period_from || "—";
  }
  function summary(r) {
    switch (r.kind) {
      case "money": return r.text + ": " + groupDigits(r.amount) + " " + (r.currency || "currency not stated") + (r.qualifier ? " (" + r.qualifier + ")" : "");
      case "percent": return r.text + ": " + r.value + "%";
      case "date": return r.text + ": " + (r.from || "?") + " to " + (r.to || "?") + (r.relative ? " (relative)" : "");
      case "organization": return r.name;
      case "official": return [r.name, r.title, r.affiliation].filter(Boolean).join(", ");
      case "trade_fact": return r.flow + ", " + (r.reporter || "unknown") + " to " + (r.partner || "world") + ", " + groupDigits(r.amount) + " " + (r.currency || "") + ", " + period(r) + (r.forecast ? ", forecast" : "");
    }
    return r.text;
  }
  function label(r) { return (KIND_LABEL[r.kind] || r.kind) + ": " + summary(r); }
  function factHref(docIndex, recordIndex) { return "#/doc/" + docIndex + "/r/" + recordIndex; }
  function recordId(docIndex, recordIndex) { return "rec-" + docIndex + "-" + recordIndex; }

  // ---- all trade facts, once
  var facts = [];
  docs.forEach(function (d, di) {
    d.records.forEach(function (r, ri) { if (r.kind === "trade_fact") facts.push({ d: di, r: ri, f: r }); });
  });
  var FACT_COLUMNS = [
    { key: "doc", label: "Article", wrap: true, get: function (x) { return docs[x.d].doc; } },
    { key: "flow", label: "Flow", get: function (x) { return x.f.flow; } },
    { key: "reporter", label: "Reporter", get: function (x) { return x.f.reporter; } },
    { key: "partner", label: "Partner", get: function (x) { return x.f.partner; } },
    { key: "commodity", label: "Commodity", wrap: true, get: function (x) { return x.f.commodity; } },
    { key: "amount", label: "Amount", num: true, get: function (x) { return x.f.amount; } },
    { key: "currency", label: "Currency", get: function (x) { return x.f.currency; } },
    { key: "qualifier", label: "Qualifier", get: function (x) { return x.f.qualifier; } },
    { key: "period_from", label: "From", get: function (x) { return x.f.period_from; } },
    { key: "period_to", label: "To", get: function (x) { return x.f.period_to; } },
    { key: "change_pct", label: "Change %", num: true, get: function (x) { return x.f.change_pct; } },
    { key: "forecast", label: "Forecast", get: function (x) { return x.f.forecast; } },
    { key: "evidence", label: "Evidence", get: function (x) { return x.f.text; } }
  ];
  var factSort = { key: null, dir: 1 };
  var factFilter = "";
  var factLimit = PAGE;

  function compareValues(a, b) {
    // missing values sort last in both directions
    var an = a === null || a === undefined, bn = b === null || b === undefined;
    if (an || bn) return an && bn ? 0 : an ? 1 : -1;
    if (typeof a === "number" && typeof b === "number") return (a - b) * factSort.dir;
    if (typeof a === "boolean") return ((a ? 1 : 0) - (b ? 1 : 0)) * factSort.dir;
    return String(a).localeCompare(String(b), "en", { numeric: true, sensitivity: "base" }) * factSort.dir;
  }
  function factText(x) {
    if (!x.search) x.search = FACT_COLUMNS.map(function (c) { return show(c.get(x), c.key); }).join(" | ").toLowerCase();
    return x.search;
  }
  function buildFactHeader() {
    var row = document.querySelector("#facts-table thead tr");
    FACT_COLUMNS.forEach(function (c) {
      var button = el("button", { type: "button", "data-key": c.key }, c.label);
      button.addEventListener("click", function () {
        factSort = { key: c.key, dir: factSort.key === c.key ? -factSort.dir : 1 };
        renderFacts();
      });
      row.appendChild(el("th", { scope: "col", "data-key": c.key, "aria-sort": "none" }, button));
    });
  }
  function renderFacts() {
    var needle = factFilter.trim().toLowerCase();
    var rows = facts.map(function (x, i) { return { x: x, i: i }; });
    if (needle) rows = rows.filter(function (o) { return factText(o.x).indexOf(needle) !== -1; });
    if (factSort.key) {
      var col = FACT_COLUMNS.filter(function (c) { return c.key === factSort.key; })[0];
      rows.sort(function (p, q) { return compareValues(col.get(p.x), col.get(q.x)) || p.i - q.i; });
    }
    document.querySelectorAll("#facts-table thead th").forEach(function (th) {
      var key = th.getAttribute("data-key");
      th.setAttribute("aria-sort", key === factSort.key ? (factSort.dir > 0 ? "ascending" : "descending") : "none");
    });
    var body = document.querySelector("#facts-table tbody");
    var fragment = document.createDocumentFragment();
    rows.slice(0, factLimit).forEach(function (o) {
      var x = o.x;
      var tr = el("tr", { "data-doc": x.d, "data-rec": x.r });
      FACT_COLUMNS.forEach(function (c) {
        var v = c.get(x);
        var td = el("td", { "data-key": c.key, "data-value": v === null || v === undefined ? "" : String(v), class: c.num ? "num" : c.key === "evidence" ? "evidence" : c.wrap ? "wrap" : null });
        if (c.key === "doc") td.appendChild(el("a", { href: "#/doc/" + x.d }, v));
        else if (c.key === "evidence") td.appendChild(el("a", { href: factHref(x.d, x.r) }, v.length > 110 ? v.slice(0, 107) + "…" : v));
        else td.textContent = show(v, c.key);
        tr.appendChild(td);
      });
      fragment.appendChild(tr);
    });
    body.replaceChildren(fragment);
    document.getElementById("fact-count").textContent = rows.length + " of " + facts.length + " facts";
    var more = document.getElementById("facts-more");
    more.replaceChildren();
    if (!facts.length) more.textContent = "No trade facts in these articles.";
    else if (rows.length > factLimit) {
      var button = el("button", { type: "button" }, "Show " + Math.min(PAGE, rows.length - factLimit) + " more of " + (rows.length - factLimit) + " hidden rows");
      button.addEventListener("click", function () { factLimit += PAGE; renderFacts(); });
      more.appendChild(button);
    }
  }

  // ---- article index
  var docSearch = "";
  var docLimit = PAGE;
  var lowered = [];
  function kindCounts(records) {
    var counts = {};
    records.forEach(function (r) { counts[r.kind] = (counts[r.kind] || 0) + 1; });
    return counts;
  }
  function renderIndex() {
    var needle = docSearch.trim().toLowerCase();
    var matches = [];
    for (var i = 0; i < docs.length; i++) {
      if (needle) {
        if (lowered[i] === undefined) lowered[i] = (docs[i].doc + "\n" + docs[i].text).toLowerCase();
        if (lowered[i].indexOf(needle) === -1) continue;
      }
      matches.push(i);
    }
    var fragment = document.createDocumentFragment();
    matches.slice(0, docLimit).forEach(function (i) {
      var d = docs[i];
      var counts = kindCounts(d.records);
      var bits = [(d.published ? "published " + d.published : "no publication date"), d.records.length + " records", (counts.trade_fact || 0) + " trade facts"];
      fragment.appendChild(el("li", { "data-doc": i }, [el("a", { href: "#/doc/" + i }, d.doc), " ", el("span", { class: "counts" }, bits.join(" · "))]));
    });
    document.getElementById("doc-index").replaceChildren(fragment);
    document.getElementById("doc-count").textContent = matches.length + " of " + docs.length + " articles";
    var more = document.getElementById("docs-more");
    more.replaceChildren();
    if (!docs.length) more.textContent = "No articles in this run.";
    else if (matches.length > docLimit) {
      var button = el("button", { type: "button" }, "Show " + Math.min(PAGE, matches.length - docLimit) + " more of " + (matches.length - docLimit) + " hidden articles");
      button.addEventListener("click", function () { docLimit += PAGE; renderIndex(); });
      more.appendChild(button);
    }
  }

  // ---- one article: text with nested highlights
  function clamp(n, lo, hi) { return Math.max(lo, Math.min(hi, typeof n === "number" && isFinite(n) ? Math.floor(n) : lo)); }

  /**
   * Spans may nest (mentions inside a trade fact's sentence) or even cross. Elements must
   * nest, so we walk the text boundaries keeping a stack of open records: a record that
   * ends while others opened after it are still open closes them, and they continue in
   * "continuation" elements. Each record thus has exactly one focusable .hl element (its
   * first piece) plus zero or more .hl-cont pieces.
   */
  function renderHighlightedText(container, d, di) {
    var text = d.text;
    var spans = d.records.map(function (r, j) {
      var s = clamp(r.start, 0, text.length);
      return { j: j, r: r, s: s, e: clamp(r.end, s, text.length) };
    });
    spans.sort(function (a, b) {
      return a.s - b.s || b.e - a.e || KIND_ORDER.indexOf(a.r.kind) - KIND_ORDER.indexOf(b.r.kind) || a.j - b.j;
    });
    var points = [0, text.length];
    spans.forEach(function (x) { points.push(x.s, x.e); });
    points = points.filter(function (p, i, all) { return all.indexOf(p) === i; }).sort(function (a, b) { return a - b; });
    var stack = [];
    var next = 0;
    var cursor = 0;
    function parent() { return stack.length ? stack[stack.length - 1].node : container; }
    function open(x, first) {
      var node = el("span", { class: (first ? "hl" : "hl-cont") + " k-" + x.r.kind, "data-rec": x.j, "data-kind": x.r.kind });
      if (first) {
        node.id = recordId(di, x.j);
        node.tabIndex = 0;
        // a sentence that contains focusable mentions is a group, not a control
        node.setAttribute("role", x.r.kind === "trade_fact" ? "group" : "button");
        node.setAttribute("aria-label", label(x.r));
        if (x.s === x.e) node.classList.add("empty-span");
      }
      parent().appendChild(node);
      return node;
    }
    points.forEach(function (p) {
      if (p > cursor) { parent().appendChild(document.createTextNode(text.slice(cursor, p))); cursor = p; }
      var lowest = -1;
      for (var k = 0; k < stack.length; k++) if (stack[k].e <= p) { lowest = k; break; }
      if (lowest !== -1) {
        var reopen = stack.splice(lowest).filter(function (x) { return x.e > p; });
        reopen.sort(function (a, b) { return b.e - a.e; });
        reopen.forEach(function (x) { stack.push({ j: x.j, r: x.r, s: x.s, e: x.e, node: open(x, false) }); });
      }
      while (next < spans.length && spans[next].s === p) {
        var x = spans[next++];
        var node = open(x, true);
        if (x.e > p) stack.push({ j: x.j, r: x.r, s: x.s, e: x.e, node: node });
      }
    });
  }

  function renderFactAside(d, di) {
    var rows = [];
    d.records.forEach(function (r, j) {
      if (r.kind !== "trade_fact") return;
      var nowrap = function (t) { return el("span", { class: "nowrap" }, t); };
      var when = r.period_from && r.period_to && r.period_from !== r.period_to ? [nowrap(r.period_from), " – ", nowrap(r.period_to)] : [nowrap(period(r))];
      rows.push(el("tr", { "data-rec": j }, [
        el("td", null, [
          el("a", { href: factHref(di, j), "aria-label": "Evidence for " + summary(r) }, r.flow + ": " + (r.reporter || "unknown") + " → " + (r.partner || "world")),
          r.commodity ? el("div", { class: "sub" }, r.commodity) : null,
          r.forecast ? el("div", { class: "sub" }, "forecast / target") : null
        ]),
        el("td", { class: "num" }, [nowrap(groupDigits(r.amount)), " " + (r.currency || "") + (r.qualifier ? " (" + r.qualifier + ")" : "")]),
        el("td", null, when),
        el("td", { class: "num" }, r.change_pct === null || r.change_pct === undefined ? "—" : String(r.change_pct) + "%")
      ]));
    });
    var aside = el("aside", { class: "doc-facts", "aria-labelledby": "doc-facts-h" }, el("h3", { id: "doc-facts-h" }, "Trade facts (" + rows.length + ")"));
    if (!rows.length) aside.appendChild(el("p", { class: "empty" }, "No trade facts in this article."));
    else {
      var head = el("tr", null, ["Fact (evidence)", "Amount", "Period", "Change"].map(function (h) { return el("th", { scope: "col" }, h); }));
      aside.appendChild(el("div", { class: "scroll", role: "region", "aria-labelledby": "doc-facts-h", tabindex: 0 }, el("table", { class: "facts doc-facts-table" }, [el("thead", null, head), el("tbody", null, rows)])));
    }
    return aside;
  }

  var shownDoc = -1;
  function renderDocument(di) {
    var d = docs[di];
    var view = document.getElementById("doc-view");
    var counts = kindCounts(d.records);
    var nav = el("nav", { class: "doc-nav", "aria-label": "Article navigation" }, [
      el("a", { href: "#/articles" }, "← All articles"),
      di > 0 ? el("a", { href: "#/doc/" + (di - 1), rel: "prev" }, "Previous") : null,
      di < docs.length - 1 ? el("a", { href: "#/doc/" + (di + 1), rel: "next" }, "Next") : null
    ]);
    var kinds = el("ul", { class: "kinds", "aria-label": "Records by kind" }, KIND_ORDER.slice().reverse().filter(function (k) { return counts[k]; }).map(function (k) {
      return el("li", { class: "k-" + k }, KIND_LABEL[k] + " " + counts[k]);
    }));
    var body = el("div", { class: "doc-text", id: "doc-text" });
    renderHighlightedText(body, d, di);
    view.replaceChildren(nav, el("h2", { id: "doc-title", tabindex: -1 }, d.doc),
      el("p", { class: "note" }, (d.published ? "Published " + d.published : "No publication date found") + " · " + d.records.length + " records · hover or focus a highlight for its fields, Escape hides it"),
      kinds, el("div", { class: "doc-grid" }, [body, renderFactAside(d, di)]));
    shownDoc = di;
  }

  // ---- tooltip, shared by all highlights: hover and keyboard focus show the same fields
  var tip = document.getElementById("tip");
  var tipOwner = null;
  function recordOf(node) {
    var hl = node && node.closest ? node.closest("[data-rec]") : null;
    if (!hl || !hl.closest("#doc-text")) return null;
    var primary = hl.classList.contains("hl") ? hl : document.getElementById(recordId(shownDoc, hl.getAttribute("data-rec")));
    return primary;
  }
  function showTip(hl, x, y) {
    var r = docs[shownDoc].records[Number(hl.getAttribute("data-rec"))];
    var dl = el("dl");
    FIELD_ORDER.forEach(function (f) {
      if (!(f in r)) return;
      append(dl, [el("dt", null, f), el("dd", { "data-field": f }, show(r[f], f))]);
    });
    append(dl, [el("dt", null, "span"), el("dd", { "data-field": "span" }, r.start + "–" + r.end + ", sentence " + r.sentence)]);
    tip.replaceChildren(el("div", { class: "kind" }, KIND_LABEL[r.kind] || r.kind), r.kind === "trade_fact" ? null : el("div", { "data-field": "text" }, r.text), dl);
    tip.setAttribute("data-rec", hl.getAttribute("data-rec"));
    tip.hidden = false;
    if (tipOwner && tipOwner !== hl) tipOwner.removeAttribute("aria-describedby");
    tipOwner = hl;
    hl.setAttribute("aria-describedby", "tip");
    var width = tip.offsetWidth, height = tip.offsetHeight;
    var left = Math.max(4, Math.min(x, document.documentElement.clientWidth - width - 4));
    var top = y + 12;
    if (top + height > window.innerHeight - 4 && y - height - 12 > 0) top = y - height - 12;
    tip.style.left = (left + window.scrollX) + "px";
    tip.style.top = (top + window.scrollY) + "px";
  }
  function hideTip() {
    tip.hidden = true;
    if (tipOwner) tipOwner.removeAttribute("aria-describedby");
    tipOwner = null;
  }
  document.addEventListener("mouseover", function (event) {
    var hl = recordOf(event.target);
    if (hl) showTip(hl, event.clientX, event.clientY);
    else if (tipOwner && document.activeElement !== tipOwner) hideTip();
  });
  document.addEventListener("mousemove", function (event) {
    if (!tip.hidden && tipOwner && recordOf(event.target) === tipOwner) showTip(tipOwner, event.clientX, event.clientY);
  });
  document.addEventListener("focusin", function (event) {
    var hl = recordOf(event.target);
    if (hl && hl === event.target) {
      var rect = hl.getClientRects()[0] || hl.getBoundingClientRect();
      showTip(hl, rect.left, rect.bottom);
    } else hideTip();
  });
  document.addEventListener("focusout", function (event) { if (event.target === tipOwner) hideTip(); });
  document.addEventListener("keydown", function (event) { if (event.key === "Escape" && !tip.hidden) hideTip(); });
  window.addEventListener("resize", hideTip);

  // ---- routing: #/ overview, #/chart|facts|articles a section of it, #/doc/N an article, #/doc/N/r/M a record in it
  var overview = document.getElementById("overview");
  var docView = document.getElementById("doc-view");
  function route() {
    hideTip();
    var hash = location.hash;
    var m = /^#\/doc\/(\d+)(?:\/r\/(\d+))?$/.exec(hash);
    if (m && Number(m[1]) < docs.length) {
      var di = Number(m[1]);
      if (shownDoc !== di || docView.hidden) renderDocument(di);
      overview.hidden = true;
      docView.hidden = false;
      document.title = docs[di].doc + " · " + data.title;
      var target = m[2] !== undefined ? document.getElementById(recordId(di, m[2])) : null;
      document.querySelectorAll(".hl.target").forEach(function (n) { n.classList.remove("target"); });
      if (target) {
        target.classList.add("target");
        target.scrollIntoView({ block: "center" });
        target.focus({ preventScroll: true });
      } else {
        window.scrollTo(0, 0);
        document.getElementById("doc-title").focus();
      }
      return;
    }
    docView.hidden = true;
    overview.hidden = false;
    document.title = data.title;
    var section = /^#\/(chart|facts|articles)$/.exec(hash);
    if (section) {
      var node = document.getElementById(section[1]);
      node.scrollIntoView();
      var heading = node.querySelector("h2");
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }

  var filterTimer = 0;
  document.getElementById("fact-filter").addEventListener("input", function (event) {
    var value = event.target.value;
    clearTimeout(filterTimer);
    filterTimer = setTimeout(function () { factFilter = value; factLimit = PAGE; renderFacts(); }, facts.length > 2000 ? 150 : 0);
  });
  var searchTimer = 0;
  document.getElementById("doc-search").addEventListener("input", function (event) {
    var value = event.target.value;
    clearTimeout(searchTimer);
    searchTimer = setTimeout(function () { docSearch = value; docLimit = PAGE; renderIndex(); }, docs.length > 2000 ? 150 : 0);
  });

  buildFactHeader();
  renderFacts();
  renderIndex();
  window.addEventListener("hashchange", route);
  route();
  document.documentElement.setAttribute("data-ready", "true");
})();
`;
