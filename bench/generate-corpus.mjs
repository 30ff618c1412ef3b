#!/usr/bin/env node
// Deterministic generator of ~3 KB trade-news articles for the benchmark.
//
//   node bench/generate-corpus.mjs --out DIR --articles N --seed S
//   node bench/generate-corpus.mjs --out DIR --single-file-mb 50 --seed S
//
// Article i depends only on (seed, i), so a corpus of 5N articles starts with
// the N articles of the smaller one, and the same seed always gives the same bytes.
// Each output directory gets a manifest.json that run.mjs uses to reuse it.
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as W from './corpus-words.mjs';

/** mulberry32: tiny, fast, and good enough for picking words. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Random helpers bound to one article's PRNG. */
function makeDice(rand) {
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const chance = (p) => rand() < p;
  const weighted = (pairs) => {
    let r = rand() * pairs.reduce((s, [w]) => s + w, 0);
    for (const [w, v] of pairs) if ((r -= w) < 0) return v;
    return pairs[pairs.length - 1][1];
  };
  return { int, pick, chance, weighted };
}

const fill = (pattern, vars) => pattern.replace(/\{(\w+)\}/g, (_, k) => vars[k]);
const thousands = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const capitalise = (s) => s[0].toUpperCase() + s.slice(1);

/** One article as a string; pure function of (seed, index). */
export function generateArticle(seed, index) {
  const d = makeDice(mulberry32(fnv1a(`${seed}:${index}`)));
  const { int, pick, chance, weighted } = d;

  const year = int(2012, 2024);
  const pubMonth = int(3, 11); // late enough for "the first N months of this year"
  const pubDay = int(1, 28);
  const home = chance(0.7) ? W.COUNTRIES[0] : pick(W.COUNTRIES.slice(1));
  const partner = pick(W.COUNTRIES.filter((c) => c !== home));
  const homeRegion = W.REGIONS[home.name] ? pick(W.REGIONS[home.name]) : null;
  const partnerRegion = W.REGIONS[partner.name] ? pick(W.REGIONS[partner.name]) : null;
  const city = pick(W.CITIES);
  const sector = pick(W.SECTORS);

  const org = () =>
    fill(pick(W.ORG_PATTERNS), {
      A: home.name, B: partner.name, AdjA: home.adj, AdjB: partner.adj, Sector: pick(W.SECTORS),
      Region: homeRegion ?? home.name, City: pick(W.CITIES),
    });
  const orgs = [org(), org()];
  const person = (c) => `${pick(c.given)} ${pick(c.family)}`;

  // --- numbers, money, percentages, periods ---
  const decimal = (lo, hi) => {
    const places = weighted([[3, 0], [4, 1], [3, 2]]);
    return (lo + d.int(0, 1e6) / 1e6 * (hi - lo)).toFixed(places).replace(/\.0+$/, '');
  };
  const currency = () => weighted([[60, 'USD'], [25, 'CNY'], [8, 'RUB'], [7, 'EUR']]);
  const money = (cur = currency()) => {
    const billion = chance(0.6);
    const v = billion ? decimal(0.3, 320) : decimal(5, 980);
    const scale = billion ? 'billion' : 'million';
    const short = billion ? 'bn' : 'm';
    const forms = {
      USD: [`${v} ${scale} US dollars`, `${v} ${scale} U.S. dollars`, `$${v}${short}`, `$ ${v} ${scale}`, `US$${v} ${scale}`, `USD ${v} ${scale}`, `${v} ${scale} dollars`, `$${v} ${scale}`],
      CNY: [`RMB ${v} ${scale}`, `${v} ${scale} yuan`, `CNY ${v} ${scale}`, `${v} ${scale} renminbi`, `${v} ${scale} yuan (about $${decimal(0.1, 40)} ${scale})`],
      RUB: [`${v} ${scale} rubles`, `${v} ${scale} roubles`, `RUB ${v} ${scale}`],
      EUR: [`€${v} ${scale}`, `${v} ${scale} euros`, `EUR ${v} ${scale}`],
    };
    return pick(forms[cur]);
  };
  const qualified = () => (chance(0.35) ? `${pick(W.QUALIFIERS)} ${money()}` : money());
  const pct = () => {
    const v = decimal(0.2, 99);
    return weighted([[6, `${v}%`], [3, `${v} percent`], [1, `${v} per cent`]]);
  };
  const change = () =>
    chance(0.7)
      ? pick([`a year-on-year increase of ${pct()}`, `up ${pct()} year on year`, `an increase of ${pct()} over the same period last year`, `rising ${pct()} from a year earlier`, `a growth of ${pct()}`])
      : pick([`a year-on-year decrease of ${pct()}`, `down ${pct()} year on year`, `a drop of ${pct()} from a year earlier`, `falling ${pct()}`]);
  const month = (from = 0, to = 11) => W.MONTHS[int(from, to)];
  const period = () => {
    const y = year - int(0, 2);
    const m1 = int(0, 5);
    const m2 = int(m1 + 1, 11);
    return pick([
      `the first ${W.COUNT_WORDS[int(0, Math.max(0, pubMonth - 3))]} months of this year`,
      `the first quarter of ${y}`,
      `Q${int(1, 4)} ${y}`,
      `${W.MONTHS[m1]}-${W.MONTHS[m2]} ${y}`,
      `the first half of ${y}`,
      `H1 ${y}`,
      `the first three quarters of ${y}`,
      `${year - 1}`,
      'last year',
      `${month()} ${y}`,
      `the ${pick(W.ORDINAL_WORDS)} quarter of last year`,
    ]);
  };

  // --- sentences ---
  const A = home.name;
  const B = partner.name;
  const where = homeRegion ?? A;
  const factSentences = [
    () => `${chance(0.5) ? `According to the statistics of the ${orgs[0]}, in` : 'In'} ${period()}, ${A} exported ${qualified()} of ${pick(W.COMMODITIES)} to ${B}, ${change()}.`,
    () => `The ${home.adj} side imported ${money()} of ${pick(W.COMMODITIES)} from ${B} in the same period, ${change()}.`,
    () => `Bilateral trade between ${A} and ${B} reached ${qualified()} in ${period()}, ${change()}.`,
    () => `In ${period()}, the total import and export value of ${where}'s goods trade with ${B} hit ${money()}.`,
    () => `${B}'s exports of ${pick(W.COMMODITIES)} to ${A} ${pick(['rose', 'climbed', 'jumped', 'fell', 'slipped'])} ${pct()} to ${money()} in ${period()}.`,
    () => `Trade volume of the two countries ${pick(['neared', 'exceeded', 'stood at', 'topped'])} ${money()} in ${year - 1}.`,
    () => `Officials expect bilateral trade to exceed ${money('USD')} for the whole year, and the two sides aim to reach ${money('USD')} by ${year + int(2, 6)}.`,
    () => `${capitalise(home.adj)} direct investment in ${B} amounted to ${qualified()} by the end of ${period()}, with ${thousands(int(12, 1800))} ${home.adj} companies operating there.`,
    () => `From ${month(0, 3)} to ${month(4, 10)}, ${where} imported ${pick(W.COMMODITIES)} worth ${money()} from ${partnerRegion ?? B}, accounting for ${pct()} of the total.`,
    () => `Customs data showed that ${pick(W.COMMODITIES)} made up ${pct()} of ${A}'s shipments to ${B} in ${period()}, compared with ${pct()} a year earlier.`,
    () => `The ${orgs[1]} said ${where}'s exports to ${B} grew by ${pick(['one third', 'a quarter', 'half', pct()])} to ${money()} in ${period()}.`,
  ];
  const saying = () =>
    pick([
      'the province will build new bonded warehouses at the border crossing',
      'customs clearance for perishable goods will be cut to less than a day',
      `more ${partner.adj} firms are ready to open processing plants in ${city}`,
      `the new rail freight route through ${city} has halved delivery times`,
      `cooperation in the ${sector.toLowerCase()} sector is only beginning to show its potential`,
      'settlement in national currencies is helping small exporters',
    ]);
  const quote = () =>
    pick([
      `Our regions have every reason to expand cooperation in the ${sector.toLowerCase()} sector and in logistics`,
      'Trade between our countries has shown remarkable resilience this year',
      'We want the border to be a bridge for business rather than a barrier',
      `Companies from ${B} are welcome to take part in the next ${pick(W.EVENTS)}`,
    ]);
  const officialSentences = [
    () => `"${quote()}," ${home.adj} ${pick(W.NATIONAL_TITLES)} ${person(home)} said.`,
    () => `"${quote()}," said ${partner.adj} ${pick(W.NATIONAL_TITLES)} ${person(partner)}.`,
    () => `${person(home)}, ${pick(W.REGIONAL_TITLES)} of ${homeRegion ?? orgs[0]}, said that ${saying()}.`,
    () => `${homeRegion ? homeRegion.replace(/ (Province|Municipality|Territory|Region)$/, '') : A} Governor ${person(home)} told the ${pick(W.EVENTS)} that ${saying()}.`,
    () => `${person(partner)}, ${pick(W.REGIONAL_TITLES)} of the ${orgs[1]}, noted that ${saying()}.`,
  ];
  const fillerSentences = [
    () => `The ${pick(W.ORDINAL_WORDS)} ${A}-${B} ${pick(W.EVENTS)} opened in ${city} on ${month()} ${int(1, 28)}, ${year}.`,
    () => `More than ${thousands(int(40, 2400))} companies from ${int(3, 30)} regions took part, covering ${pick(W.SECTORS).toLowerCase()}, ${pick(W.SECTORS).toLowerCase()} and ${pick(W.COMMODITIES)}.`,
    () => `The ${orgs[int(0, 1)]} was set up in ${year - int(3, 15)} to help small exporters find buyers across the border.`,
    () => 'Experts say the two economies are highly complementary, with raw materials flowing one way and manufactured goods the other.',
    () => `Freight traffic has grown since the new bridge near ${city} opened on ${month()} ${int(1, 28)}.`,
    () => `Analysts expect demand for ${pick(W.COMMODITIES)} to stay firm as new routes cut delivery times.`,
    () => `A number of agreements worth a combined ${money()} were signed at the end of the forum.`,
  ];

  const paragraph = () => {
    const n = int(2, 5);
    const out = [];
    // Half the sentences carry a trade fact, as in real customs news.
    for (let i = 0; i < n; i++) out.push(pick(weighted([[5, factSentences], [2, officialSentences], [3, fillerSentences]]))());
    return out.join(' ');
  };

  const monthAbbr = W.MONTHS[pubMonth - 1].slice(0, 3);
  const mm = String(pubMonth).padStart(2, '0');
  const dd = String(pubDay).padStart(2, '0');
  const title = pick([
    `${A} And ${B} Expand ${sector} Trade`,
    `${where} reports strong growth in trade with ${B}`,
    `${A}-${B} trade hits new high as ${sector.toLowerCase()} exports rise`,
    `${capitalise(partner.adj)} buyers turn to ${home.adj} ${pick(W.COMMODITIES)}`,
  ]);
  const dateline = pick([`- ${monthAbbr} ${pubDay}, ${year}-`, `Updated : ${year}-${mm}-${dd}\nBy ( ${pick(W.SOURCES)} )`, `${W.MONTHS[pubMonth - 1]} ${pubDay}, ${year}`]);

  const target = int(2400, 3200); // the last paragraph overshoots: ~3.1 KB on average
  const parts = [title, dateline];
  let length = title.length + dateline.length;
  while (length < target) {
    const p = paragraph();
    parts.push(p);
    length += p.length + 2;
  }
  return parts.join('\n\n') + '\n';
}

