import { MONTHS, WEEKDAYS } from '../../lexicon/calendar.js';
import { COMPANY_SUFFIXES, ORG_HEADS } from '../../lexicon/organizations.js';
import { formalRegionName, lookupPlace } from '../../lexicon/place-index.js';
import { REGION_HEADS } from '../../lexicon/places.js';
import { GOVERNMENT_WORDS, PORTFOLIO_TITLES, PORTFOLIO_WORDS, TITLE_WORDS, WEAK_TITLES } from '../../lexicon/titles.js';
import { isCapitalised, isPossessive, stripPossessive, windowTokens, type Token } from '../../text/tokens.js';
import { listContinues } from '../organization/find.js';
import type { OfficialMention, TextWindow } from '../types.js';
import { allMatches } from '../../text/matches.js';
import { lowerBound } from '../../text/ranges.js';
import { caselessPattern } from '../../text/caseless.js';

const TITLE_PATTERN = caselessPattern(
  `(?<![\\p{L}-])(?:${[...TITLE_WORDS].sort((a, b) => b.length - a.length).map((t) => t.replace(/\./g, '\\.')).join('|')})(?![\\p{L}-])`,
  'g',
);

/** A whole title phrase at the start of a text: "Minister", "Vice Premier"; not "Trade" on its own. */
const TITLE_AT_START = new RegExp(`^(?:${TITLE_PATTERN.source.replace('(?<![\\p{L}-])', '')})`, 'u');
const TITLE_TOKENS = new Set(TITLE_WORDS.flatMap((t) => t.split(/[ -]/)));
const AFFILIATION_HEADS = new Set([...ORG_HEADS, ...REGION_HEADS, 'Municipality', 'Government', 'government']);
const NOT_NAME = new Set([
  ...COMPANY_SUFFIXES.map((s) => s.replace(/\.$/, '')),'The', 'A', 'An', 'Mr', 'Mrs', 'Ms', 'Dr', 'Said', 'Says', 'His', 'Her', 'Its', 'Their', 'This', 'That', 'On', 'In', 'At', 'As', 'And', 'But',
  // sentence adverbs before a comma: "Earlier, Deputy Minister ... said"
  'Earlier', 'Meanwhile', 'However', 'Moreover', 'Also', 'Besides', 'Furthermore', 'Additionally', 'Previously', 'Later',
  'Today', 'Yesterday', 'Currently', 'Recently', 'Separately', 'Overall', 'Thus', 'Therefore', 'Finally', 'Then', 'Now']);
/** Words after a name that show where it ends. */
const SPEECH_VERBS = /^(?:said|says|stated|told|noted|added|stressed|emphasized|emphasised|announced|remarked|pointed|explained|according)$/;

/** Can this word be part of a person's name? */
function isNameToken(t: Token, allowLower = false): boolean {
  const w = stripPossessive(t.text);
  if (!/^[\p{L}]/u.test(w)) return false;
  if (!allowLower && !isCapitalised(w)) return false;
  if (NOT_NAME.has(w) || PORTFOLIO_WORDS.has(w) || AFFILIATION_HEADS.has(w)) return false;
  const lower = w.toLowerCase();
  if (lower in MONTHS || lower in WEEKDAYS || TITLE_TOKENS.has(lower)) return false;
  if (lookupPlace(w)) return false;
  return true;
}

/** One space apart, or an initial's full stop and a space between: "Ts. Gantulga", "J. Smith". */
function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  return gap <= 1 || (gap === 2 && text[a.end] === '.' && /^\p{Lu}\p{Ll}?$/u.test(a.text));
}

interface Affiliation {
  /** Token index range [i, j) of the affiliation phrase. */
  i: number;
  j: number;
}

/**
 * The phrase after "of": capitalised words with connectors, possessives ("Russia's"),
 * and government words in lower case ("Guangdong provincial government").
 */
function readAffiliationRun(text: string, tokens: Token[], i: number): Affiliation {
  let j = i;
  if (tokens[j]?.text === 'the') j++;
  const start = j;
  while (j < tokens.length) {
    const t = tokens[j];
    if (!adjacent(text, tokens[j - 1], t)) break;
    if (isCapitalised(t.text)) j++;
    else if (GOVERNMENT_WORDS.has(t.text) && j > start) j++;
    else if (t.text === 'and' && j > start && startsAnotherOfficial(text, tokens, j + 1)) break;
    else if (['of', 'and', 'for', 'the'].includes(t.text) && j > start && isCapitalised(tokens[j + 1]?.text ?? '')) j++;
    // "for the Development of the Russian Far East"
    else if ((t.text === 'of' || t.text === 'for') && j > start && tokens[j + 1]?.text === 'the' && isCapitalised(tokens[j + 2]?.text ?? '')) j += 2;
    else if (t.text === ',' && listContinues(tokens, j)) j++;
    else break;
    if (isPossessive(tokens[j - 1].text) && j - 1 > start) break;
  }
  return { i: start, j };
}

