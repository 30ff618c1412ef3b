import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { groupDigits, MAX_CURRENCY_CHARTS, MAX_SERIES_PER_CHART, renderReport, type ReportDocument } from '../src/output/report.js';
import type { ExtractedRecord, TradeFactRecord } from '../src/schema/index.js';
import { decodeDocument } from '../src/text/decode.js';

/**
 * The report in a real browser: Debian's Chromium driven by playwright-core. The report is
 * built by running the library over the fixture articles, so this also shows that every
 * record the library produces can be displayed. Without /usr/bin/chromium every test here
 * is reported as skipped, with the reason.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
// CHROMIUM=/path overrides, e.g. to check the skip path
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const SKIP_REASON = `${CHROMIUM} not found: install Debian's chromium (apt-get install -y chromium) to run the real-browser report tests`;
if (!HAS_CHROMIUM) console.warn(`[report.browser.test] SKIPPED: ${SKIP_REASON}`);

interface Article {
  name: string;
  text: string;
}

/** fixtures/*.txt, else the shared seed articles, else two small inline ones. */
function loadArticles(): Article[] {
  for (const dir of [join(ROOT, 'fixtures'), join(ROOT, '..', 'shared', 'seeds')]) {
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir).filter((n) => n.endsWith('.txt')).sort();
    if (names.length) return names.map((name) => ({ name, text: decodeDocument(readFileSync(join(dir, name))).text }));
  }
  return [
    {
      name: 'inline-1.txt',
      text: 'Updated : 2019-01-14\nTrade between China and Russia reached 107.06 billion US dollars in 2018, up 27.1 percent year on year, the General Administration of Customs said.',
    },
    {
      name: 'inline-2.txt',
      text: "MOSCOW, March 3, 2021\nRussia's exports to India declined 12.8% to $6.54 billion in 2020, Deputy Minister of Economic Development Azer Talybov said.",
    },
  ];
}

/** An article written to break out of the page if anything were not escaped. */
const HOSTILE: Article = {
  name: '<img src=x onerror="window.__pwned=1">.txt',
  text: `Updated : 2020-02-02\n</script><script>window.__pwned=2</script> <b onmouseover="window.__pwned=3">bold</b> & 'quotes' "double".\nTrade between China and Russia reached 5 billion US dollars in 2019, the <i>Ministry</i> of Commerce said.`,
};

const byStartThenEnd = (a: ExtractedRecord, b: ExtractedRecord) => a.start - b.start || a.end - b.end;

/** The records of a gold file, located in the article by their text (gold may omit offsets). */
function goldDocuments(articles: Article[]): ReportDocument[] {
  const goldPath = join(ROOT, 'fixtures', 'expected.gold.json');
  if (!existsSync(goldPath)) return [];
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { docs: Record<string, { published: string | null; records: Array<Record<string, unknown>> }> };
  const docs: ReportDocument[] = [];
  for (const article of articles) {
    const entry = gold.docs[article.name];
    if (!entry) continue;
    const searchFrom = new Map<string, number>();
    const records: ExtractedRecord[] = [];
    for (const g of entry.records) {
      const text = String(g.text);
      const start = typeof g.start === 'number' ? g.start : article.text.indexOf(text, searchFrom.get(text) ?? 0);
      if (start < 0) continue;
      searchFrom.set(text, start + 1);
      records.push({ ...g, doc: article.name, text, start, end: start + text.length, sentence: typeof g.sentence === 'number' ? g.sentence : 0 } as ExtractedRecord);
    }
    docs.push({ doc: article.name, text: article.text, published: entry.published, records: records.sort(byStartThenEnd) });
  }
  return docs;
}

describe('HTML report in Chromium (skipped without /usr/bin/chromium)', () => {
  it.runIf(!HAS_CHROMIUM)('needs Chromium', (ctx) => ctx.skip(SKIP_REASON));
});

