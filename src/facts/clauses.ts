import { allMatches } from '../text/matches.js';
import { caselessPattern } from '../text/caseless.js';

/** Clause boundaries inside one sentence, so "exports rose ... while imports fell ..." gives two facts. */
export interface Clause {
  start: number;
  end: number;
}

// Where a new clause may begin; each keeps its conjunction out of both clauses' text.
const CLAUSE_BREAK = caselessPattern(
  String.raw`;\s+|,?\s+(?:while|whereas|but)\s+|,\s+(?=(?:down|up) from\b)|,\s+as\s+(?!well\b|of\b|a\b|part\b)|,\s+(?:of|among) which\s+|,\s+when\s+|,\s+and\s+(?=(?:export|import|ship|purchas|bought|sold|invest)[a-z]*\b)|\s+and\s+(?=(?:its\s+|their\s+)?(?:exports?|imports?|shipments?|purchases)\s+(?:of\s+[\p{L} -]{1,40}?\s+)?(?:rose|fell|grew|dropped|declined|increased|decreased|jumped|surged|slipped|reached|totaled|totalled|amounted|were|was|stood|hit)\b)|,\s+and\s+(?=(?:its\s+|their\s+|the\s+)?(?:[\p{L}'’-]+\s+){0,3}?(?:exports?|imports?|investments?|trade|turnover|sold|bought|exported|imported|shipped|invested)\b)|\s+and\s+(?=(?:[\p{Lu}][\p{L}'’-]*\s+){1,3}(?:exports?|imports?|trade|turnover)\b)|,\s+(?=(?:[\p{Lu}][\p{L}'’-]*\s+){0,2}(?:exports?|imports?|shipments?|supplies|sales)\s+(?:(?:to|from|of|were|was|rose|fell|grew|increased|decreased|declined|dropped|jumped|amounted|totaled|totalled|reached|stood)\b|(?:US\$|\$|RMB|USD|CNY|€)?\s?\d))|,\s+(?=(?:it|they|this)\s+(?:is|are|was|were|will|would|has|have|had|should|could|may|might|rose|fell|grew|reached|is\s+expected|are\s+expected)\b)`,
  'g',
);

export function splitClauses(text: string, offset: number): Clause[] {
  const clauses: Clause[] = [];
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (const m of allMatches(CLAUSE_BREAK, text)) {
    if (m.index! > start) clauses.push({ start: offset + start, end: offset + m.index! });
    start = m.index! + m[0].length;
  }
  if (start < text.length) clauses.push({ start: offset + start, end: offset + text.length });
  return clauses;
}
