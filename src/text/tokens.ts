import { allMatches } from './matches.js';

/** Word tokens with offsets, for the recognisers that walk capitalised runs. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words may carry inner hyphens, apostrophes and dots ("China-Russia", "Russia's", "U.S.", "Co.").
const WORD = /(?:Co|Ltd|Inc|Corp|Bros|No|Mr|Ms|Mrs|Dr|Jr|St)\.(?![\p{L}])|[\p{L}\p{N}](?:[\p{L}\p{N}]|[-'’.&](?=[\p{L}\p{N}]))*|[,;:()“”"/&\u2013\u2014]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of allMatches(WORD, text)) out.push({ text: m[0], start: offset + m.index!, end: offset + m.index! + m[0].length });
  return out;
}

/** A window's tokens, computed once however many recognisers walk them. */
export function windowTokens(win: { text: string; tokens?: Token[] }): Token[] {
  return (win.tokens ??= tokenize(win.text));
}

// These run once per token: ASCII letters are settled by their char code, other scripts by a Unicode class.
const UPPER_LETTER = /^[\p{Lu}]/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

export function isCapitalised(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_LETTER.test(w);
}

export function isWord(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(w);
}

/** "Russia's" → "Russia". */
export const stripPossessive = (w: string) => (isPossessive(w) ? w.slice(0, -2) : w);
export function isPossessive(w: string): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115 /* s */) return false;
  const q = w.charCodeAt(n - 2);
  return q === 39 /* ' */ || q === 0x2019 /* ’ */;
}
