#!/usr/bin/env node
// Renders the HTML report over fixtures/*.txt with the built library (run `npm run build`
// first) and saves docs/report.png, the screenshot the README shows: one article with its
// highlighted records, a record's fields in the hover card, and the article's trade facts.
//
//   node scripts/report-screenshot.mjs [--html FILE]   (--html also keeps the report itself)
//
// Needs Debian's Chromium at /usr/bin/chromium (or CHROMIUM=/path); never downloads a browser.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const OUT = join(ROOT, 'docs', 'report.png');

function fail(message) {
  console.error(`report-screenshot: ${message}`);
  process.exit(1);
}

const htmlArg = process.argv.indexOf('--html');
const keepHtml = htmlArg !== -1 ? resolve(process.argv[htmlArg + 1] ?? fail('--html needs a file name')) : null;
if (!existsSync(join(ROOT, 'dist', 'output', 'report.js'))) fail('dist/ is missing or stale: run `npm run build` first');
if (!existsSync(CHROMIUM)) fail(`${CHROMIUM} not found: apt-get install -y chromium (or set CHROMIUM=/path/to/chromium)`);

const { extract } = await import(pathToFileURL(join(ROOT, 'dist', 'index.js')).href);
const { renderReport } = await import(pathToFileURL(join(ROOT, 'dist', 'output', 'report.js')).href);
const { decodeDocument } = await import(pathToFileURL(join(ROOT, 'dist', 'text', 'decode.js')).href);
const { chromium } = await import('playwright-core');

const fixtures = join(ROOT, 'fixtures');
const names = readdirSync(fixtures).filter((n) => n.endsWith('.txt')).sort();
if (!names.length) fail('no fixtures/*.txt to report on');
const docs = names.map((name) => {
  const text = decodeDocument(readFileSync(join(fixtures, name))).text;
  const { published, records } = extract(text, { doc: name });
  return { doc: name, text, published, records };
});

const work = mkdtempSync(join(tmpdir(), 'tradefacts-screenshot-'));
const htmlFile = keepHtml ?? join(work, 'report.html');
// no generatedAt: the screenshot should not change from run to run
writeFileSync(htmlFile, renderReport(docs, { title: 'tradefacts report: fixtures' }));

const context = await chromium.launchPersistentContext(join(work, 'profile'), {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 860 },
});
try {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(pathToFileURL(htmlFile).href);
  await page.waitForSelector('html[data-ready="true"]');

  // the article with the most trade facts shows the most of what the report does
  const factCount = (d) => d.records.filter((r) => r.kind === 'trade_fact').length;
  const shown = docs.reduce((best, d, i) => (factCount(d) > factCount(docs[best]) || (factCount(d) === factCount(docs[best]) && d.records.length > docs[best].records.length) ? i : best), 0);
  await page.evaluate((i) => (location.hash = `#/doc/${i}`), shown);
  await page.waitForSelector('#doc-text .hl');
  await page.evaluate(() => window.scrollTo(0, 0));
  // a money mention inside a fact sentence, so the card shows a mention nested in its evidence
  const money = page.locator('#doc-text .k-trade_fact .hl.k-money, #doc-text .hl.k-money').first();
  if (await money.count()) await money.hover();
  mkdirSync(dirname(OUT), { recursive: true });
  await page.screenshot({ path: OUT });
  if (errors.length) fail(`the page reported errors: ${errors.join('; ')}`);
  console.log(`wrote ${OUT} (${docs[shown].doc}, ${docs.length} articles)${keepHtml ? ` and ${keepHtml}` : ''}`);
} finally {
  await context.close();
  rmSync(work, { recursive: true, force: true });
}