/** "... Qian Ruolin and Mongolian Minister of ...": what follows "and" is another official, not more affiliation. */
function startsAnotherOfficial(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  const startsTitle = (i: number) => !!tokens[i] && TITLE_AT_START.test(text.slice(tokens[i].start, tokens[i].start + 40));
  return startsTitle(k) || (!!lookupPlace(t.text) && startsTitle(k + 1));
}

const INITIALLED_NAME = /^\p{Lu}\p{Ll}?\.\p{Lu}\p{Ll}+$/u;

/** Splits "Heilongjiang Province Wang Wentao" into affiliation and the name at its end. */
function splitTrailingName(tokens: Token[], run: Affiliation): { aff: Affiliation; name: [number, number] | null } {
  let k = run.j;
  while (k > run.i && run.j - k < 3 && isNameToken(tokens[k - 1])) k--;
  // a name needs a word before it that cannot be one, or it is the whole run after a title
  if (k === run.j) return { aff: run, name: null };
  // (a Mongolian-style name with its initial glued on, "Ch.Naranbaatar", is a whole name in one word)
  if (isPossessive(tokens[run.j - 1].text) === false && run.j - k === 1 && k > run.i && !AFFILIATION_HEADS.has(tokens[k - 1].text) && !PORTFOLIO_WORDS.has(tokens[k - 1].text) && !INITIALLED_NAME.test(tokens[k].text))
    return { aff: run, name: null };
  return { aff: { i: run.i, j: k }, name: [k, run.j] };
}

function affiliationText(text: string, tokens: Token[], a: Affiliation): string | null {
  if (a.j <= a.i) return null;
  let i = a.i;
  // "Russia's Primorsky Territory": the possessive country is context, not the affiliation
  if (isPossessive(tokens[i].text) && a.j - i > 1) i++;
  const phrase = text.slice(tokens[i].start, tokens[a.j - 1].end);
  const place = lookupPlace(phrase);
  return place && place.type !== 'region' ? place.canonical : stripPossessive(phrase);
}

/** The place or adjective just before a title: "Russian", "Heilongjiang", "Russia's". */
function precedingAffiliation(text: string, tokens: Token[], titleTokenIndex: number): { name: string; start: number } | null {
  for (const width of [3, 2, 1]) {
    const i = titleTokenIndex - width;
    if (i < 0) continue;
    const phrase = text.slice(tokens[i].start, tokens[titleTokenIndex - 1].end);
    const place = lookupPlace(phrase);
    if (place) return { name: place.type === 'region' ? formalRegionName(place.canonical) : place.canonical, start: tokens[i].start };
  }
  return null;
}

/** "Russian Economic Development Minister": the portfolio written before the title word belongs to the title. */
function portfolioStart(tokens: Token[], t0: number): number {
  let k = t0;
  while (k > 0 && t0 - k < 4 && PORTFOLIO_WORDS.has(tokens[k - 1].text) && isCapitalised(tokens[k - 1].text)) k--;
  return k;
}

/** Lower-case words written before a title that belong to it: "national president". */
const TITLE_MODIFIERS = new Set(['national', 'executive', 'honorary', 'regional', 'founding', 'senior', 'interim', 'acting', 'first', 'former', 'general']);

/** Titles that name the country they are sent to: "Ambassador to Russia". */
const POSTED_TITLES = new Set(['ambassador', 'envoy', 'special envoy', 'consul general', 'consul-general', 'consul', 'trade representative', 'chief representative', 'representative']);

const nameText = (text: string, tokens: Token[], [i, j]: [number, number]) => ({
  start: tokens[i].start,
  end: tokens[j - 1].start + stripPossessive(tokens[j - 1].text).length,
  name: stripPossessive(text.slice(tokens[i].start, tokens[j - 1].end)),
});

/** A name ends where punctuation, a lower-case word, a speech verb or the text ends. */
function endsName(tokens: Token[], j: number): boolean {
  const next = tokens[j];
  if (!next) return true;
  if (isPossessive(tokens[j - 1].text)) return true;
  return !isCapitalised(next.text) || SPEECH_VERBS.test(next.text);
}

