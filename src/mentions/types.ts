import type { Qualifier } from '../schema/index.js';
import type { Token } from '../text/tokens.js';

/** What a recogniser finds: a span of the document, the rule that found it, and resolved values. */
interface Span {
  start: number;
  end: number;
  /** The named rule that produced this mention (printed by --explain). */
  rule: string;
}

export interface MoneyMention extends Span {
  kind: 'money';
  amount: number;
  currency: string | null;
  qualifier: Qualifier;
}

export interface PercentMention extends Span {
  kind: 'percent';
  value: number;
}

export interface DateMention extends Span {
  kind: 'date';
  from: string | null;
  to: string | null;
  relative: boolean;
  /** How the period was anchored, for facts: a running total ("by April") has no start. */
  runningTotal?: boolean;
}

export interface OrganizationMention extends Span {
  kind: 'organization';
  name: string;
  /** Set where the text defines one: "the General Administration of Customs (GAC)". */
  acronym?: string;
}

export interface OfficialMention extends Span {
  kind: 'official';
  name: string;
  title: string | null;
  affiliation: string | null;
  /** The whole phrase, title and affiliation included; its words are no trade flow or party. */
  phrase: { start: number; end: number };
}

export type Mention = MoneyMention | PercentMention | DateMention | OrganizationMention | OfficialMention;

/** A piece of the document that a recogniser reads; offsets of results are document offsets. */
export interface TextWindow {
  text: string;
  /** Document offset of text[0]. */
  offset: number;
  /** The window's tokens (offsets within text), once a recogniser has asked for them: see windowTokens. */
  tokens?: Token[];
}

/**
 * Keeps the mentions that win by the fixed conflict order: longest first, then the lower
 * priority number, then the earlier start. Output is sorted by start.
 */
export function resolveOverlaps<T extends { start: number; end: number }>(candidates: T[], priority: (m: T) => number = () => 0): T[] {
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || priority(a) - priority(b) || a.start - b.start,
  );
  const kept: T[] = [];
  for (const c of ordered) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