describe.skipIf(!HAS_CHROMIUM)('HTML report in Chromium', () => {
  let userDataDir: string;
  let context: BrowserContext;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    userDataDir = mkdtempSync(join(tmpdir(), 'tradefacts-report-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
    });
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  /** Opens a report file and records anything that would mean breakage or a network fetch. */
  async function openReport(file: string) {
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('html[data-ready="true"]');
    return { page, errors, requests };
  }

  async function showArticle(page: Page, index: number, name: string) {
    await page.evaluate((i) => (location.hash = `#/doc/${i}`), index);
    await expect.poll(() => page.locator('#doc-title').textContent()).toBe(name);
  }

  async function columnValues(page: Page, key: string): Promise<string[]> {
    return page.locator(`#facts-table tbody td[data-key="${key}"]`).evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value') ?? ''));
  }

  async function visibleFactCount(page: Page): Promise<number> {
    return page.locator('#facts-table tbody tr').count();
  }

  /** Checks header-click sorting on a numeric and a text column, both directions, and Enter on a header. */
  async function checkSorting(page: Page) {
    await page.evaluate(() => (location.hash = '#/facts'));
    await page.locator('#facts-table th[data-key="amount"] button').click();
    await expect.poll(() => page.locator('#facts-table th[data-key="amount"]').getAttribute('aria-sort')).toBe('ascending');
    const ascending = (await columnValues(page, 'amount')).map(Number);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    await page.locator('#facts-table th[data-key="amount"] button').click();
    await expect.poll(() => page.locator('#facts-table th[data-key="amount"]').getAttribute('aria-sort')).toBe('descending');
    const descending = (await columnValues(page, 'amount')).map(Number);
    expect(descending).toEqual([...ascending].sort((a, b) => b - a));

    // keyboard: focus the Reporter header and press Enter
    await page.locator('#facts-table th[data-key="reporter"] button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#facts-table th[data-key="reporter"]').getAttribute('aria-sort')).toBe('ascending');
    const reporters = await columnValues(page, 'reporter');
    const present = reporters.filter((r) => r !== '');
    expect(present).toEqual([...present].sort((a, b) => a.localeCompare(b, 'en', { numeric: true, sensitivity: 'base' })));
    // facts without a reporter come last
    expect(reporters.slice(present.length).every((r) => r === '')).toBe(true);
  }

  /** Checks the filter against the facts it should keep, and that clearing it restores all. */
  async function checkFiltering(page: Page, facts: TradeFactRecord[]) {
    await page.evaluate(() => (location.hash = '#/facts'));
    const term = (facts.find((f) => f.partner)?.partner ?? facts[0].flow).toLowerCase();
    const shownFields = (f: TradeFactRecord) =>
      [f.doc, f.flow, f.reporter, f.partner, f.commodity, groupDigits(f.amount), f.currency, f.qualifier, f.period_from, f.period_to, f.change_pct, f.text]
        .map((v) => String(v ?? '').toLowerCase());
    const expected = facts.filter((f) => shownFields(f).some((v) => v.includes(term))).length;
    await page.locator('#fact-filter').fill(term.toUpperCase());
    await expect.poll(() => visibleFactCount(page)).toBe(expected);
    // evidence is shortened on screen, so compare with the full values the cells carry
    const rows = await page.locator('#facts-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.getAttribute('data-value')).join(' | ').toLowerCase()),
    );
    expect(rows.every((r) => r.includes(term))).toBe(true);
    await expect.poll(() => page.locator('#fact-count').textContent()).toBe(`${expected} of ${facts.length} facts`);

    await page.locator('#fact-filter').fill('no fact says zzqx');
    await expect.poll(() => visibleFactCount(page)).toBe(0);
    await page.locator('#fact-filter').fill('');
    await expect.poll(() => visibleFactCount(page)).toBe(Math.min(facts.length, 500));
  }

  describe('over the output of extract()', () => {
    const articles = [...loadArticles(), HOSTILE];
    const docs: ReportDocument[] = articles.map(({ name, text }) => {
      const { published, records } = extract(text, { doc: name });
      return { doc: name, text, published, records };
    });
    const facts = docs.flatMap((d) => d.records.filter((r): r is TradeFactRecord => r.kind === 'trade_fact'));
    const file = join(ARTIFACTS, 'report.html');
    let page: Page;
    let errors: string[];
    let requests: string[];

    beforeAll(async () => {
      writeFileSync(file, renderReport(docs, { title: 'tradefacts fixtures', generatedAt: '2024-01-01T00:00:00Z' }));
      ({ page, errors, requests } = await openReport(file));
    });

    it('loads without script errors and fetches nothing', () => {
      expect(errors).toEqual([]);
      expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    });

    it('lists every article in the index, and its search narrows the list', async () => {
      await page.evaluate(() => (location.hash = '#/articles'));
      await expect.poll(() => page.locator('#doc-index li').count()).toBe(docs.length);
      const target = docs[0].doc;
      await page.locator('#doc-search').fill(target);
      await expect.poll(() => page.locator('#doc-index li a').allTextContents()).toContain(target);
      const shown = await page.locator('#doc-index li').count();
      expect(shown).toBe(docs.filter((d) => `${d.doc}\n${d.text}`.toLowerCase().includes(target.toLowerCase())).length);
      await page.locator('#doc-search').fill('');
      await expect.poll(() => page.locator('#doc-index li').count()).toBe(docs.length);
    });

    it('highlights every record of every article, with the text intact', async () => {
      for (const [i, d] of docs.entries()) {
        await showArticle(page, i, d.doc);
        const highlights = page.locator('#doc-text .hl');
        await expect.poll(() => highlights.count(), { message: d.doc }).toBe(d.records.length);
        const recs = await highlights.evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute('data-rec'))).sort((a, b) => a - b));
        expect(recs, d.doc).toEqual(d.records.map((_, j) => j));
        // every highlight is keyboard-focusable and named
        expect(await page.locator('#doc-text .hl:not([tabindex="0"]), #doc-text .hl:not([aria-label])').count(), d.doc).toBe(0);
        expect(await page.locator('#doc-text').textContent(), d.doc).toBe(d.text);
        // each record's pieces (its highlight, plus continuations where spans cross) cover exactly its text;
        // pieces of one record are disjoint and in document order, so their texts concatenate to it
        const covered = await page.locator('#doc-text').evaluate((root) => {
          const out: Record<string, string> = {};
          for (const n of root.querySelectorAll('[data-rec]')) {
            const j = n.getAttribute('data-rec')!;
            out[j] = (out[j] ?? '') + n.textContent;
          }
          return out;
        });
        d.records.forEach((r, j) => expect(covered[j] ?? '', `${d.doc} record ${j}`).toBe(r.text));
      }
    });

    it('shows a record’s fields on hover and on keyboard focus', async () => {
      const di = docs.findIndex((d) => d.records.some((r) => r.kind === 'money'));
      expect(di, 'some fixture article has a money record').toBeGreaterThanOrEqual(0);
      const d = docs[di];
      await showArticle(page, di, d.doc);
      const mj = d.records.findIndex((r) => r.kind === 'money');
      const money = d.records[mj] as Extract<ExtractedRecord, { kind: 'money' }>;

      await page.locator(`#rec-${di}-${mj}`).hover();
      const tip = page.locator('#tip');
      await expect.poll(() => tip.isVisible()).toBe(true);
      await expect.poll(() => tip.getAttribute('data-rec')).toBe(String(mj));
      await expect.poll(() => tip.locator('[data-field="amount"]').textContent()).toBe(groupDigits(money.amount));
      await expect.poll(() => tip.locator('[data-field="currency"]').textContent()).toBe(money.currency ?? '—');
      await expect.poll(() => tip.locator('[data-field="text"]').textContent()).toBe(money.text);
      await page.mouse.move(1, 1);
      await expect.poll(() => tip.isVisible()).toBe(false);

      // keyboard: focus one highlight, Tab to the next in document order
      const order = await page.locator('#doc-text .hl').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-rec')));
      await page.locator(`#doc-text .hl[data-rec="${order[0]}"]`).focus();
      await expect.poll(() => tip.isVisible()).toBe(true);
      await expect.poll(() => tip.getAttribute('data-rec')).toBe(order[0]!);
      await expect.poll(() => page.locator(`#doc-text .hl[data-rec="${order[0]}"]`).getAttribute('aria-describedby')).toBe('tip');
      if (order.length > 1) {
        await page.keyboard.press('Tab');
        await expect.poll(() => tip.getAttribute('data-rec')).toBe(order[1]!);
        const fields = Object.keys(d.records[Number(order[1])]).filter((k) => !['doc', 'kind', 'text', 'start', 'end', 'sentence'].includes(k));
        for (const f of fields) await expect.poll(() => tip.locator(`[data-field="${f}"]`).count()).toBe(1);
      }
      await page.keyboard.press('Escape');
      await expect.poll(() => tip.isVisible()).toBe(false);
    });

    it('shows hostile text literally and runs none of it', async () => {
      const hi = docs.length - 1;
      await showArticle(page, hi, HOSTILE.name);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(await page.locator('#doc-text').textContent()).toBe(HOSTILE.text);
      expect(await page.locator('#doc-view img, #doc-view b, #doc-view i, #doc-view script').count()).toBe(0);
      await page.evaluate(() => (location.hash = '#/articles'));
      await expect.poll(() => page.locator('#doc-index li a').last().textContent()).toBe(HOSTILE.name);
      expect(await page.locator('#doc-index img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    });

    it('sorts the trade-fact table by a header click and by Enter', async (ctx) => {
      if (!facts.length) ctx.skip('extract() returned no trade_fact records for the fixtures yet; sorting is still checked on the gold-fact report below');
      await expect.poll(() => page.locator('#facts-table tbody tr').count()).toBe(Math.min(facts.length, 500));
      await checkSorting(page);
    });

    it('filters the trade-fact table', async (ctx) => {
      if (!facts.length) ctx.skip('extract() returned no trade_fact records for the fixtures yet; filtering is still checked on the gold-fact report below');
      await checkFiltering(page, facts);
    });

    it('fits a phone screen without sideways scrolling', async () => {
      const di = docs.reduce((best, d, i) => (d.records.length > docs[best].records.length ? i : best), 0);
      await page.setViewportSize({ width: 375, height: 740 });
      for (const hash of ['#/', `#/doc/${di}`]) {
        await page.evaluate((h) => (location.hash = h), hash);
        await page.waitForTimeout(50);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, hash).toBeLessThanOrEqual(0);
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    it('writes a screenshot to tests/artifacts/report.png', async () => {
      const di = docs.reduce((best, d, i) => (d.records.length > docs[best].records.length ? i : best), 0);
      await showArticle(page, di, docs[di].doc);
      const first = page.locator('#doc-text .hl:not(.k-trade_fact)').first();
      if (await first.count()) await first.hover();
      const out = join(ARTIFACTS, 'report.png');
      await page.screenshot({ path: out, fullPage: true });
      expect(readFileSync(out).subarray(1, 4).toString()).toBe('PNG');
      expect(errors).toEqual([]);
    });
  });

  it('renders crossing, nested, identical and empty spans with one highlight per record', async () => {
    const doc = 'crossing.txt';
    const text = 'Exports to Russia rose 12% to $47.97 billion in 2018.';
    const span = (start: number, end: number, name: string): ExtractedRecord => ({ doc, kind: 'organization', text: text.slice(start, end), start, end, sentence: 0, name });
    const records: ExtractedRecord[] = [
      { doc, kind: 'trade_fact', text, start: 0, end: text.length, sentence: 0, flow: 'export', reporter: null, partner: 'Russia', commodity: null, amount: 47.97e9, currency: 'USD', qualifier: null, period_from: '2018-01-01', period_to: '2018-12-31', change_pct: 12, forecast: false },
      span(11, 26, 'crosses the next'),
      span(18, 44, 'crosses the previous'),
      span(18, 44, 'same span again'),
      span(30, 30, 'empty'),
    ];
    const file = join(ARTIFACTS, 'report-crossing.html');
    writeFileSync(file, renderReport([{ doc, text, published: null, records }]));
    const { page, errors } = await openReport(file);
    await showArticle(page, 0, doc);
    await expect.poll(() => page.locator('#doc-text .hl').count()).toBe(records.length);
    expect(await page.locator('#doc-text').textContent()).toBe(text);
    const pieces = await page.locator('#doc-text [data-rec]').evaluateAll((nodes) =>
      nodes.reduce<Record<string, string>>((out, n) => ({ ...out, [n.getAttribute('data-rec')!]: (out[n.getAttribute('data-rec')!] ?? '') + n.textContent }), {}),
    );
    records.forEach((r, j) => expect(pieces[j], `record ${j}`).toBe(r.text));
    expect(await page.locator('#doc-text .hl-cont').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  describe('over the hand-checked gold records (trade facts, nested spans)', () => {
    const docs = goldDocuments(loadArticles());
    const facts = docs.flatMap((d) => d.records.filter((r): r is TradeFactRecord => r.kind === 'trade_fact'));
    const file = join(ARTIFACTS, 'report-gold.html');
    let page: Page;
    let errors: string[];

    beforeAll(async () => {
      if (!facts.length) return;
      writeFileSync(file, renderReport(docs, { title: 'gold' }));
      ({ page, errors } = await openReport(file));
    });

    it('has gold trade facts to show', (ctx) => {
      if (!docs.length) ctx.skip('fixtures/expected.gold.json is missing, so there is no gold report to check');
      expect(facts.length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });

    it('sorts and filters the trade-fact table', async (ctx) => {
      if (!facts.length) ctx.skip('no gold trade facts');
      await expect.poll(() => page.locator('#facts-table tbody tr').count()).toBe(Math.min(facts.length, 500));
      await checkSorting(page);
      await checkFiltering(page, facts);
    });

    it('charts the facts that have a period: a chart per currency, a mark per fact of the drawn series', async (ctx) => {
      if (!facts.length) ctx.skip('no gold trade facts');
      await page.evaluate(() => (location.hash = '#/chart'));
      const currencyOf = (f: TradeFactRecord) => f.currency ?? 'currency not stated';
      const dated = facts.filter((f) => f.period_to || f.period_from);
      const perCurrency = new Map<string, TradeFactRecord[]>();
      for (const f of dated) perCurrency.set(currencyOf(f), [...(perCurrency.get(currencyOf(f)) ?? []), f]);
      // the most frequent currencies get charts; in each, the largest series (flow, reporter, partner) are drawn
      const charted = [...perCurrency.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])).slice(0, MAX_CURRENCY_CHARTS);
      await expect.poll(() => page.locator('#chart figure figcaption').allTextContents()).toEqual(
        charted.map(([c, fs]) => `${c}: ${fs.length} ${fs.length === 1 ? 'fact' : 'facts'}`),
      );
      let drawn = 0;
      for (const [, inCurrency] of charted) {
        const sizes = new Map<string, number>();
        for (const f of inCurrency) {
          const key = JSON.stringify([f.flow, f.reporter, f.partner]);
          sizes.set(key, (sizes.get(key) ?? 0) + 1);
        }
        drawn += [...sizes.values()].sort((a, b) => b - a).slice(0, MAX_SERIES_PER_CHART).reduce((a, b) => a + b, 0);
      }
      await expect.poll(() => page.locator('#chart svg .mark').count()).toBe(drawn);
      const chartText = (await page.locator('#chart').textContent()) ?? '';
      if (drawn < dated.length) expect(chartText).toMatch(/not drawn|not charted/);
      if (dated.length < facts.length) expect(chartText).toContain(`${facts.length - dated.length} fact`);

      // a mark links to its fact's evidence
      const mark = page.locator('#chart svg .mark').first();
      const href = (await mark.getAttribute('href'))!;
      expect(href).toMatch(/^#\/doc\/\d+\/r\/\d+$/);
      await mark.click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
      const [, di, j] = /(\d+)\/r\/(\d+)/.exec(href)!;
      await expect.poll(() => page.locator(`#rec-${di}-${j}`).evaluate((n) => n === document.activeElement)).toBe(true);
      expect(docs[Number(di)].records[Number(j)].kind).toBe('trade_fact');
    });

    it('links each fact of an article to its evidence, and nests mentions inside it', async (ctx) => {
      if (!facts.length) ctx.skip('no gold trade facts');
      const di = docs.findIndex((d) => d.records.some((r) => r.kind === 'trade_fact'));
      const d = docs[di];
      await showArticle(page, di, d.doc);
      const factIndexes = d.records.flatMap((r, j) => (r.kind === 'trade_fact' ? [j] : []));
      await expect.poll(() => page.locator('.doc-facts-table tbody tr').count()).toBe(factIndexes.length);
      await expect.poll(() => page.locator('#doc-text .hl').count()).toBe(d.records.length);

      const j = factIndexes[factIndexes.length - 1];
      await page.locator(`.doc-facts-table tbody tr[data-rec="${j}"] a`).click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/doc/${di}/r/${j}`);
      const evidence = page.locator(`#rec-${di}-${j}`);
      await expect.poll(() => evidence.evaluate((n) => n === document.activeElement)).toBe(true);
      await expect.poll(() => evidence.getAttribute('class')).toMatch(/target/);
      expect(await page.evaluate((id) => document.getElementById(id)!.textContent, `rec-${di}-${j}`)).toContain(d.records[j].text.slice(0, 40));

      // a mention inside a fact sentence is its own highlight, and hovering it shows the mention, not the fact
      const nested = await page.locator('#doc-text .k-trade_fact .hl').first();
      if (await nested.count()) {
        await nested.hover();
        const rec = d.records[Number(await nested.getAttribute('data-rec'))];
        await expect.poll(() => page.locator('#tip .kind').textContent()).toBe(rec.kind === 'trade_fact' ? 'trade fact' : rec.kind);
      }
      await page.screenshot({ path: join(ARTIFACTS, 'report-gold.png'), fullPage: true });
    });
  });
});
