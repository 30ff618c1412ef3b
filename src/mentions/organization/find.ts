import { MONTHS, WEEKDAYS } from '../../lexicon/calendar.js';
import { COMPANY_SUFFIXES, EVENT_HEADS, KNOWN_ORGANIZATIONS, ORG_HEADS, ORG_LEADING_STOPWORDS } from '../../lexicon/organizations.js';
import { lookupPlace } from '../../lexicon/place-index.js';
import { TITLE_WORDS } from '../../lexicon/titles.js';
import { isCapitalised, isPossessive, windowTokens, type Token } from '../../text/tokens.js';
import type { OrganizationMention, TextWindow } from '../types.js';
import { overlapsAny } from '../../text/ranges.js';
import { escapeRegExp as escape } from '../../text/strings.js';
import { allMatches } from '../../text/matches.js';

const HEADS = new Set(ORG_HEADS);
// Title words that may precede an organisation inside one capitalised run: "Chairman of the X Bank".
const TITLE_SET = new Set(
  TITLE_WORDS.flatMap((t) => t.split(' ')).filter((w) => !['general', 'chief', 'head', 'executive', 'trade', 'party', 'board', 'managing'].includes(w)),
);
const LEGAL_FORMS = new Set(['LLC', 'JSC', 'PJSC', 'OJSC', 'CJSC', 'PLC', 'GmbH', 'AG', 'LLP', 'Ltd', 'Inc', 'Corp', 'Co', 'Limited']);
/** Lower-case words allowed inside a capitalised name. */
const CONNECTORS = new Set(['of', 'and', 'for', '&', 'de', 'on']);
/** Heads whose name may go on in lower case: "Council on interregional cooperation". */
const TOPIC_HEADS = new Set(['Council', 'Commission', 'Committee']);
const TOPIC_STOP = /^(?:between|with|in|of|for|to|the|a|an|was|were|is|are|has|have|had|and|that|which|at|on|by|from|as|will|would)$/;

const KNOWN = new Map(KNOWN_ORGANIZATIONS.map((n) => [n, n]));
const KNOWN_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...KNOWN.keys()].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);
const SUFFIX_AFTER = new RegExp(`^(?:,? (?:${COMPANY_SUFFIXES.map(escape).join('|')}))+`);


const CALENDAR_WORDS = new Set([...Object.keys(MONTHS), ...Object.keys(WEEKDAYS)]);
const isNameWord = (t: Token) => isCapitalised(t.text) && !CALENDAR_WORDS.has(t.text.toLowerCase());

