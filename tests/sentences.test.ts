/** Sentence boundaries decide every record's `sentence` and every fact's evidence: abbreviations are the hard part. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../src/text/sentences.js';

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  const rows: Array<[string, string[]]> = [
    ['Imports grew 6.9% to $5.5 bln. Russia\'s surplus narrowed.', ['Imports grew 6.9% to $5.5 bln.', "Russia's surplus narrowed."]],
    ['Exports reached 5 bln. US dollars last year.', ['Exports reached 5 bln. US dollars last year.']],
    ['It rose to 12 mln. rubles in May.', ['It rose to 12 mln. rubles in May.']],
    ['Mr. Li met Dr. Sun on Jan. 5. They signed.', ['Mr. Li met Dr. Sun on Jan. 5.', 'They signed.']],
    ['Trade with the U.S. fell. Exports rose.', ['Trade with the U.S. fell.', 'Exports rose.']],
    ['Headline\nBody text here.', ['Headline', 'Body text here.']],
  ];
  for (const [text, expected] of rows) it(JSON.stringify(text), () => expect(sentences(text)).toEqual(expected));
});
