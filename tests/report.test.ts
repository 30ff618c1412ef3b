import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  compactNumber,
  escapeHtml,
  expandRecord,
  compactRecord,
  groupDigits,
  jsonForScript,
  niceTicks,
  renderReport,
  renderTradeChart,
  collectTradeFacts,
  MAX_CURRENCY_CHARTS,
  REPORT_DATA_ID,
  type ReportData,
  type ReportDocument,
} from '../src/output/report.js';
import type { ExtractedRecord, TradeFactRecord } from '../src/schema/index.js';

/** The JSON payload as the browser will read it, with the implied record fields restored. */
function embeddedData(html: string): { title: string; docs: ReportDocument[] } {
  const m = new RegExp(`<script type="application/json" id="${REPORT_DATA_ID}">([\\s\\S]*?)</script>`).exec(html);
  if (!m) throw new Error('no data script');
  const data = JSON.parse(m[1]) as ReportData;
  return { title: data.title, docs: data.docs.map((d) => ({ ...d, records: d.records.map((r) => expandRecord(r, d.doc, d.text)) })) };
}

function count(haystack: string, needle: string | RegExp): number {
  return haystack.split(needle).length - 1;
}

function fact(doc: string, text: string, start: number, fields: Partial<TradeFactRecord> = {}): TradeFactRecord {
  return {
    doc,
    kind: 'trade_fact',
    text,
    start,
    end: start + text.length,
    sentence: 0,
    flow: 'export',
    reporter: 'China',
    partner: 'Russia',
    commodity: null,
    amount: 47_970_000_000,
    currency: 'USD',
    qualifier: null,
    period_from: '2018-01-01',
    period_to: '2018-12-31',
    change_pct: 12,
    forecast: false,
    ...fields,
  };
}

const ARTICLE = "China's exports to Russia rose 12% to $47.97 billion in 2018, the General Administration of Customs said.";
function article(doc = 'a.txt'): ReportDocument {
  const at = (s: string) => ARTICLE.indexOf(s);
  const records: ExtractedRecord[] = [
    fact(doc, ARTICLE, 0),
    { doc, kind: 'percent', text: '12%', start: at('12%'), end: at('12%') + 3, sentence: 0, value: 12 },
    { doc, kind: 'money', text: '$47.97 billion', start: at('$'), end: at('$') + 14, sentence: 0, amount: 47_970_000_000, currency: 'USD', qualifier: null },
    { doc, kind: 'date', text: '2018', start: at('2018'), end: at('2018') + 4, sentence: 0, from: '2018-01-01', to: '2018-12-31', relative: false },
    {
      doc,
      kind: 'organization',
      text: 'General Administration of Customs',
      start: at('General'),
      end: at('General') + 33,
      sentence: 0,
      name: 'General Administration of Customs',
    },
  ];
  return { doc, text: ARTICLE, published: '2019-01-14', records };
}

