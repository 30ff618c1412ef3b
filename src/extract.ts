import type { ExtractedRecord, RecordKind } from './schema/index.js';
import { RECORD_KINDS } from './schema/kinds.js';
import { findPublicationDate } from './text/published.js';
import { parseIso, toIso, type Ymd } from './text/calendar.js';
import { sentenceAt, splitSentences } from './text/sentences.js';
import { overlapsAny } from './text/ranges.js';
import { detachedCopy, escapeRegExp } from './text/strings.js';
import { TITLE_WORDS } from './lexicon/titles.js';
import { findMoney, moneyContext } from './mentions/money/find.js';
import { findPercent } from './mentions/percent/find.js';
import { findDateCandidates, resolveDates, type DateCandidate } from './mentions/date/find.js';
import { findOrganizations, resolveAcronyms } from './mentions/organization/find.js';
import { findOfficials } from './mentions/official/find.js';
import { assembleTradeFacts, type TradeFactDraft } from './facts/assemble.js';
import { overlaps, type TextWindow, type Mention, type MoneyMention, type PercentMention, type OrganizationMention, type OfficialMention } from './mentions/types.js';

export interface ExtractOptions {
  /** ISO date that relative dates resolve against; else the article's own publication date. */
  referenceDate?: string | null;
  /** The `doc` field of every record. */
  doc?: string;
  /** Only these kinds are returned (all by default). */
  kinds?: readonly RecordKind[];
  /** Look for a dateline at the top of the text (off for the later segments of a huge file). */
  detectPublished?: boolean;
}

export interface ExtractResult {
  published: string | null;
  records: ExtractedRecord[];
  /** The rule behind each record, index-aligned with records (for --explain). */
  rules: string[];
  /** How many sentences the text has (records' `sentence` is below it). */
  sentenceCount: number;
}

// Cheap per-sentence tests that decide which recognisers a sentence is worth.
const HAS_DIGIT = /\d/;
const HAS_CAPITAL = /\p{Lu}/u;
// every title word without its first letter, so "Minister" and "minister" both pass; built from the title lexicon so the two never drift apart
const HAS_TITLE_HINT = new RegExp(
  [...new Set(TITLE_WORDS.flatMap((t) => t.split(/[ -]/)).filter((w) => w.length > 3).map((w) => w.slice(1)))].map(escapeRegExp).join('|') + '|CEO',
);

/**
 * The pure pipeline: one document's text → its records, sorted by start.
 * No file system, console or clock: the reference date is passed in or read from the text.
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  const doc = options.doc ?? '-';
  const kinds = new Set(options.kinds ?? RECORD_KINDS);
  const published = options.detectPublished === false ? null : findPublicationDate(text);
  const reference: Ymd | null = (options.referenceDate ? parseIso(options.referenceDate) : null) ?? published?.date ?? null;
  const sentences = splitSentences(text);
  // each recogniser runs only when its kind, or trade facts built on it, were asked for
  const wants = (k: RecordKind) => kinds.has(k) || (kinds.has('trade_fact') && k !== 'official');
  const [wantMoney, wantPercent, wantDate, wantOrg, wantOfficial] = (['money', 'percent', 'date', 'organization', 'official'] as const).map(wants);

  const currencyContext = moneyContext(text);
  const money: MoneyMention[] = [];
  const percents: PercentMention[] = [];
  const dateCandidates: DateCandidate[] = [];
  let orgs: OrganizationMention[] = [];
  const officials: OfficialMention[] = [];
  for (const s of sentences) {
    const win: TextWindow = { text: text.slice(s.start, s.end), offset: s.start, tokens: undefined };
    const sentenceAmounts: Array<MoneyMention | PercentMention> = [];
    if (HAS_DIGIT.test(win.text)) {
      // amounts are found even when only dates are wanted: they keep "2019 billion" from being a year
      const m = wantMoney || wantDate ? findMoney(win, currencyContext) : [];
      const p = wantPercent || wantDate ? findPercent(win) : [];
      money.push(...m);
      percents.push(...p);
      sentenceAmounts.push(...m, ...p);
    }
    // amounts win over dates: "2,018 tonnes" or "$2019" are never years
    if (wantDate) for (const d of findDateCandidates(win, reference)) if (!sentenceAmounts.some((a) => overlaps(a, d))) dateCandidates.push(d);
    if (HAS_CAPITAL.test(win.text)) {
      // officials are needed to keep their names and titles out of the organisations
      if ((wantOrg || wantOfficial) && HAS_TITLE_HINT.test(win.text)) officials.push(...findOfficials(win));
      if (wantOrg) orgs.push(...findOrganizations(win));
    }
  }
  const dates = resolveDates(dateCandidates);
  orgs = resolveAcronyms(text, orgs);
  // an official's name or title is not an organisation; an organisation inside an official's affiliation is
  orgs = orgs.filter((o) => !overlapsAny(officials, o.start, o.end));

  const mentions: Mention[] = [...money, ...percents, ...dates, ...orgs, ...officials];
  const facts = kinds.has('trade_fact') ? assembleTradeFacts({ text, sentences, money, percents, dates, orgs, officials }) : [];

  const sentenceOf = (offset: number) => sentenceAt(sentences, offset)?.index ?? 0;
  const drafts: Array<{ record: ExtractedRecord; rule: string }> = [];
  for (const m of mentions) {
    if (!kinds.has(m.kind)) continue;
    drafts.push({ record: mentionRecord(m, doc, text.slice(m.start, m.end), sentenceOf(m.start)), rule: m.rule });
  }
  for (const f of facts) drafts.push({ record: factRecord(f, doc, text.slice(f.start, f.end), sentenceOf(f.start)), rule: f.rule });
  drafts.sort((a, b) => a.record.start - b.record.start || a.record.end - b.record.end || kindOrder(a.record.kind) - kindOrder(b.record.kind));
  return {
    published: published ? toIso(published.date) : null,
    records: drafts.map((d) => d.record),
    rules: drafts.map((d) => d.rule),
    sentenceCount: sentences.length,
  };
}

const kindOrder = (k: RecordKind) => RECORD_KINDS.indexOf(k);

/**
 * A mention's record, field by field in the contract's order. Internal working fields
 * (rule, acronym, phrase) stay behind; spelling the fields out also keeps V8 off its slow
 * path for copying objects of many shapes, which this runs for every record.
 */
