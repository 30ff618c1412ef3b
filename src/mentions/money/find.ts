import { CURRENCY_CODES, CURRENCY_NAMES, CURRENCY_SYMBOLS, HINTED_SYMBOLS, YEN_SIGN_YUAN_HINTS } from '../../lexicon/currencies.js';
import { GLUED_ONLY_SCALES, SCALE_WORDS } from '../../lexicon/scales.js';
import type { MoneyMention, TextWindow } from '../types.js';
import { findQualifier } from './qualifier.js';
import { COUNT_NOUNS } from './count-nouns.js';
import { allMatches } from '../../text/matches.js';
import { caselessPattern } from '../../text/caseless.js';

// A number with optional thousands separators and decimals; bounded, so it cannot backtrack far.
// Digits with thousands separators and decimals; what may stand before and after is checked in code (cheaper than lookbehinds).
const NUMBER = /\d{1,3}(?:,\d{3}){1,6}(?:\.\d{1,6})?(?!\d)|\d{1,15}(?:\.\d{1,6})?(?!\d)/g;
// A currency code may be glued on ("USD1.2 billion"); other letters before a number make it part of a name ("G20").
const GLUED_CODE = /(?:^|[^\p{L}])(?:USD|RMB|CNY|EUR|RUB|GBP|JPY|INR|KZT|MNT|KRW|HKD|CHF|R|Rs)$/u;

function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  if (before !== undefined) {
    if ((before >= '0' && before <= '9') || before === '.' || before === ',') return false;
    if (/\p{L}/u.test(before) && !GLUED_CODE.test(text.slice(Math.max(0, start - 4), start))) return false;
  }
  const after = text[end];
  return !(after !== undefined && ((after >= '0' && after <= '9') || (after === ',' && /\d/.test(text[end + 1] ?? ''))));
}

const SYMBOLS_LONGEST_FIRST = Object.keys(CURRENCY_SYMBOLS).sort((a, b) => b.length - a.length);
const NAMES_LONGEST_FIRST = Object.keys(CURRENCY_NAMES).sort((a, b) => b.length - a.length);
// a hyphen too: "a 2.6-billion-dollar project"
const SCALE_AFTER_SPACE = caselessPattern(String.raw`^[ \u00a0\u202f-]?(thousand|millions?|billions?|trillions?|mln|bln|bn|mn|tln|trln|trn|tn|crores?|lakhs?)(?![\p{L}])`);
const SCALE_GLUED = caselessPattern(String.raw`^(bn|bln|mln|mn|tn|trn|tln|m|b|k)(?![\p{L}])`);
const SPACE = /^[ \u00a0\u202f]{0,2}/;
const NEXT_WORD = /^[ \u00a0\u202f]*([\p{L}][\p{L}-]*)/u;

/** Words after a scaled number that still let it be an amount without a currency. */
const FREE_AFTER_SCALE = new Set([
  'in', 'for', 'from', 'to', 'and', 'or', 'last', 'this', 'year-on-year', 'during', 'compared', 'against', 'while',
  'with', 'by', 'as', 'on', 'at', 'over', 'a', 'an', 'the', 'year', 'yoy', 'which', 'that', 'up', 'down', 'between',
  'of', 'worth', 'each', 'annually', 'per',
]);

