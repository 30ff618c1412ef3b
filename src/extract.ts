import type { ExtractedRecord, RecordKind } from './schema/index.js';
import { RECORD_KINDS } from './schema/index.js';
import { findPublicationDate } from './text/published.js';
import { parseIso, toIso, type Ymd } from './text/calendar.js';
import { splitSentences, type Sentence } from './text/sentences.js';
import { overlapsAny } from './text/ranges.js';
import { findMoney } from './mentions/money/find.js';
import { findPercent } from './mentions/percent/find.js';
import { findDateCandidates, resolveDates, type DateCandidate } from './mentions/date/find.js';
import { findOrganizations, resolveAcronyms } from './mentions/organization/find.js';
import { findOfficials } from './mentions/official/find.js';
import { assembleTradeFacts } from './facts/assemble.js';
import { overlaps, type Mention, type MoneyMention, type PercentMention, type OrganizationMention, type OfficialMention } from './mentions/types.js';

export interface ExtractOptions {
  /** ISO date that relative dates resolve against; else the article's own publication date. */
  referenceDate?: string | null;
  /** The `doc` field of every record. */
  doc?: string;
  /** Only these kinds are returned (all by default). */
  kinds?: readonly RecordKind[];
}

export interface ExtractResult {
  published: string | null;
  records: ExtractedRecord[];
  /** The rule behind each record, index-aligned with records (for --explain). */
  rules: string[];
}

// Cheap per-sentence tests that decide which recognisers a sentence is worth.
const HAS_DIGIT = /\d/;
const HAS_CAPITALISED_PAIR = /\p{Lu}[\p{L}'’-]*[ \u00a0]+(?:of |for |and |the |on )?\p{Lu}|\p{Lu}{2}/u;
const HAS_TITLE_HINT = /inister|overnor|resident|hairm|hairwoman|irector|ecretary|ayor|mbassador|remier|pokes|ead|hief|ommissioner|nvoy|conomist|ounsel|CEO|anager|ttach|peaker|enator|epresentative|ounder/;

/**
 * The pure pipeline: one document's text → its records, sorted by start.
 * No file system, console or clock: the reference date is passed in or read from the text.
 */
export function extract(text: string, options: ExtractOptions = {}): ExtractResult {
  const doc = options.doc ?? '-';
  const kinds = new Set(options.kinds ?? RECORD_KINDS);
  const published = findPublicationDate(text);
  const reference: Ymd | null = (options.referenceDate ? parseIso(options.referenceDate) : null) ?? published?.date ?? null;
  const sentences = splitSentences(text);

  const money: MoneyMention[] = [];
  const percents: PercentMention[] = [];
  const dateCandidates: DateCandidate[] = [];
  let orgs: OrganizationMention[] = [];
  const officials: OfficialMention[] = [];
  for (const s of sentences) {
    const win = { text: text.slice(s.start, s.end), offset: s.start };
    const sentenceAmounts: Array<MoneyMention | PercentMention> = [];
    if (HAS_DIGIT.test(win.text)) {
      const m = findMoney(win);
      const p = findPercent(win);
      money.push(...m);
      percents.push(...p);
      sentenceAmounts.push(...m, ...p);
    }
    // amounts win over dates: "2,018 tonnes" or "$2019" are never years
    for (const d of findDateCandidates(win, reference)) if (!sentenceAmounts.some((a) => overlaps(a, d))) dateCandidates.push(d);
    if (HAS_CAPITALISED_PAIR.test(win.text) || /[A-Z]/.test(win.text)) {
      orgs.push(...findOrganizations(win));
      if (HAS_TITLE_HINT.test(win.text)) officials.push(...findOfficials(win));
    }
  }
  const dates = resolveDates(dateCandidates);
  orgs = resolveAcronyms(text, orgs);
  // an official's name or title is not an organisation; an organisation inside an official's affiliation is
  orgs = orgs.filter((o) => !overlapsAny(officials, o.start, o.end));

  const mentions: Mention[] = [...money, ...percents, ...dates, ...orgs, ...officials];
  const facts = kinds.has('trade_fact') ? assembleTradeFacts({ text, sentences, money, percents, dates, orgs }) : [];

  const sentenceOf = indexSentences(sentences);
  const drafts: Array<{ record: ExtractedRecord; rule: string }> = [];
  for (const m of mentions) {
    if (!kinds.has(m.kind)) continue;
    const { rule, ...fields } = m;
    const { acronym: _acronym, ...rest } = fields as typeof fields & { acronym?: string };
    drafts.push({ record: { doc, ...rest, text: text.slice(m.start, m.end), sentence: sentenceOf(m.start) } as ExtractedRecord, rule });
  }
  for (const f of facts) {
    const { rule, ...fields } = f;
    drafts.push({ record: { doc, kind: 'trade_fact', ...fields, text: text.slice(f.start, f.end), sentence: sentenceOf(f.start) }, rule });
  }
  drafts.sort((a, b) => a.record.start - b.record.start || a.record.end - b.record.end || kindOrder(a.record.kind) - kindOrder(b.record.kind));
  return {
    published: published ? toIso(published.date) : null,
    records: drafts.map((d) => d.record),
    rules: drafts.map((d) => d.rule),
  };
}

const kindOrder = (k: RecordKind) => RECORD_KINDS.indexOf(k);

function indexSentences(sentences: Sentence[]) {
  return (offset: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    let best = 0;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].start <= offset) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return sentences[best]?.index ?? 0;
  };
}
