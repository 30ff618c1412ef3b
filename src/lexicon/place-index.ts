import { BLOCS, COUNTRIES, REGIONS } from './places.js';
import { detachedCopy } from '../text/strings.js';

export type PlaceType = 'country' | 'bloc' | 'region';

export interface Place {
  canonical: string;
  type: PlaceType;
}

const INDEX = new Map<string, Place>();
for (const [type, table] of [['country', COUNTRIES], ['bloc', BLOCS], ['region', REGIONS]] as const)
  for (const forms of table) for (const form of forms) INDEX.set(form.toLowerCase(), { canonical: forms[0], type });

const REGION_HEAD = /\b(?:Province|Territory|Region|Krai|Oblast|Municipality)$/;
const FORMAL = new Map<string, string>();
for (const forms of REGIONS) {
  const formal = forms.find((f) => REGION_HEAD.test(f));
  if (formal) FORMAL.set(forms[0], formal);
}

/** A region as an affiliation is written in full: "Heilongjiang" → "Heilongjiang Province". */
export const formalRegionName = (canonical: string): string => FORMAL.get(canonical) ?? canonical;

/** "Chinese", "PRC", "the Russian Federation", "Heilongjiang Province" → the canonical place. */
// Recognisers ask about the same few phrases over and over; a bounded memo answers them.
const MEMO = new Map<string, Place | null>();
const MEMO_LIMIT = 4096;

export function lookupPlace(phrase: string): Place | null {
  const known = MEMO.get(phrase);
  if (known !== undefined) return known;
  const place = lookupPlaceUncached(phrase);
  if (MEMO.size >= MEMO_LIMIT) MEMO.clear();
  MEMO.set(detachedCopy(phrase), place);
  return place;
}

function lookupPlaceUncached(phrase: string): Place | null {
  const bare = phrase.trim().replace(/['’]s$/, '').replace(/^the\s+/i, '');
  // places are proper nouns: "us" and "china" (porcelain) in lower case are not places
  if (!/^[\p{Lu}]/u.test(bare)) return null;
  const key = bare.toLowerCase();
  return INDEX.get(key) ?? INDEX.get(`the ${key}`) ?? null;
}
