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

export const isCapitalised = (w: string) => /^[\p{Lu}]/u.test(w);
export const isWord = (w: string) => /^[\p{L}\p{N}]/u.test(w);
/** "Russia's" → "Russia". */
export const stripPossessive = (w: string) => w.replace(/['’]s$/, '');
export const isPossessive = (w: string) => /['’]s$/.test(w);
