/** A sentence as a half-open range of document offsets. */
export interface Sentence {
  index: number;
  start: number;
  end: number;
}

// Tokens that end in a period without ending a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'co', 'ltd', 'inc', 'corp', 'jr', 'sr', 'vs', 'etc', 'no', 'nos',
  'gov', 'sen', 'rep', 'gen', 'col', 'lt', 'capt', 'dept', 'est', 'approx', 'fig', 'vol',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'e.g', 'i.e', 'u.s.a', 'p.m', 'a.m',
]);
// Scale abbreviations end a sentence ("to $5.5 bln. Russia's surplus ...") unless a currency follows ("5 bln. US dollars").
const SCALE_ABBREVIATIONS = new Set(['mln', 'bln', 'bn', 'mn', 'trln', 'tln', 'thous']);
const CURRENCY_AFTER_SCALE = /^(?:US|U\.S\.|USD|RMB|CNY|EUR|RUB|Rubles?|Roubles?|Yuan|Dollars?|Euros?)\b/;

/** Longest sentence handed to later stages; longer runs are cut at whitespace so work stays linear. */
export const MAX_SENTENCE_LENGTH = 2000;

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u00a0' || c === '\r' || c === '\n' || c === '\u2009';
const isLineBreak = (c: string) => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';

// Abbreviations are short: looking further back would make runs of dots ("1.1.1.") quadratic.
const ABBREVIATION_MAX = 8;

function wordBefore(text: string, dot: number): string {
  let i = dot;
  const floor = Math.max(0, dot - ABBREVIATION_MAX - 1);
  while (i > floor && !isSpace(text[i - 1]) && text[i - 1] !== '(' && text[i - 1] !== '"') i--;
  if (i === floor && floor > 0 && !isSpace(text[i - 1])) return '';
  return text.slice(i, dot).toLowerCase();
}

function endsSentenceAt(text: string, dot: number): boolean {
  const c = text[dot];
  if (c === '!' || c === '?') return true;
  const word = wordBefore(text, dot);
  if (ABBREVIATIONS.has(word)) return false;
  const scale = SCALE_ABBREVIATIONS.has(word);
  if (/^[a-z]$/i.test(word)) return false; // an initial: "J. Smith"
  // a transliterated two-consonant initial: "Ts. Gantulga", "Kh. Battulga" (no English word is written so)
  if (/^[A-Z][b-df-hj-np-tv-z]$/.test(text.slice(dot - 2, dot)) && word.length === 2) return false;
  // what follows the whitespace must look like a sentence start
  let j = dot + 1;
  while (j < text.length && (text[j] === '"' || text[j] === '\u201d' || text[j] === "'" || text[j] === '\u2019' || text[j] === ')')) j++;
  if (j >= text.length) return true;
  if (!isSpace(text[j])) return false;
  while (j < text.length && isSpace(text[j])) {
    if (isLineBreak(text[j])) return true;
    j++;
  }
  if (j >= text.length) return true;
  if (scale) return /\p{Lu}/u.test(text[j]) && !CURRENCY_AFTER_SCALE.test(text.slice(j, j + 8));
  return /[\p{Lu}\p{N}"\u201c'\u2018(\[]/u.test(text[j]);
}

// Words that belong to the amount beside them: a cut next to one would split "9 billion US dollars".
const AMOUNT_WORDS = /^(?:thousand|million|billion|trillion|mln|bln|bn|tn|dollars?|yuan|rubles?|roubles?|euros?|pounds?|yen|won|tenge|rupees?|percent|per|cent|pct|us|u\.s\.|rmb|usd|eur|of)$/i;

/**
 * Where to cut a run of text with no sentence end: at a space between two plain words,
 * never inside an amount ("9 billion US dollars"); failing that, at any space, else at the limit.
 */
function safeCut(text: string, floor: number, limit: number): number {
  let anySpace = -1;
  for (let cut = limit; cut > floor; cut--) {
    if (!isSpace(text[cut])) continue;
    if (anySpace < 0) anySpace = cut;
    const before = /[\p{L}.]+$/u.exec(text.slice(Math.max(floor, cut - 12), cut))?.[0] ?? '';
    const after = /^[\p{L}.]+/u.exec(text.slice(cut + 1, cut + 13))?.[0] ?? '';
    if (before && after && !AMOUNT_WORDS.test(before) && !AMOUNT_WORDS.test(after) && /^\p{Ll}/u.test(after)) return cut;
  }
  return anySpace >= 0 ? anySpace : limit;
}

/**
 * Splits a document into sentences, keeping original offsets. Line breaks always end a
 * sentence (headlines, datelines and paragraphs are separate lines in news text).
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    // trim whitespace at both ends
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    while (e - s > MAX_SENTENCE_LENGTH) {
      const cut = safeCut(text, s + (MAX_SENTENCE_LENGTH >> 1), s + MAX_SENTENCE_LENGTH);
      sentences.push({ index: sentences.length, start: s, end: cut });
      s = cut;
      while (s < e && isSpace(text[s])) s++;
    }
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (isLineBreak(c)) {
      push(i);
      start = i + 1;
    } else if ((c === '.' || c === '!' || c === '?') && endsSentenceAt(text, i)) {
      let end = i + 1;
      while (end < text.length && /["\u201d'\u2019)]/.test(text[end])) end++;
      push(end);
      start = end;
      i = end - 1;
    }
  }
  push(text.length);
  return sentences;
}

/** Finds the sentence holding an offset by binary search. */
export function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