function prefixCurrency(text: string, numberStart: number, context: MoneyContext): { start: number; currency: string; rule: string } | null {
  // allow one space between a symbol or code and the number: "$ 3.88 billion", "USD 450 million"
  let end = numberStart;
  if (end > 0 && /[ \u00a0\u202f]/.test(text[end - 1])) end--;
  for (const sym of SYMBOLS_LONGEST_FIRST) {
    const s = end - sym.length;
    if (s >= 0 && text.startsWith(sym, s)) {
      // letters glued before the symbol belong to another word ("Rs" inside "Hours")
      if (/[A-Za-z]/.test(sym[0]) && s > 0 && /[\p{L}]/u.test(text[s - 1])) continue;
      if (/[A-Za-z]$/.test(sym) && end === numberStart) continue; // "Rs5" is fine only with a dot or space
      return { start: s, currency: CURRENCY_SYMBOLS[sym], rule: 'money.symbol-before' };
    }
  }
  for (const sym of context.hintedSymbols) {
    const { currency } = HINTED_SYMBOLS[sym];
    const s = numberStart - sym.length;
    if (s >= 0 && text.startsWith(sym, s) && (s === 0 || !/[\p{L}\p{N}]/u.test(text[s - 1])))
      return { start: s, currency, rule: 'money.hinted-symbol-before' };
  }
  const code = /([A-Z]{3})[ \u00a0\u202f]?$/.exec(text.slice(Math.max(0, numberStart - 4), numberStart));
  if (code && CURRENCY_CODES[code[1]]) {
    const s = numberStart - code[0].length;
    if (s === 0 || !/[\p{L}]/u.test(text[s - 1])) return { start: s, currency: CURRENCY_CODES[code[1]], rule: 'money.code-before' };
  }
  return null;
}

function suffixCurrency(text: string, at: number): { end: number; currency: string } | null {
  // "2.6-billion-dollar": the currency joined to its scale by a hyphen
  const lead = text[at] === '-' && text[at - 1] !== ' ' && /\p{L}/u.test(text[at - 1] ?? '') ? 1 : SPACE.exec(text.slice(at))![0].length;
  const from = at + lead;
  const head = text.slice(from, from + 24).toLowerCase();
  for (const name of NAMES_LONGEST_FIRST) {
    if (!head.startsWith(name)) continue;
    const after = text[from + name.length];
    if (after !== undefined && /[\p{L}\p{N}]/u.test(after)) continue;
    // codes only in upper case ("450 million USD"); names in any case
    if (name.toUpperCase() in CURRENCY_CODES && text.slice(from, from + 3) !== name.toUpperCase()) continue;
    return { end: from + name.length, currency: CURRENCY_NAMES[name] };
  }
  const code = /^([A-Z]{3})(?![\p{L}])/u.exec(text.slice(from, from + 4));
  if (code && CURRENCY_CODES[code[1]]) return { end: from + 3, currency: CURRENCY_CODES[code[1]] };
  return null;
}

/**
 * "1.09" × 1e12 exactly: the decimal digits are shifted into the scale, so no binary
 * fraction survives (1.09 * 1e12 is 1090000000000.0001 in floating point).
 */
export function scaleNumber(s: string, scale: number): number {
  const plain = s.replace(/,/g, '');
  const dot = plain.indexOf('.');
  const decimals = dot < 0 ? 0 : plain.length - dot - 1;
  const divisor = 10 ** decimals;
  if (decimals > 0 && scale >= divisor && Number.isInteger(scale / divisor)) return Number(plain.replace('.', '')) * (scale / divisor);
  return Number(plain) * scale;
}

/**
 * Money: a number with a currency before or after it, or a number with a scale word
 * that is not followed by a counted noun ("1.4 billion people" is not money).
 */
/** What the whole document says that decides an ambiguous sign: "¥" is yuan in a text about the renminbi. */
export interface MoneyContext {
  yenSignIsYuan: boolean;
  hintedSymbols: string[];
}

export function moneyContext(documentText: string): MoneyContext {
  return {
    yenSignIsYuan: YEN_SIGN_YUAN_HINTS.test(documentText),
    hintedSymbols: Object.keys(HINTED_SYMBOLS).filter((sym) => HINTED_SYMBOLS[sym].hint.test(documentText)),
  };
}

const NO_CONTEXT: MoneyContext = { yenSignIsYuan: false, hintedSymbols: [] };

