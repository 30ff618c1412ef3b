import { PAIR_ANAPHORS } from '../lexicon/trade.js';
import type { Flow } from '../schema/index.js';
import type { PlaceMention } from './places.js';

export type Role = 'to' | 'from' | 'with' | 'in' | 'between' | 'of' | 'owner' | 'pair' | 'subject' | 'other' | 'source';

export interface RoledPlace extends PlaceMention {
  role: Role;
}

export interface Parties {
  reporter: string | null;
  partner: string | null;
  rule: string;
}

const ROLE_BEFORE: Array<[RegExp, Role]> = [
  // "The city of Dalian bought ...": the place is the subject, not an "of" complement
  [/\b(?:city|province|region|territory|port|county|town|municipality) of\s+$/i, 'subject'],
  // "According to the Russian side": where a figure comes from, not a party to it
  [/\baccording to\s+(?:the\s+)?$/i, 'source'],
  [/\b(?:to|into|towards?)\s+(?:the\s+)?$/i, 'to'],
  [/\bfrom\s+(?:the\s+)?$/i, 'from'],
  [/\bwith\s+(?:the\s+)?$/i, 'with'],
  [/\b(?:in|inside)\s+(?:the\s+)?$/i, 'in'],
  [/\bbetween\s+(?:the\s+)?$/i, 'between'],
  [/\bof\s+(?:the\s+)?$/i, 'of'],
];

/** Reads each place's role from the words just before it ("to Russia", "from China", "Russia's"). */
export function assignRoles(text: string, textStart: number, places: PlaceMention[], triggerAt: number): RoledPlace[] {
  const out: RoledPlace[] = [];
  for (const p of places) {
    const before = text.slice(Math.max(0, p.start - textStart - 24), p.start - textStart);
    let role: Role | null = null;
    const prev = out[out.length - 1];
    if (prev && /^[-\u2013]$/.test(text.slice(prev.end - textStart, p.start - textStart))) {
      prev.role = 'pair';
      role = 'pair';
    } else if (prev && /^\s+(?:and|&)\s+(?:the\s+)?$/i.test(text.slice(prev.end - textStart, p.start - textStart))) role = prev.role;
    else for (const [re, r] of ROLE_BEFORE) if (!role && re.test(before)) role = r;
    if (!role) role = p.possessive ? 'owner' : p.start < triggerAt ? 'subject' : 'other';
    // field by field: a spread per place is V8's slow object copy
    out.push({ start: p.start, end: p.end, canonical: p.canonical, type: p.type, possessive: p.possessive, port: p.port, role });
  }
  return out;
}

/** The first place with the most preferred role: roles are listed in order of preference. */
function first(places: RoledPlace[], roles: Role[], not?: string | null): string | null {
  for (const role of roles) {
    const p = places.find((x) => x.role === role && x.canonical !== not);
    if (p) return p.canonical;
  }
  return null;
}

function distinct(places: RoledPlace[]): string[] {
  return [...new Set(places.map((p) => p.canonical))];
}

/** The other member of the pair, when one side is known. */
function otherOf(pair: [string, string] | null, known: string | null): string | null {
  if (!pair || !known) return null;
  return pair[0] === known ? pair[1] : pair[1] === known ? pair[0] : null;
}

/**
 * Reporter and partner from the places of a clause and their roles, by flow:
 * exporter → destination, importer ← origin, investor → target, first → second party of trade.
 */
export function resolveParties(
  flow: Flow,
  places: RoledPlace[],
  clauseText: string,
  pair: [string, string] | null,
  topic: string | null,
  worldTrade = false,
  /** The region a phrase like "the autonomous region" in this clause stands for. */
  anaphorRegion: string | null = null,
): Parties | null {
  places = places.filter((p) => p.role !== 'source');
  const names = distinct(places);
  const anaphoric = PAIR_ANAPHORS.test(clauseText);
  if (names.length === 0) return anaphoric && pair ? { reporter: pair[0], partner: pair[1], rule: 'parties.article-pair' } : null;
  // a side the clause leaves out is the one the text is about, else the other of the pair
  const missingSide = (known: string | null) => (topic && topic !== known ? topic : otherOf(pair, known));
  switch (flow) {
    case 'trade': {
      // "the import and export value of Khorgos port": a port's trade is with the world unless a partner is named
      const port = places.find((p) => p.port);
      if (port) return { reporter: port.canonical, partner: first(places, ['with'], port.canonical), rule: 'parties.port' };
      if (worldTrade && !first(places, ['with', 'between', 'pair', 'to', 'from']))
        return { reporter: names[0], partner: null, rule: 'parties.world-trade' };
      const partnerWith = first(places, ['with']);
      if (partnerWith) {
        const reporter =
          first(places, ['owner', 'subject', 'of'], partnerWith) ??
          (anaphorRegion !== partnerWith ? anaphorRegion : null) ??
          first(places, ['pair', 'in', 'other', 'from'], partnerWith);
        return { reporter: reporter ?? missingSide(partnerWith), partner: partnerWith, rule: 'parties.trade-with' };
      }
      if (names.length >= 2) {
        // the places nearest the flow word: "In northeast China, Heilongjiang and Russia's trade ..." drops the setting
        const paired = places.filter((p) => ['between', 'of', 'pair', 'owner'].includes(p.role));
        const chosen = distinct(paired.length >= 2 ? paired : places);
        return { reporter: chosen[0], partner: chosen[1] ?? names.find((n) => n !== chosen[0]) ?? null, rule: 'parties.two-places' };
      }
      if (anaphoric && pair)
        return pair.includes(names[0])
          ? { reporter: names[0], partner: otherOf(pair, names[0]), rule: 'parties.one-place-bilateral' }
          : { reporter: pair[0], partner: pair[1], rule: 'parties.article-pair' };
      return { reporter: names[0], partner: null, rule: 'parties.one-place-world' };
    }
    case 'export': {
      const partner = first(places, ['to', 'with']);
      const reporter = first(places, ['owner', 'from', 'subject', 'pair', 'of', 'other', 'in'], partner);
      return { reporter: reporter ?? missingSide(partner), partner, rule: 'parties.export-roles' };
    }
    case 'import': {
      // "purchases of Russian coal": the goods' origin is the partner; "imports of Hunchun from Russia": the importer
      const named = first(places, ['from', 'with']);
      const partner = named ?? first(places, ['of']);
      const reporter = first(places, named ? ['owner', 'subject', 'of', 'to', 'pair', 'in', 'other'] : ['owner', 'subject', 'to', 'pair', 'in', 'other'], partner);
      return { reporter: reporter ?? missingSide(partner), partner, rule: 'parties.import-roles' };
    }
    case 'investment': {
      // "investment of Chinese companies in Kazakhstan": the investor comes with "from", a possessive or "of"
      const reporter = first(places, ['from', 'owner', 'subject', 'of', 'pair', 'other']);
      const partner = first(places, ['in', 'to', 'with', 'other'], reporter);
      return { reporter: reporter ?? missingSide(partner), partner, rule: 'parties.investment-roles' };
    }
  }
}