/**
 * Officials: a named person marked by a title. Three forms:
 * "Russian Deputy Minister of Economic Development Azer Talybov" (title before name),
 * "Sun Wei, deputy governor of Heilongjiang Province" (title after name),
 * "Acting Governor of Russia's Primorsky Territory, Fu-Fu-Mikrushevski, said" (name after the phrase).
 */
/** The index of the token that starts at offset, by binary search (tokens are in order). */
function tokenStartingAt(tokens: Token[], offset: number): number | undefined {
  const k = lowerBound(tokens, offset);
  return k < tokens.length && tokens[k].start === offset ? k : undefined;
}

export function findOfficials(win: TextWindow): OfficialMention[] {
  const { text, offset } = win;
  TITLE_PATTERN.lastIndex = 0;
  const titles = allMatches(TITLE_PATTERN, text);
  if (titles.length === 0) return [];
  const tokens = windowTokens(win);
  const out: OfficialMention[] = [];
  const emit = (
    n: { start: number; end: number; name: string },
    title: string,
    affiliation: string | null,
    rule: string,
    phrase: { start: number; end: number },
  ) => {
    if (out.some((o) => o.start === offset + n.start)) return;
    out.push({
      kind: 'official',
      start: offset + n.start,
      end: offset + n.end,
      rule,
      name: n.name,
      title,
      affiliation,
      phrase: { start: offset + Math.min(phrase.start, n.start), end: offset + Math.max(phrase.end, n.end) },
    });
  };
  for (const m of titles) {
    const t0 = tokenStartingAt(tokens, m.index!);
    if (t0 === undefined) continue;
    const titleWords = m[0].toLowerCase();
    let t1 = t0;
    while (t1 < tokens.length && tokens[t1].end <= m.index! + m[0].length) t1++;
    // the title must be whole words: "Governor1900" is one token, not a title
    if (t1 === t0 || tokens[t1 - 1].end !== m.index! + m[0].length) continue;
    const weak = WEAK_TITLES.has(titleWords);
    let title = m[0];
    const p0 = isCapitalised(m[0]) ? portfolioStart(tokens, t0) : t0;
    if (p0 < t0) title = text.slice(tokens[p0].start, m.index! + m[0].length);
    const preceding = precedingAffiliation(text, tokens, p0);
    let affiliation = preceding?.name ?? null;
    const phraseStart = preceding?.start ?? tokens[p0].start;
    let phraseEnd = m.index! + m[0].length;
    // "Ambassador to Russia", "Consul General in Urumqi", "Chief Representative in Mongolia"
    if (POSTED_TITLES.has(titleWords) && (tokens[t1]?.text === 'to' || tokens[t1]?.text === 'in')) {
      const place = [3, 2, 1].map((w) => [w, tokens[t1 + w] ? lookupPlace(text.slice(tokens[t1 + 1].start, tokens[t1 + w].end)) : null] as const).find(([, p]) => p);
      // a post in a city the lexicon lacks: "Consul General in Urumqi Nurlan Seitkali" (one capitalised word, a name after it)
      const city = !place && tokens[t1]?.text === 'in' && isCapitalised(tokens[t1 + 1]?.text ?? '') && isCapitalised(tokens[t1 + 2]?.text ?? '') ? 1 : 0;
      const width = place ? place[0] : city;
      if (width) {
        title = text.slice(m.index!, tokens[t1 + width].end);
        t1 += width + 1;
      }
    }

    // title after the name: "Sun Wei, deputy governor of Heilongjiang Province",
    // "Masato Kobayashi, Japan's ambassador to Mongolia", "Debbie Hughes, national president of ..."
    let before = t0;
    let postTitle = title;
    if (TITLE_MODIFIERS.has((tokens[before - 1]?.text ?? '').toLowerCase())) {
      before--;
      postTitle = text.slice(tokens[before].start, m.index! + m[0].length) + title.slice(m[0].length);
    }
    let ownerAffiliation: string | null = null;
    const owner = tokens[before - 1] && isPossessive(tokens[before - 1].text) ? lookupPlace(tokens[before - 1].text) : null;
    if (owner) {
      ownerAffiliation = owner.type === 'region' ? formalRegionName(owner.canonical) : owner.canonical;
      before--;
    }
    if (tokens[before - 1]?.text === 'the') before--;
    if (tokens[before - 1]?.text === ',') {
      let k = before - 1;
      let i = k;
      while (i > 0 && k - i < 3 && isNameToken(tokens[i - 1], true)) i--;
      // the first word of a name is capitalised; later ones may not be ("Ke yongguo")
      while (i < k && !isCapitalised(tokens[i].text)) i++;
      const boundary = tokens[i - 1];
      if (i < k && isCapitalised(tokens[i].text) && (!boundary || /^[,;:(“"]$/.test(boundary.text) || /^(?:and|by|with|including|said|says|added|told|Dr|Mr|Mrs|Ms|Prof|Dr\.|Mr\.|Mrs\.|Ms\.|Prof\.)$/.test(boundary.text))) {
        let aff: string | null = null;
        if (tokens[t1]?.text === 'of' || tokens[t1]?.text === 'for') {
          const run = readAffiliationRun(text, tokens, t1 + 1);
          if (run.j > run.i) phraseEnd = tokens[run.j - 1].end;
          // "the UAE's Minister of State for Foreign Trade": a portfolio stays in the title
          if (PORTFOLIO_TITLES.has(titleWords) && run.j > run.i) postTitle = postTitle + text.slice(m.index! + m[0].length, tokens[run.j - 1].end);
          else aff = affiliationText(text, tokens, run);
        }
        emit(nameText(text, tokens, [i, k]), postTitle, aff ?? ownerAffiliation ?? affiliation, 'official.name-comma-title', { start: tokens[i].start, end: phraseEnd });
        continue;
      }
    }
    if (weak && !isCapitalised(m[0])) continue;

    // title before the name, perhaps with "of X" between: "governor of Heilongjiang Province Wang Wentao"
    let nameSpan: [number, number] | null = null;
    let rule = 'official.title-name';
    if (tokens[t1]?.text === 'of' || (tokens[t1]?.text === 'for' && PORTFOLIO_TITLES.has(titleWords))) {
      const run = readAffiliationRun(text, tokens, t1 + 1);
      if (run.j > run.i) {
        const split = splitTrailingName(tokens, run);
        const portfolio = PORTFOLIO_TITLES.has(titleWords);
        if (split.name && endsName(tokens, split.name[1])) {
          nameSpan = split.name;
          rule = 'official.title-of-affiliation-name';
        } else if (tokens[run.j]?.text === ',' && tokens[run.j + 1]) {
          // "Acting Governor of Russia's Primorsky Territory, Fu-Fu-Mikrushevski, said"
          let k = run.j + 1;
          while (k < tokens.length && k - run.j - 1 < 3 && isNameToken(tokens[k])) k++;
          if (k > run.j + 1 && endsName(tokens, k)) {
            nameSpan = [run.j + 1, k];
            split.aff = run;
            rule = 'official.title-of-affiliation-comma-name';
          }
        }
        if (nameSpan) {
          if (portfolio) {
            // "Deputy Minister of Trade and Integration of Kazakhstan": the country at the end is the affiliation
            let aff = split.aff;
            const cut = tokens.slice(aff.i, aff.j).map((t) => t.text).lastIndexOf('of');
            const country = cut > 0 ? lookupPlace(text.slice(tokens[aff.i + cut + 1]?.start ?? 0, tokens[aff.j - 1].end)) : null;
            if (country && country.type !== 'region' && aff.i + cut + 1 < aff.j) {
              affiliation = country.canonical;
              aff = { i: aff.i, j: aff.i + cut };
            }
            const portfolioEnd = aff.j > aff.i ? tokens[aff.j - 1].end : m.index! + m[0].length;
            title = text.slice(m.index!, portfolioEnd);
          } else affiliation = affiliationText(text, tokens, split.aff) ?? affiliation;
        }
      }
    } else {
      let k = t1;
      while (k < tokens.length && k - t1 < 3 && isNameToken(tokens[k])) k++;
      if (k > t1 && endsName(tokens, k) && tokens[t1].start - tokens[t1 - 1].end <= 1) nameSpan = [t1, k];
    }
    if (!nameSpan) continue;
    // a lower-case title before a name needs an affiliation, a capitalised word before it ("Erenhot Customs deputy
    // director Zhao Min") or a name of two words or more ("led by deputy director Sun Lihua")
    if (!isCapitalised(m[0]) && rule === 'official.title-name' && !affiliation && !(t0 > 0 && isCapitalised(tokens[t0 - 1].text)) && nameSpan[1] - nameSpan[0] < 2) continue;
    emit(nameText(text, tokens, nameSpan), title, affiliation, rule, { start: phraseStart, end: tokens[nameSpan[1] - 1].end });
  }
  return out.sort((a, b) => a.start - b.start);
}