export function findMoney(win: TextWindow, context: MoneyContext = NO_CONTEXT): MoneyMention[] {
  const { text, offset } = win;
  const found: MoneyMention[] = [];
  for (const m of allMatches(NUMBER, text)) {
    const numStart = m.index!;
    if (!standsAlone(text, numStart, numStart + m[0].length)) continue;
    let cursor = numStart + m[0].length;
    let scale = 1;
    let scaleRule = '';
    const rest = text.slice(cursor, cursor + 16);
    const glued = SCALE_GLUED.exec(rest);
    const spaced = glued ? null : SCALE_AFTER_SPACE.exec(rest);
    const pre = prefixCurrency(text, numStart, context);
    if (glued && (pre || !GLUED_ONLY_SCALES.has(glued[1].toLowerCase()))) {
      scale = SCALE_WORDS[glued[1].toLowerCase()];
      cursor += glued[0].length;
      scaleRule = '+scale';
    } else if (spaced) {
      scale = SCALE_WORDS[spaced[1].toLowerCase()];
      cursor += spaced[0].length;
      scaleRule = '+scale';
    }
    const post = pre ? null : suffixCurrency(text, cursor);
    let currency: string | null = null;
    let start = numStart;
    let rule: string;
    if (pre) {
      start = pre.start;
      currency = pre.currency;
      rule = pre.rule + scaleRule;
    } else if (post) {
      cursor = post.end;
      currency = post.currency;
      rule = 'money.name-after' + scaleRule;
    } else if (scale >= 1e6) {
      const next = NEXT_WORD.exec(text.slice(cursor, cursor + 40));
      const word = next?.[1].toLowerCase();
      if (word && (COUNT_NOUNS.has(word) || !FREE_AFTER_SCALE.has(word))) continue;
      rule = 'money.scale-without-currency';
    } else continue;
    if (currency === 'JPY' && text[start] === '¥' && (context.yenSignIsYuan || YEN_SIGN_YUAN_HINTS.test(text))) currency = 'CNY';
    const amount = scaleNumber(m[0], scale);
    if (!Number.isFinite(amount)) continue;
    found.push({
      kind: 'money',
      start: offset + start,
      end: offset + cursor,
      rule,
      amount: roundAmount(amount),
      currency,
      qualifier: findQualifier(text, start),
    });
  }
  return inheritRangeScales(found, text, offset);
}

/** Avoids binary noise such as 9.28 * 1e9 = 9280000000.000002. */
function roundAmount(x: number): number {
  return Math.abs(x) >= 1 ? Math.round(x * 1e6) / 1e6 : x;
}

/**
 * "$5-6 billion" and "$5 to $6 billion": the first number of a range carries the
 * second's scale when it has none of its own.
 */
function inheritRangeScales(found: MoneyMention[], text: string, offset: number): MoneyMention[] {
  for (let i = 0; i + 1 < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    const scaled = (x: MoneyMention) => x.rule.endsWith('+scale') || x.rule === 'money.scale-without-currency';
    if (scaled(a) || !scaled(b)) continue;
    const between = text.slice(a.end - offset, b.start - offset);
    if (!/^\s*(?:-|–|to|and)\s*$/.test(between)) continue;
    const scale = guessScale(b, text.slice(b.start - offset, b.end - offset));
    if (scale > 1) a.amount = scaleNumber(text.slice(a.start - offset, a.end - offset).replace(/^\D+/, ''), scale);
    // "$5-6 billion": the currency written once covers both ends
    a.currency ??= b.currency;
    b.currency ??= a.currency;
  }
  return found;
}

const SCALE_ANYWHERE = caselessPattern(String.raw`(thousand|million|billion|trillion|mln|bln|bn|mn|tn|trn|tln|m|b|k)(?![\p{L}])`);

function guessScale(m: MoneyMention, text: string): number {
  const word = SCALE_ANYWHERE.exec(text);
  return word ? SCALE_WORDS[word[1].toLowerCase()] ?? 1 : 1;
}