// --- writing corpora ---

const here = fileURLToPath(new URL('.', import.meta.url));

/** Hash of the generator's sources: a cached corpus is stale when this changes. */
export function generatorVersion() {
  const h = createHash('sha256');
  for (const f of ['generate-corpus.mjs', 'corpus-words.mjs']) h.update(readFileSync(join(here, f)));
  return h.digest('hex').slice(0, 16);
}

/** N articles as DIR/article-00000.txt ... plus DIR/manifest.json. */
export function writeCorpus({ out, articles, seed }) {
  mkdirSync(out, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < articles; i++) {
    const text = generateArticle(seed, i);
    writeFileSync(join(out, `article-${String(i).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  const manifest = { kind: 'directory', seed, articles, bytes, version: generatorVersion() };
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/** Articles joined by blank lines into DIR/all.txt until it holds `mb` * 10^6 bytes. */
export function writeSingleFile({ out, mb, seed }) {
  mkdirSync(out, { recursive: true });
  const fd = openSync(join(out, 'all.txt'), 'w');
  let bytes = 0;
  let articles = 0;
  try {
    // Streamed article by article so generating 50 MB needs no 50 MB string.
    while (bytes < mb * 1e6) {
      const text = (articles ? '\n\n' : '') + generateArticle(seed, articles++);
      bytes += writeSync(fd, text);
    }
  } finally {
    closeSync(fd);
  }
  const manifest = { kind: 'single-file', file: 'all.txt', seed, mb, articles, bytes, version: generatorVersion() };
  writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      articles: { type: 'string', default: '200' },
      seed: { type: 'string', default: '1' },
      'single-file-mb': { type: 'string' },
    },
  });
  const seed = Number(values.seed);
  if (values['single-file-mb']) {
    const mb = Number(values['single-file-mb']);
    const out = values.out ?? join(here, 'corpus', `single-${mb}mb-seed${seed}`);
    console.log(JSON.stringify({ out, ...writeSingleFile({ out, mb, seed }) }));
  } else {
    const articles = Number(values.articles);
    const out = values.out ?? join(here, 'corpus', `seed${seed}-n${articles}`);
    console.log(JSON.stringify({ out, ...writeCorpus({ out, articles, seed }) }));
  }
}