function mentionRecord(m: Mention, doc: string, text: string, sentence: number): ExtractedRecord {
  switch (m.kind) {
    case 'money':
      return { doc, kind: 'money', text, start: m.start, end: m.end, sentence, amount: m.amount, currency: m.currency, qualifier: m.qualifier };
    case 'percent':
      return { doc, kind: 'percent', text, start: m.start, end: m.end, sentence, value: m.value };
    case 'date':
      return { doc, kind: 'date', text, start: m.start, end: m.end, sentence, from: m.from, to: m.to, relative: m.relative };
    case 'organization':
      return { doc, kind: 'organization', text, start: m.start, end: m.end, sentence, name: m.name };
    case 'official':
      return { doc, kind: 'official', text, start: m.start, end: m.end, sentence, name: m.name, title: m.title, affiliation: m.affiliation };
  }
}

function factRecord(f: TradeFactDraft, doc: string, text: string, sentence: number): ExtractedRecord {
  return {
    doc, kind: 'trade_fact', text, start: f.start, end: f.end, sentence,
    flow: f.flow, reporter: f.reporter, partner: f.partner, commodity: f.commodity,
    amount: f.amount, currency: f.currency, qualifier: f.qualifier,
    period_from: f.period_from, period_to: f.period_to, change_pct: f.change_pct, forecast: f.forecast,
  };
}


/** Above this length a document is extracted in segments, so memory stays flat however big the file. */
export const SEGMENT_LENGTH = 1 << 20;

/**
 * Extracts a huge document segment by segment as its text arrives, cut at line breaks
 * (sentences never cross them), so memory stays flat however big the file. Records carry
 * document offsets and sentence numbers. The publication date is read once from the top;
 * context ("the same period") does not cross a segment boundary.
 */
export class SegmentedExtractor {
  private buffer = '';
  /** Document offset of buffer[0]. */
  private base = 0;
  private sentenceBase = 0;
  private reference: string | null | undefined;
  published: string | null = null;

  constructor(
    private readonly options: ExtractOptions = {},
    private readonly segmentLength = SEGMENT_LENGTH,
  ) {}

  /** Adds text; returns the records of every segment now complete. */
  push(chunk: string): ExtractResult[] {
    this.buffer += chunk;
    const out: ExtractResult[] = [];
    while (this.buffer.length > this.segmentLength) out.push(this.take(segmentEnd(this.buffer, 0, this.segmentLength)));
    return out;
  }

  /** The records of what is left. */
  finish(): ExtractResult[] {
    return this.buffer.length ? [this.take(this.buffer.length)] : [];
  }

  private take(end: number): ExtractResult {
    const segment = this.buffer.slice(0, end);
    if (this.reference === undefined) {
      const found = findPublicationDate(segment);
      this.published = found ? toIso(found.date) : null;
      this.reference = this.options.referenceDate ?? this.published;
    }
    const result = extract(segment, { ...this.options, referenceDate: this.reference, detectPublished: false });
    for (const r of result.records) {
      r.start += this.base;
      r.end += this.base;
      r.sentence += this.sentenceBase;
    }
    this.sentenceBase += result.sentenceCount;
    this.base += end;
    // a slice keeps its whole parent string alive; copying the remainder lets each segment go
    this.buffer = detachedCopy(this.buffer.slice(end));
    return { ...result, published: this.published };
  }
}

/** Where a segment ends: the last line break before the limit, else the last space, else the limit. */
function segmentEnd(text: string, start: number, length: number): number {
  if (text.length - start <= length) return text.length;
  const limit = start + length;
  const floor = start + (length >> 1);
  const lineBreak = text.lastIndexOf('\n', limit);
  if (lineBreak > floor) return lineBreak + 1;
  const space = text.lastIndexOf(' ', limit);
  return space > floor ? space + 1 : limit;
}