const PEOPLES = /^People['’]s$/;
const TITLE_PREFIXES = new Set(['General', 'Chief', 'Executive', 'Managing', 'Deputy', 'First']);

const hasHead = (tokens: Token[], i: number, j: number) => tokens.slice(i, j).some((t) => HEADS.has(t.text));

/** Capitalised runs (with lower-case connectors inside), as token index ranges [i, j). */
function capitalisedRuns(tokens: Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j];
      // a possessive ends a run: "Russia's Ministry of ..." starts a new one after it; "People's" is a name's own word
      if (isPossessive(tokens[j - 1].text) && !PEOPLES.test(tokens[j - 1].text)) break;
      if (t.start - tokens[j - 1].end > 1) break; // not one space apart
      if (isNameWord(t) || (/^[A-Z0-9]/.test(t.text) && j > i)) j++;
      else if (CONNECTORS.has(t.text) && j + 1 < tokens.length && isNameWord(tokens[j + 1]) && tokens[j + 1].start - t.end <= 1) j += 2;
      // "Council for the Promotion of ...", "Ministry for the Development of the Russian Far East": once the run has its head
      else if ((t.text === 'for' || t.text === 'of') && hasHead(tokens, i, j) && tokens[j + 1]?.text === 'the' && tokens[j + 2] && isNameWord(tokens[j + 2])) j += 3;
      else if (t.text === 'the' && (tokens[j - 1].text === 'of' || tokens[j - 1].text === 'for') && j + 1 < tokens.length && isNameWord(tokens[j + 1])) j++;
      else if (t.text === ',' && listContinues(tokens, j)) j++;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** "Ministry of Trade, Industry and Energy": a comma inside a name's list of capitalised words. */
export function listContinues(tokens: Token[], comma: number): boolean {
  if (!tokens.slice(Math.max(0, comma - 12), comma).some((t) => t.text === 'of' || t.text === 'for')) return false;
  // capitalised words and commas, up to "and" and one more capitalised word: "Development, Industry, Trade and Services"
  for (let k = comma + 1; k < Math.min(tokens.length, comma + 12); k++) {
    const t = tokens[k].text;
    if (t === 'and' || t === '&') return isNameWord(tokens[comma + 1]) && k + 1 < tokens.length && isNameWord(tokens[k + 1]);
    if (t !== ',' && !isNameWord(tokens[k])) return false;
  }
  return false;
}

/** "Bank of China and Erdenes Mongol LLC": a run that joins two names is split at "and". */
function splitCoordinated(tokens: Token[], i: number, j: number): Array<[number, number]> {
  for (let k = i + 1; k < j - 1; k++) {
    if (tokens[k].text !== 'and') continue;
    const isOrg = (a: number, b: number) => HEADS.has(tokens[headIndex(tokens, a, b)].text) || LEGAL_FORMS.has(tokens[b - 1].text.replace(/\.$/, ''));
    if (k - i >= 2 && j - k - 1 >= 2 && isOrg(i, k) && isOrg(k + 1, j)) return [[i, k], [k + 1, j]];
    // "the European Union and India": a place after "and" is not part of the name
    if (k - i >= 2 && isOrg(i, k) && lookupPlace(tokens.slice(k + 1, j).map((t) => t.text).join(' '))) return [[i, k]];
  }
  return [[i, j]];
}

/** The head noun of a name: the last word before its first "of/for/on" complement. */
function headIndex(tokens: Token[], i: number, j: number): number {
  for (let k = i + 1; k < j; k++) if (CONNECTORS.has(tokens[k].text) && tokens[k].text !== 'and' && tokens[k].text !== '&') return k - 1;
  return j - 1;
}

export function findOrganizations(win: TextWindow): OrganizationMention[] {
  const { text, offset } = win;
  const tokens = windowTokens(win);
  const out: OrganizationMention[] = [];
  const add = (start: number, end: number, rule: string) => {
    let name = text.slice(start, end).replace(/['’]s$/, '');
    end = start + name.length;
    name = name.replace(/\s+/g, ' ');
    out.push({ kind: 'organization', start: offset + start, end: offset + end, rule, name });
  };
  let consumedUntil = -1;
  for (const [runStart, runEnd] of capitalisedRuns(tokens).flatMap(([a, b]) => splitCoordinated(tokens, a, b))) {
    // a run may begin inside the company suffix just consumed: "Co., Ltd. and Amur Soy Terminal LLC"
    let i = runStart;
    while (i < runEnd && tokens[i].start < consumedUntil) i++;
    while (
      i < runEnd &&
      (ORG_LEADING_STOPWORDS.has(tokens[i].text) || TITLE_SET.has(tokens[i].text.toLowerCase()) || CONNECTORS.has(tokens[i].text) || tokens[i].text === 'the' || /-based$/.test(tokens[i].text) ||
        // "General Director of ...": a title of two words, the first of which may also begin a name
        (TITLE_PREFIXES.has(tokens[i].text) && TITLE_SET.has(tokens[i + 1]?.text.toLowerCase() ?? '')))
    )
      i++;
    let j = runEnd;
    if (j - i < 1) continue;
    const head = tokens[headIndex(tokens, i, j)].text;
    const last = tokens[j - 1].text;
    let end = tokens[j - 1].end;
    const suffix = SUFFIX_AFTER.exec(text.slice(end));
    const legalForm = (w: string) => LEGAL_FORMS.has(w.replace(/\.$/, ''));
    const isCompany = legalForm(last) || legalForm(tokens[i].text) || !!suffix;
    if (suffix) {
      end += suffix[0].length;
      consumedUntil = end;
    }
    if (EVENT_HEADS.has(head) && !isCompany) continue;
    if (!HEADS.has(head) && !isCompany) continue;
    // a bare head ("the Council") is a reference, not a name
    if (j - i === 1 && !isCompany) {
      if (!TOPIC_HEADS.has(head)) continue;
    }
    // countries and regions are places; blocs ("Eurasian Economic Union") are organisations
    const place = lookupPlace(text.slice(tokens[i].start, end));
    if (place && place.type !== 'bloc') continue;
    // "UAE Ministry of Economy": a ministry's name does not include the country written before it
    if (j - i > 2 && tokens[i + 1].text === 'Ministry' && lookupPlace(tokens[i].text)) i++;
    // "Council on interregional cooperation": a topic in lower case completes the name
    if (TOPIC_HEADS.has(last) && tokens[j]?.text === 'on') {
      let k = j + 1;
      while (k < tokens.length && k - j <= 4 && /^[\p{Ll}]/u.test(tokens[k].text) && !TOPIC_STOP.test(tokens[k].text)) k++;
      if (k > j + 1) {
        add(tokens[i].start, tokens[k - 1].end, 'organization.topic-name');
        continue;
      }
    }
    if (j - i === 1 && !isCompany) continue;
    // "European Union Chamber of Commerce in China": a chamber's seat abroad is part of its name
    if (/\bChamber\b/.test(text.slice(tokens[i].start, end))) {
      const seat = /^ in ((?:the )?\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,2})/u.exec(text.slice(end, end + 48));
      if (seat && lookupPlace(seat[1])) end += seat[0].length;
    }
    add(tokens[i].start, end, isCompany ? 'organization.company-suffix' : 'organization.head-noun');
  }
  for (const m of allMatches(KNOWN_PATTERN, text)) {
    const start = m.index!;
    if (out.some((o) => o.start - offset <= start && start < o.end - offset)) continue;
    add(start, start + m[0].length, 'organization.known-name');
  }
  return withAcronyms(out, text, offset).sort((a, b) => a.start - b.start);
}

/**
 * "the General Administration of Customs (GAC)": later bare "GAC" mentions in the same
 * window are the same organisation. Document-wide acronyms are handled by resolveAcronyms.
 */
function withAcronyms(found: OrganizationMention[], text: string, offset: number): OrganizationMention[] {
  for (const o of [...found]) {
    const m = /^ \(([A-Z][A-Za-z]{1,9})\)/.exec(text.slice(o.end - offset, o.end - offset + 14));
    if (m) o.acronym = m[1];
  }
  return found;
}

/** Every later occurrence of an acronym defined in the document becomes that organisation. */
export function resolveAcronyms(text: string, orgs: OrganizationMention[]): OrganizationMention[] {
  const definitions = orgs.filter((o) => o.acronym);
  if (definitions.length === 0) return orgs;
  const byAcronym = new Map<string, OrganizationMention[]>();
  for (const o of definitions) byAcronym.set(o.acronym!, [...(byAcronym.get(o.acronym!) ?? []), o]);
  // one pass over the text for all acronyms, however many times each is defined
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...byAcronym.keys()].map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const extra: OrganizationMention[] = [];
  for (const m of allMatches(pattern, text)) {
    const start = m.index!;
    const end = start + m[0].length;
    // the nearest definition before this use names it
    const defs = byAcronym.get(m[0])!;
    let def: OrganizationMention | undefined;
    for (const d of defs) if (d.end <= start) def = d;
    if (!def || overlapsAny(orgs, start, end)) continue;
    extra.push({ kind: 'organization', start, end, rule: 'organization.acronym', name: def.name });
  }
  return extra.length ? [...orgs, ...extra].sort((a, b) => a.start - b.start) : orgs;
}
