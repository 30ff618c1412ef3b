import { QUALIFIER_FILLERS, QUALIFIER_PHRASES } from '../../lexicon/qualifiers.js';
import type { Qualifier } from '../../schema/index.js';

const PHRASES = Object.keys(QUALIFIER_PHRASES).sort((a, b) => b.split(' ').length - a.split(' ').length);

/**
 * Reads the words just before an amount: a qualifier phrase, possibly separated from the
 * amount by filler words ("neared a record high of $90 billion").
 */
export function findQualifier(text: string, amountStart: number): Qualifier {
  const before = text.slice(Math.max(0, amountStart - 60), amountStart);
  const clause = before.split(/[,;:()\d]/).pop() ?? '';
  const words = clause.toLowerCase().trim().split(/\s+/).filter(Boolean);
  if (clause.trimEnd().endsWith('~')) return 'approx';
  for (let n = words.length; n > 0; n--) {
    // words[n..] must all be fillers for a phrase ending at n to qualify the amount
    const tail = words.slice(n);
    if (!tail.every((w) => QUALIFIER_FILLERS.has(w))) break;
    for (const phrase of PHRASES) {
      const parts = phrase.split(' ');
      if (parts.length > n) continue;
      if (words.slice(n - parts.length, n).join(' ') === phrase) return QUALIFIER_PHRASES[phrase];
    }
  }
  return null;
}
