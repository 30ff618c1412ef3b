import { BLOCS, COUNTRIES, REGIONS } from '../lexicon/places.js';
import { lookupPlace, type PlaceType } from '../lexicon/place-index.js';
import { allMatches } from '../text/matches.js';
import { escapeRegExp } from '../text/strings.js';

/** A country, bloc or region named in the text, with the word before it that hints at its role. */
export interface PlaceMention {
  start: number;
  end: number;
  canonical: string;
  type: PlaceType;
  possessive: boolean;
  /** Written as a port: "Khorgos port", "Heihe port's". */
  port: boolean;
}

const FORMS = [...COUNTRIES, ...BLOCS, ...REGIONS]
  .flat()
  .filter((f) => /^[\p{Lu}]/u.test(f.replace(/^the /, '')))
  .sort((a, b) => b.length - a.length);
// one alternation over literal names: linear in the text, no nested quantifiers
const PLACE_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${FORMS.map(escapeRegExp).join('|')})(?:['’]s)?(?![\\p{L}\\p{N}$])(?![ \\u00a0](?:dollars?|yuan|rubles?|roubles?|tenge|won|yen|rupees?|euros?|pounds?|francs?|lira|dirhams?|tugriks?)\\b)`,
  'gu',
);
// "Heilongjiang province", "Zhejiang Province's": the head word is part of the mention
const REGION_SUFFIX = /^ (?:[Pp]rovince|[Rr]egion|[Tt]erritory|[Kk]rai|[Oo]blast|[Mm]unicipality|[Cc]ity)(?:['’]s)?(?![\p{L}])/u;

export function findPlaces(text: string, offset = 0): PlaceMention[] {
  const out: PlaceMention[] = [];
  PLACE_PATTERN.lastIndex = 0;
  for (const m of allMatches(PLACE_PATTERN, text)) {
    const place = lookupPlace(m[0]);
    if (!place) continue;
    let end = m.index! + m[0].length;
    let possessive = /['’]s$/.test(m[0]);
    const suffix = possessive ? null : REGION_SUFFIX.exec(text.slice(end, end + 16));
    if (suffix) {
      end += suffix[0].length;
      possessive = /['’]s$/.test(suffix[0]);
    }
    const port = /^ (?:land )?port\b/i.test(text.slice(end, end + 12));
    out.push({ start: offset + m.index!, end: offset + end, canonical: place.canonical, type: place.type, possessive, port });
  }
  return out;
}

/**
 * The two parties an article is about: the two countries or blocs ("the EU") it
 * names most, in the order it first names them. "the two countries" resolves to them.
 */
export function articlePair(places: PlaceMention[]): [string, string] | null {
  const counts = new Map<string, { n: number; first: number; type: PlaceType }>();
  for (const p of places) {
    const c = counts.get(p.canonical);
    if (c) c.n++;
    else counts.set(p.canonical, { n: 1, first: p.start, type: p.type });
  }
  const ranked = [...counts.entries()]
    .filter(([, c]) => c.type === 'country' || c.type === 'bloc')
    .sort((a, b) => b[1].n - a[1].n || a[1].first - b[1].first)
    .slice(0, 2);
  if (ranked.length < 2) return null;
  ranked.sort((a, b) => a[1].first - b[1].first);
  return [ranked[0][0], ranked[1][0]];
}
