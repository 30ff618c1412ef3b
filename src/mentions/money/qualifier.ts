import { QUALIFIER_FILLERS, QUALIFIER_PHRASES } from '../../lexicon/qualifiers.js';
import type { Qualifier } from '../../schema/index.js';
import { escapeRegExp } from '../../text/strings.js';

const byLength = (a: string, b: string) => b.length - a.length;
// a qualifier phrase, then only filler words, up to the amount: "neared a record high of $90 billion"
const QUALIFIER_TAIL = new RegExp(
  `(?:^|\\s)(${Object.keys(QUALIFIER_PHRASES).sort(byLength).map(escapeRegExp).join('|')})(?:\\s+(?:${[...QUALIFIER_FILLERS].sort(byLength).map(escapeRegExp).join('|')}))*\\s*$`,
  'i',
);

/** Reads the words just before an amount for a qualifier ("more than", "nearly", "about"). */
export function findQualifier(text: string, amountStart: number): Qualifier {
  const before = text.slice(Math.max(0, amountStart - 60), amountStart);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('('), before.search(/\d[^\d]*$/));
  const clause = cut >= 0 ? before.slice(cut + 1) : before;
  const m = QUALIFIER_TAIL.exec(clause);
  return m ? QUALIFIER_PHRASES[m[1].toLowerCase()] : null;
}