describe('escapeHtml and jsonForScript', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('writes JSON that cannot end a script element and parses back unchanged', () => {
    const value = { text: '</script><script>alert(1)</script><!-- & \u2028' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('renderReport', () => {
  it('is one self-contained HTML document with nothing fetched from the network', () => {
    const html = renderReport([article()], { title: 'Run 1', generatedAt: '2024-05-01T10:00:00Z' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(count(html, '<html')).toBe(1);
    expect(html).not.toMatch(/\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(\s*["']?https?:/i);
    expect(html).toContain(escapeHtml("default-src 'none'"));
    expect(html).toContain('<title>Run 1</title>');
    expect(html).toContain('2024-05-01T10:00:00Z');
  });

  it('embeds every record of every document, unchanged', () => {
    const docs = [article('a.txt'), article('b/c.txt'), { doc: 'empty.txt', text: '', published: null, records: [] }];
    const data = embeddedData(renderReport(docs));
    expect(data.docs).toEqual(docs);
    expect(data.docs.flatMap((d) => d.records)).toHaveLength(10);
  });

  it('leaves out only the record fields that the document implies', () => {
    const d = article();
    const [factRecord, percent] = d.records;
    expect(compactRecord(percent, d.doc, d.text)).not.toHaveProperty('text');
    expect(compactRecord(percent, d.doc, d.text)).not.toHaveProperty('doc');
    // a record that disagrees with its document keeps what it said
    const odd = { ...percent, doc: 'other.txt', text: '13%' };
    expect(compactRecord(odd, d.doc, d.text)).toMatchObject({ doc: 'other.txt', text: '13%' });
    for (const r of [factRecord, percent, odd]) expect(expandRecord(compactRecord(r, d.doc, d.text), d.doc, d.text)).toEqual(r);
  });

  it('lets hostile article text, names and fields out only as inert text', () => {
    const hostile = `</script><script>alert(1)</script><img src=x onerror="alert(2)"> <!-- ' " & `;
    const text = `Intro. ${hostile} trade reached $5 billion.`;
    const doc = `<img src=x onerror=alert(3)>.txt`;
    const records: ExtractedRecord[] = [
      { doc, kind: 'organization', text: hostile, start: 7, end: 7 + hostile.length, sentence: 1, name: hostile },
      fact(doc, text, 0, { reporter: '<script>alert(4)</script>', partner: `"'><svg onload=alert(5)>`, commodity: '</script>' }),
    ];
    const html = renderReport([{ doc, text, published: null, records }], { title: '</title><script>alert(6)</script>', generatedAt: '<b>now</b>' });

    // only our own two script elements exist and both close where we close them
    expect(count(html, /<script\b/gi)).toBe(2);
    expect(count(html, /<\/script/gi)).toBe(2);
    expect(html).not.toMatch(/<img\b/i);
    expect(html).not.toMatch(/<svg onload/i);
    expect(html).not.toMatch(/<b>now/);
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(6)&lt;/script&gt;</title>');
    // the chart's labels carry the hostile reporter escaped
    expect(html).toContain('&lt;script&gt;alert(4)&lt;/script&gt;');
    // and the browser reads the exact original strings back
    const data = embeddedData(html);
    expect(data.docs[0].text).toBe(text);
    expect(data.docs[0].doc).toBe(doc);
    expect(data.docs[0].records).toEqual(records);
    expect(data.title).toBe('</title><script>alert(6)</script>');
  });

  it('allows exactly its own script by hash in the Content-Security-Policy', () => {
    const html = renderReport([article()]);
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1];
    const hash = createHash('sha256').update(script, 'utf8').digest('base64');
    expect(html).toContain(escapeHtml(`script-src 'sha256-${hash}'`));
    expect(script).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
  });

  it('renders an empty run', () => {
    const html = renderReport([]);
    expect(embeddedData(html).docs).toEqual([]);
    expect(html).toContain('0 articles · 0 records · 0 trade facts');
    expect(html).toContain('No trade facts with a period to plot.');
  });

  it('is deterministic: the same input gives the same bytes', () => {
    expect(renderReport([article()])).toBe(renderReport([article()]));
  });
});

describe('renderTradeChart', () => {
  const docs: ReportDocument[] = [
    {
      doc: 'x.txt',
      text: 'x',
      published: null,
      records: [
        fact('x.txt', 'a', 0),
        fact('x.txt', 'b', 0, { period_from: '2019-01-01', period_to: '2019-12-31', amount: 50e9 }),
        fact('x.txt', 'c', 0, { flow: 'trade', currency: 'CNY', amount: 122e9 }),
        fact('x.txt', 'd', 0, { forecast: true, period_from: null, period_to: '2025-12-31', amount: 30e9 }),
        fact('x.txt', 'e', 0, { period_from: null, period_to: null }),
      ],
    },
  ];
  const svg = renderTradeChart(collectTradeFacts(docs));

  it('draws one chart per currency and one mark per dated fact', () => {
    expect(count(svg, '<figure')).toBe(2);
    expect(count(svg, '<circle')).toBe(4);
    expect(count(svg, 'class="dot forecast"')).toBe(1);
    expect(svg).toContain('1 fact without a period is not plotted.');
    expect(svg).toContain('USD: 3 facts');
    expect(svg).toContain('CNY: 1 fact');
  });

  it('labels time ticks with real months whatever the range', () => {
    for (const [from, to] of [['2019-11-01', '2021-01-31'], ['2019-12-01', '2019-12-31'], ['2001-01-01', '2024-12-31'], ['2020-10-01', '2022-06-30']]) {
      const chart = renderTradeChart(collectTradeFacts([{ doc: 'r', text: 'r', published: null, records: [fact('r', 'r', 0, { period_from: from, period_to: to })] }]));
      const labels = [...chart.matchAll(/<text class="xlabel"[^>]*>([^<]*)</g)].map((m) => m[1]);
      expect(labels.length, `${from}..${to}`).toBeGreaterThan(0);
      for (const label of labels) expect(label).toMatch(/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/);
    }
  });

  it('charts only the most frequent currencies and says where the rest are', () => {
    const codes = ['USD', 'CNY', 'EUR', 'JPY', 'RUB', 'INR', 'KRW', 'GBP'];
    const records = codes.flatMap((currency, i) => Array.from({ length: codes.length - i }, () => fact('m', 'm', 0, { currency })));
    const chart = renderTradeChart(collectTradeFacts([{ doc: 'm', text: 'm', published: null, records }]));
    expect(count(chart, '<figure')).toBe(MAX_CURRENCY_CHARTS);
    expect(chart).toContain('3 facts in 2 other currencies (KRW, GBP) not charted');
  });

  it('keeps flows of one pair apart', () => {
    expect(svg).toContain('export: China → Russia');
    expect(svg).toContain('trade: China → Russia');
  });
});

describe('number formatting', () => {
  it('shows exact values with grouped digits', () => {
    expect(groupDigits(107_060_000_000)).toBe('107,060,000,000');
    expect(groupDigits(-1234.5)).toBe('-1,234.5');
    expect(groupDigits(999)).toBe('999');
  });

  it('labels axes compactly and with round ticks from zero', () => {
    expect(compactNumber(25e9)).toBe('25 bn');
    expect(compactNumber(450e6)).toBe('450 m');
    expect(niceTicks(0, 107.06e9)).toEqual([0, 25e9, 50e9, 75e9, 100e9, 125e9]);
  });
});
