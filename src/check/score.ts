import type { GoldFile, RecordKind } from '../schema/index.js';
import { RECORD_KINDS } from '../schema/kinds.js';

/**
 * Scores records against a gold file by the rules of the contract (the same as
 * ../shared/tools/score.mjs): spans for money/percent/date, names per document for
 * organisations and officials, flow+amount+currency (and parties, period, change) for facts.
 */
type Rec = Record<string, unknown> & { kind: string; text?: string; start?: number; end?: number };

export interface Prf {
  p: number;
  r: number;
  f1: number;
}

export interface KindScore {
  gold: number;
  pred: number;
  found: Prf;
  correct: Prf;
  misses: Rec[];
  extras: Rec[];
}

export type ScoreReport = Record<RecordKind, KindScore> & { overall: Prf };

const SPAN_KINDS = new Set(['money', 'percent', 'date']);

export function normName(s: unknown): string {
  if (s == null) return '';
  return String(s)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

function nameMatch(a: unknown, b: unknown): boolean {
  const x = normName(a);
  const y = normName(b);
  if (!x || !y) return x === y;
  return x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}

const num = (v: unknown) => (typeof v === 'number' ? v : null);
const near = (a: unknown, b: unknown, rel: number) => {
  const x = num(a);
  const y = num(b);
  return x != null && y != null && Math.abs(x - y) <= rel * Math.max(Math.abs(x), Math.abs(y));
};
const sameNull = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

const valueEqual: Record<string, (g: Rec, p: Rec) => boolean> = {
  money: (g, p) => near(g.amount, p.amount, 0.005) && sameNull(g.currency, p.currency),
  percent: (g, p) => num(g.value) != null && num(p.value) != null && Math.abs(num(g.value)! - num(p.value)!) <= 1e-6,
  date: (g, p) => sameNull(g.from, p.from) && sameNull(g.to, p.to),
};

/** Gold mentions without offsets are placed at the next occurrence of their text not yet covered. */
function locateGold(text: string, records: Rec[], warn: (m: string) => void, docName: string): void {
  const placed: Rec[] = [];
  const nextFrom = new Map<string, number>();
  for (const r of records) {
    if (!SPAN_KINDS.has(r.kind)) continue;
    if (r.start != null && r.end != null) {
      placed.push(r);
      continue;
    }
    if (!r.text) continue;
    let at = text.indexOf(r.text, nextFrom.get(r.text) ?? 0);
    while (at >= 0 && placed.some((q) => q.kind === r.kind && at < q.end! && at + r.text!.length > q.start!)) at = text.indexOf(r.text, at + 1);
    if (at < 0) {
      warn(`gold text not found in ${docName}: ${JSON.stringify(r.text)}`);
      continue;
    }
    r.start = at;
    r.end = at + r.text.length;
    nextFrom.set(r.text, at + 1);
    placed.push(r);
  }
}

const overlap = (a: Rec, b: Rec) => Math.max(0, Math.min(a.end!, b.end!) - Math.max(a.start!, b.start!));

function matchGreedy(gold: Rec[], pred: Rec[], score: (g: Rec, p: Rec) => number): Array<[Rec, Rec]> {
  const pairs: Array<[number, number, number]> = [];
  for (let gi = 0; gi < gold.length; gi++)
    for (let pi = 0; pi < pred.length; pi++) {
      const s = score(gold[gi], pred[pi]);
      if (s > 0) pairs.push([s, gi, pi]);
    }
  pairs.sort((a, b) => b[0] - a[0]);
  const gUsed = new Set<number>();
  const pUsed = new Set<number>();
  const out: Array<[Rec, Rec]> = [];
  for (const [, gi, pi] of pairs) {
    if (gUsed.has(gi) || pUsed.has(pi)) continue;
    gUsed.add(gi);
    pUsed.add(pi);
    out.push([gold[gi], pred[pi]]);
  }
  return out;
}

function uniqueByName(records: Rec[]): Rec[] {
  const m = new Map<string, Rec>();
  for (const r of records) {
    const k = normName(r.name ?? r.text);
    if (k && !m.has(k)) m.set(k, r);
  }
  return [...m.values()];
}

const officialCorrect = (g: Rec, p: Rec) => nameMatch(g.name, p.name) && (g.title == null || (p.title != null && nameMatch(g.title, p.title)));
const factFound = (g: Rec, p: Rec) => g.flow === p.flow && near(g.amount, p.amount, 0.005) && sameNull(g.currency, p.currency);
function factCorrect(g: Rec, p: Rec): boolean {
  const party = (a: unknown, b: unknown) => (a == null || b == null ? a == b : nameMatch(a, b));
  const change =
    g.change_pct == null ? p.change_pct == null : p.change_pct != null && Math.abs(num(g.change_pct)! - num(p.change_pct)!) <= 0.05;
  return (
    factFound(g, p) && party(g.reporter, p.reporter) && party(g.partner, p.partner) &&
    sameNull(g.period_from, p.period_from) && sameNull(g.period_to, p.period_to) && change
  );
}

function scoreKind(kind: string, gold: Rec[], pred: Rec[]) {
  if (kind in valueEqual) {
    const eq = valueEqual[kind];
    const pairs = matchGreedy(gold.filter((r) => r.start != null), pred, (g, p) => {
      const o = overlap(g, p);
      return o > 0 ? (eq(g, p) ? 1e6 : 0) + o : 0;
    });
    return { pairs, correct: pairs.filter(([g, p]) => eq(g, p)), gold, pred };
  }
  if (kind === 'organization' || kind === 'official') {
    const g = uniqueByName(gold);
    const p = uniqueByName(pred);
    const pairs = matchGreedy(g, p, (a, b) => (normName(a.name) === normName(b.name) ? 2 : nameMatch(a.name, b.name) ? 1 : 0));
    const ok = kind === 'official' ? officialCorrect : (a: Rec, b: Rec) => normName(a.name) === normName(b.name);
    return { pairs, correct: pairs.filter(([a, b]) => ok(a, b)), gold: g, pred: p };
  }
  const pairs = matchGreedy(gold, pred, (g, p) => (factCorrect(g, p) ? 2 : factFound(g, p) ? 1 : 0));
  return { pairs, correct: pairs.filter(([g, p]) => factCorrect(g, p)), gold, pred };
}

const prf = (hit: number, nPred: number, nGold: number): Prf => {
  const p = nPred ? hit / nPred : nGold ? 0 : 1;
  const r = nGold ? hit / nGold : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

export interface ScoreInput {
  gold: GoldFile;
  /** Document text by file name (the last path segment), BOM removed. */
  texts: Map<string, string>;
  predictions: Rec[];
  kinds?: readonly RecordKind[];
  warn?: (message: string) => void;
}

const baseName = (p: string) => p.split(/[\\/]/).pop()!;

export function scoreRecords({ gold, texts, predictions, kinds = RECORD_KINDS, warn = () => {} }: ScoreInput): ScoreReport {
  const byDoc = new Map<string, Rec[]>();
  for (const r of predictions) {
    const name = baseName(String(r.doc));
    if (!byDoc.has(name)) byDoc.set(name, []);
    byDoc.get(name)!.push(r);
  }
  const totals = new Map(kinds.map((k) => [k, { gold: 0, pred: 0, found: 0, correct: 0, misses: [] as Rec[], extras: [] as Rec[] }]));
  for (const [name, g] of Object.entries(gold.docs)) {
    const text = texts.get(name);
    if (text === undefined) {
      warn(`no text for gold document ${name}`);
      continue;
    }
    const goldRecs = g.records.map((r) => ({ ...r }) as Rec);
    locateGold(text, goldRecs, warn, name);
    const preds = byDoc.get(name) ?? [];
    for (const kind of kinds) {
      const res = scoreKind(kind, goldRecs.filter((r) => r.kind === kind), preds.filter((r) => r.kind === kind));
      const t = totals.get(kind)!;
      t.gold += res.gold.length;
      t.pred += res.pred.length;
      t.found += res.pairs.length;
      t.correct += res.correct.length;
      const okG = new Set(res.correct.map(([x]) => x));
      const okP = new Set(res.correct.map(([, y]) => y));
      for (const x of res.gold) if (!okG.has(x)) t.misses.push({ doc: name, ...x });
      for (const y of res.pred) if (!okP.has(y)) t.extras.push({ doc: name, ...y });
    }
  }
  const out = {} as ScoreReport;
  let G = 0;
  let P = 0;
  let C = 0;
  for (const k of kinds) {
    const t = totals.get(k)!;
    out[k] = { gold: t.gold, pred: t.pred, found: prf(t.found, t.pred, t.gold), correct: prf(t.correct, t.pred, t.gold), misses: t.misses, extras: t.extras };
    G += t.gold;
    P += t.pred;
    C += t.correct;
  }
  out.overall = prf(C, P, G);
  return out;
}
