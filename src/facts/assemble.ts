import {
  COMMODITIES, COMPARISON_MONEY_BEFORE, DIFFERENCE_MONEY_BEFORE, FLOW_TRIGGERS, FORECAST_WORDS, NON_TRADE_ANCHORS, NON_TRADE_MONEY_AFTER, NON_TRADE_MONEY_BEFORE, PRESENT_MARKERS, REGION_ANAPHORS, WORLD_TRADE, COMPARISON_BEFORE,
} from '../lexicon/trade.js';
import type { Flow, Qualifier } from '../schema/index.js';
import type { DateMention, MoneyMention, OfficialMention, OrganizationMention, PercentMention } from '../mentions/types.js';
import type { Sentence } from '../text/sentences.js';
import { overlapsAny, spansWithin } from '../text/ranges.js';
import { findChange, type Change } from './change.js';
import { splitClauses, type Clause } from './clauses.js';
import { assignRoles, resolveParties, type Parties } from './parties.js';
import { articlePair, findPlaces, type PlaceMention } from './places.js';
import { formalRegionName, lookupPlace } from '../lexicon/place-index.js';
import { allMatches } from '../text/matches.js';
import { escapeRegExp } from '../text/strings.js';
import { caselessPattern } from '../text/caseless.js';

export interface TradeFactDraft {
  start: number;
  end: number;
  rule: string;
  flow: Flow;
  reporter: string | null;
  partner: string | null;
  commodity: string | null;
  amount: number;
  currency: string | null;
  qualifier: Qualifier;
  period_from: string | null;
  period_to: string | null;
  change_pct: number | null;
  forecast: boolean;
}

export interface FactInputs {
  text: string;
  sentences: Sentence[];
  money: MoneyMention[];
  percents: PercentMention[];
  dates: DateMention[];
  orgs: OrganizationMention[];
  officials: OfficialMention[];
}

const TRIGGERS = FLOW_TRIGGERS.map((t) => ({ ...t, re: caselessPattern(`(?<![\\p{L}-])(?:${t.pattern})(?![\\p{L}])`, 'g') }));
/** Cheap test before any clause work: can this sentence state a flow at all? */
const ANY_TRIGGER = /export|import|trade|turnover|invest|shipment|shipped|purchase|FDI|enterprises|companies|firms|ventures|b[ou][uy]|sales|sold|sell|deliver|suppl/i;
const CONTINUATION = /^\s*(?:it|this|that|they|the figure|the volume|the value|the total|the amount)\b/i;
const COMMODITY_PATTERN = caselessPattern(`(?<![\\p{L}])(?:${[...COMMODITIES].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`);
const RUNNING_TOTAL_BEFORE = /\b(?:by|as of|as at|until|till|up to|through)\s+(?:the end of\s+)?$/i;

interface Trigger {
  flow: Flow;
  rule: string;
  start: number;
  end: number;
}

function findTriggers(text: string, offset: number, names: Array<{ start: number; end: number }>): Trigger[] {
  // words inside a name are no flow: "Minister of Investment", "Export Credit Guarantee Corporation"
  const found: Trigger[] = names.map((n) => ({ flow: 'trade' as Flow, rule: 'name', start: n.start, end: n.end }));
  for (const t of TRIGGERS) {
    if (!t.hint.test(text)) continue;
    t.re.lastIndex = 0;
    for (const m of allMatches(t.re, text)) {
      const start = offset + m.index!;
      const end = start + m[0].length;
      // earlier, more specific triggers own their words: "import and export value" is not an import
      if (found.some((f) => start < f.end && f.start < end)) continue;
      found.push({ flow: t.flow, rule: t.rule, start, end });
    }
  }
  return found.filter((t) => t.rule !== 'name').sort((a, b) => a.start - b.start);
}

/** Which trigger governs an amount: the nearest one before it in the clause, else the nearest after. */
function governingTrigger(triggers: Trigger[], clause: Clause, money: MoneyMention): Trigger | null {
  const inClause = triggers.filter((t) => t.start >= clause.start && t.end <= clause.end);
  const before = inClause.filter((t) => t.end <= money.start);
  if (before.length) return before[before.length - 1];
  return inClause.find((t) => t.start >= money.end) ?? null;
}

/** A place that is part of a longer organisation name; a bloc that is itself the name ("ASEAN") stays a party. */
function insideLongerName(orgs: OrganizationMention[], p: PlaceMention): boolean {
  return spansWithin(orgs, p.start - 200, p.end + 200).some((o) => o.start <= p.start && p.end <= o.end && o.end - o.start > p.end - p.start);
}

function isTradeFigure(text: string, m: MoneyMention, clause: Clause, clauseMoney: MoneyMention[], trigger: Trigger | null): boolean {
  // "EU exports fell, leaving a deficit of €106 billion": a deficit, capital or fund is nearer the amount than any flow word
  const lead = text.slice(trigger && trigger.end <= m.start ? trigger.end : clause.start, m.start);
  NON_TRADE_ANCHORS.lastIndex = 0;
  if (NON_TRADE_ANCHORS.test(lead)) return false;
  const before = text.slice(Math.max(clause.start, m.start - 60), m.start);
  const after = text.slice(m.end, Math.min(clause.end, m.end + 40));
  // "investment ... totalled $84.5 billion in registered capital": capital is how investment is counted
  // for investment, "in registered capital" and "into projects" say how and where it went
  const investedIn = trigger?.flow === 'investment' && /^\s*(?:in|into)?\s*(?:registered\s+|paid-in\s+)?(?:capital|projects?|plants?|facilit(?:y|ies))\b/i.test(after);
  if (NON_TRADE_MONEY_BEFORE.test(before) || (NON_TRADE_MONEY_AFTER.test(after) && !investedIn)) return false;
  // "compared with €561 billion in 2019", "up from $4 billion": the base of a comparison
  if (COMPARISON_MONEY_BEFORE.test(before)) return false;
  // "(about 110.8 billion dollars)" right after another amount: the same figure in another currency
  if (/\(\s*(?:about |around |approximately |some |nearly |or )?$/.test(before) && clauseMoney.some((o) => o.end <= m.start && /^\s*\(\s*[\p{L} ]{0,15}$/u.test(text.slice(o.end, m.start)))) return false;
  if (clauseMoney.length > 1) {
    // "increased by $2 billion to $10 billion", "from $5 billion to $6 billion": the level is the fact
    if (/\b(?:by|from)\s*$/i.test(before) && clauseMoney.some((o) => o.start > m.end && /\bto\s*$/i.test(text.slice(m.end, o.start)))) return false;
    // "stood at $18 billion, including a refinery worth $12.9 billion": a part of the figure before it
    // ("including $3 billion of machinery" stays: a commodity's share of the flow is a fact of its own)
    if (/\bincluding\b[^,;]{0,80}\bworth\s+(?:about |around |nearly |some )?$/i.test(before) && clauseMoney.some((o) => o.end <= m.start)) return false;
    // "reached $12.8 billion, which is increased by $2.3 billion": the level is the fact, the difference is not
    if (DIFFERENCE_MONEY_BEFORE.test(before) && clauseMoney.some((o) => o !== m && !DIFFERENCE_MONEY_BEFORE.test(text.slice(Math.max(0, o.start - 60), o.start)))) return false;
  }
  return true;
}

function pickPeriod(all: DateMention[], text: string, m: MoneyMention, spansOnly = false, others: MoneyMention[] = []): { from: string | null; to: string | null; rule: string } | null {
  // "compared with the same period of last year", "up 5% from 2022": the base of a comparison is not the figure's period;
  // nor is a day a target's period ("the agreement, in force since May 1, is expected to lift trade to $100 billion")
  const dates = all.filter((d) => !isComparisonBase(d, text) && !(spansOnly && d.from !== null && d.from === d.to));
  if (dates.length === 0) return null;
  // a span (month, quarter, year) governs a figure before a single day does (the day is usually the report's)
  const spans = dates.filter((d) => d.from !== d.to || d.from === null);
  const spanPool = spans.length ? spans : dates;
  // nearest by the gap between the spans; a date nearer another amount is that amount's:
  // "$100 billion by 2023 and $150 billion by 2030", "13.76 billion yuan, up 32.4% from 10.39 billion yuan in 2021"
  const gap = (d: DateMention, x: MoneyMention) => (d.end <= x.start ? x.start - d.end : d.start >= x.end ? d.start - x.end : 0);
  const own = spanPool.filter((d) => !others.some((o) => o !== m && gap(d, o) < gap(d, m)));
  const pool = own.length ? own : spanPool;
  const nearest = pool.reduce((a, b) => (gap(b, m) < gap(a, m) ? b : a));
  const before = text.slice(Math.max(0, nearest.start - 24), nearest.start);
  if (RUNNING_TOTAL_BEFORE.test(before)) return { from: null, to: nearest.to, rule: 'period.running-total' };
  return { from: nearest.from, to: nearest.to, rule: 'period.clause-date' };
}

function isComparisonBase(d: DateMention, text: string): boolean {
  if (COMPARISON_BEFORE.test(text.slice(Math.max(0, d.start - 24), d.start))) return true;
  // "compared with the same period in 2018": the comparison reaches over a few words, up to a comma
  const phrase = text.slice(Math.max(0, d.start - 48), d.start).split(/[,;:]/).pop() ?? '';
  if (/\b(?:compared (?:with|to)|against|versus)\b/i.test(phrase)) return true;
  return /^the same (?:period|time|months?|quarter)\b.*\b(?:last|previous|earlier|ago|before|(?:19|20)\d{2})\b/i.test(text.slice(d.start, d.end));
}

function findCommodity(text: string, clause: Clause, m: MoneyMention, trigger: Trigger | null): string | null {
  const after = text.slice(m.end, clause.end);
  const of = /^\s+of\s+((?:[\p{Ll}][\p{L}-]*\s+){0,5}?[\p{Ll}][\p{L}-]*)(?=\s+(?:to|from|in|into|with|for|during|over|at|by|last|this|and\s+(?:the|a)\b)|\s*[,.;]|$)/u.exec(after);
  if (of && !/^(?:the|a|an|which|this|that)\b/.test(of[1])) return of[1];
  if (trigger) {
    const afterTrigger = text.slice(trigger.end, clause.end);
    const tof = /^\s+of\s+((?:[\p{Ll}][\p{L}-]*\s+){0,4}?[\p{Ll}][\p{L}-]*)(?=\s+(?:to|from|in|into|with|for|during|over|at|by|rose|fell|grew|reached|were|was|increased|decreased|declined|dropped|jumped|totaled|totalled|amounted|hit|stood)\b|\s*[,.;]|$)/u.exec(afterTrigger);
    if (tof && !/^(?:the|a|an|goods|products)$/.test(tof[1])) return tof[1];
  }
  const lexicon = COMMODITY_PATTERN.exec(text.slice(clause.start, clause.end));
  return lexicon && !/^(?:goods|services)$/i.test(lexicon[0]) ? lexicon[0] : null;
}

/** A flow of a party with everyone: "total exports", "overall imports", "foreign trade", "worldwide". */
const WHOLE_FLOW = /\b(?:total|overall|foreign|global|worldwide|all|national)\b/i;

const within = (x: { start: number; end: number }, c: { start: number; end: number }) => x.start >= c.start && x.end <= c.end;

/**
 * "Exports grew by 24.6% to $2.61 billion, imports – by 14.6% to $4.32 billion": a percentage
 * with "by" and no direction word of its own takes the direction of the figure before it.
 */
function elidedChange(clauseText: string, clauseStart: number, percents: PercentMention[], before: TradeFactDraft | null): Change | null {
  if (!before || before.change_pct === null || before.change_pct === 0) return null;
  for (const p of percents) {
    const lead = clauseText.slice(Math.max(0, p.start - clauseStart - 16), p.start - clauseStart);
    if (/(?:^|[\s\u2013\u2014-])by\s*$/i.test(lead)) return { value: Math.sign(before.change_pct) * Math.abs(p.value), rule: 'change.elided-direction' };
  }
  return null;
}

/**
 * "... the value is 2.8 billion US dollars, it is increased by 38%": a change stated in the
 * next clause, which has no amount of its own, belongs to this clause's figure.
 */
function trailingChange(text: string, clauses: Clause[], clause: Clause, sentenceMoney: MoneyMention[], percents: PercentMention[]): Change | null {
  const next = clauses[clauses.indexOf(clause) + 1];
  if (!next || sentenceMoney.some((m) => within(m, next))) return null;
  const nextText = text.slice(next.start, next.end);
  // "..., while imports rose 10%" is another flow's change, not this figure's
  if (FORECAST_WORDS.test(nextText) || ANY_TRIGGER.test(nextText)) return null;
  const change = findChange(nextText, next.start, spansWithin(percents, next.start, next.end));
  return change && { value: change.value, rule: `${change.rule}+next-clause` };
}

/**
 * Trade facts: per sentence with an amount and a flow word, one fact per amount that the
 * flow governs, with parties, period, change and forecast read from its clause.
 */
export function assembleTradeFacts(input: FactInputs): TradeFactDraft[] {
  const { text, sentences, money, orgs } = input;
  if (money.length === 0) return [];
  // a place inside an organisation's name ("the China-Russia Chamber of Commerce") is no party
  const docPlaces = findPlaces(text).filter((p) => !insideLongerName(orgs, p));
  const pair = articlePair(docPlaces);
  const facts: TradeFactDraft[] = [];
  let previous: TradeFactDraft | null = null;
  let lastTradePair = null as TradeFactDraft | null;
  // the first fact of the last sentence that had any: its period is the one the text goes on in
  let leadFact: TradeFactDraft | null = null;
  // "the province", "the territory": the one of that kind the article names most
  const regionFor = (clauseText: string, sentenceText: string): string | null => {
    const m = REGION_ANAPHORS.exec(clauseText);
    return m ? (speakersRegion(input.officials, sentenceText) ?? placeForAnaphor(docPlaces, m[0])) : null;
  };
  const officialsIn = (s: Sentence) => spansWithin(input.officials, s.start - 400, s.end + 400).filter((o) => o.phrase.start < s.end && o.phrase.end > s.start);
  let mi = 0;
  for (let si = 0; si < sentences.length && mi < money.length; si++) {
    const s = sentences[si];
    const sentenceMoney: MoneyMention[] = [];
    while (mi < money.length && money[mi].start < s.end) {
      if (money[mi].start >= s.start) sentenceMoney.push(money[mi]);
      mi++;
    }
    if (sentenceMoney.length === 0) continue;
    const sText = text.slice(s.start, s.end);
    const continuesPrevious = previous !== null && CONTINUATION.test(sText) && previous.start >= (sentences[si - 1]?.start ?? 0);
    if (!ANY_TRIGGER.test(sText) && !continuesPrevious) continue;
    const officialPhrases = officialsIn(s).map((o) => o.phrase);
    const triggers = findTriggers(sText, s.start, [...spansWithin(orgs, s.start, s.end), ...officialPhrases]);
    const clauses = splitClauses(sText, s.start);
    // "Indian Commerce Secretary Rakesh Agarwal": a place in an official's title is no party; nor is one in a quoted title
    // and a place in a remark in brackets ("(down 15% due to restrictions at Chinese ports)") is no party either
    const asides = [...quotedSpans(sText, s.start), ...bracketedRemarks(sText, s.start)];
    const places = spansWithin(docPlaces, s.start, s.end).filter(
      (p) => !officialPhrases.some((o) => o.start <= p.start && p.end <= o.end) && !asides.some((q) => q.start <= p.start && p.end <= q.end),
    );
    const sentenceFacts: TradeFactDraft[] = [];
    const factClauses: Clause[] = [];
    const clauseHasMoney = (offset: number) => {
      const c = clauses.find((x) => x.start <= offset && offset < x.end);
      return !!c && sentenceMoney.some((m) => within(m, c));
    };
    for (const clause of clauses) {
      const clauseMoney = sentenceMoney.filter((m) => within(m, clause));
      const clauseText = text.slice(clause.start, clause.end);
      for (const m of clauseMoney) {
        const trigger = governingTrigger(triggers, clause, m);
        if (!isTradeFigure(text, m, clause, clauseMoney, trigger)) continue;
        // the fact of the clause before, in this sentence
        const previousInSentence: TradeFactDraft | undefined = sentenceFacts[sentenceFacts.length - 1];
        const inherited = previousInSentence ?? (continuesPrevious || CONTINUATION.test(clauseText) ? previous : null);
        if (!trigger && !(inherited && CONTINUATION.test(clauseText)) && !(inherited && sentenceFacts.length)) continue;
        const flow = trigger?.flow ?? inherited!.flow;
        const rules = [trigger?.rule ?? 'flow.continued'];

        const clausePlaces = places.filter((p) => within(p, clause));
        const roled = assignRoles(clauseText, clause.start, clausePlaces, trigger?.start ?? m.start);
        const anaphorRegion = regionFor(clauseText, sText);
        const topic = anaphorRegion ?? inherited?.reporter ?? previous?.reporter ?? null;
        const worldTrade = !!trigger && WORLD_TRADE.test(text.slice(trigger.start, trigger.end));
        // "the two countries" in the order the text last put them: "China and Russia aim to ... Trade between the two countries ..."
        const lastTwo = previousInSentence ?? lastTradePair;
        const orderedPair: [string, string] | null =
          pair && lastTwo?.reporter === pair[1] && lastTwo.partner === pair[0] ? [pair[1], pair[0]] : pair;
        let parties: Parties | null = resolveParties(flow, roled, clauseText, orderedPair, topic, worldTrade, anaphorRegion);
        // "Exports to ASEAN slipped ..., while imports from the bloc dropped ...": a clause with no place goes on with the one before
        if (!parties && inherited && sentenceFacts.length)
          parties = { reporter: inherited.reporter, partner: !trigger || trigger.flow === inherited.flow || inherited.flow !== 'trade' ? inherited.partner : null, rule: 'parties.continued' };
        if (!parties && places.length) {
          const sentenceRoled = assignRoles(sText, s.start, places, trigger?.start ?? m.start);
          parties = resolveParties(flow, sentenceRoled, sText, orderedPair, topic);
          if (parties) parties.rule += '@sentence';
        }
        // a clause that goes on about the same flow keeps both sides; a new flow keeps only the reporter
        if (!parties && inherited)
          parties = {
            reporter: inherited.reporter,
            // "exports to Russia were X, and the city's total exports were Y": a total has no partner
            partner: (!trigger || trigger.flow === inherited.flow) && !WHOLE_FLOW.test(clauseText) ? inherited.partner : null,
            rule: 'parties.continued',
          };
        if (!parties && worldTrade && topic) parties = { reporter: topic, partner: null, rule: 'parties.world-trade' };
        // two-way trade goes on between the two parties of the last two-way figure, not those of an export in between
        if (!parties && flow === 'trade' && lastTradePair) parties = { reporter: lastTradePair.reporter, partner: lastTradePair.partner, rule: 'parties.previous-trade' };
        if (!parties && flow === 'trade' && previous) parties = { reporter: previous.reporter, partner: previous.partner, rule: 'parties.previous-fact' };
        if (!parties && flow !== 'trade' && previous) parties = { reporter: previous.reporter, partner: null, rule: 'parties.topic' };
        if (!parties && flow === 'trade' && orderedPair) parties = { reporter: orderedPair[0], partner: orderedPair[1], rule: 'parties.article-pair' };
        parties ??= { reporter: null, partner: null, rule: 'parties.none' };
        // "invested ... in the mining of the territory": the region the article is about
        if (flow === 'investment' && !parties.partner && anaphorRegion && parties.reporter !== anaphorRegion) {
          parties.partner = anaphorRegion;
          parties.rule += '+region-anaphor';
        }
        if (flow === 'investment' && parties.reporter && !parties.partner) {
          parties.partner = contextPartner(docPlaces, sentences, si, parties.reporter);
          if (parties.partner) parties.rule += '+context-partner';
          // an article about China and Pakistan: Chinese investment with no stated target went to Pakistan
          // ("total investment" is a stock built up over the years, not investment in the world at large)
          else if (pair && pair.includes(parties.reporter)) {
            parties.partner = pair[0] === parties.reporter ? pair[1] : pair[0];
            parties.rule += '+article-pair';
          }
        }
        // "Exports to China rose ... Exports of oilseeds jumped ...": the same flow from the same reporter
        // goes on to the same partner, unless the clause speaks of the whole ("total exports")
        const lastFact = previousInSentence ?? previous;
        if (
          (flow === 'export' || flow === 'import') && parties.reporter && !parties.partner && lastFact?.partner &&
          lastFact.flow === flow && lastFact.reporter === parties.reporter && lastFact.start >= (sentences[si - 2]?.start ?? 0) &&
          !WHOLE_FLOW.test(clauseText)
        ) {
          parties.partner = lastFact.partner;
          parties.rule += '+same-flow-partner';
        }
        rules.push(parties.rule);

        // the clause's own date; else the period of the fact before it in this sentence; else the sentence's dates
        const forecast = FORECAST_WORDS.test(clauseText);
        const period =
          pickPeriod(spansWithin(input.dates, clause.start, clause.end), text, m, forecast, clauseMoney) ??
          (previousInSentence && !previousInSentence.forecast && (previousInSentence.period_from || previousInSentence.period_to)
            ? { from: previousInSentence.period_from, to: previousInSentence.period_to, rule: 'period.clause-before' }
            : null) ??
          // dates of earlier clauses, or of clauses with no figure of their own; a later clause's date governs its own figure
          pickPeriod(
            spansWithin(input.dates, s.start, s.end).filter((d) => d.start < clause.start || !clauseHasMoney(d.start)),
            text,
            m,
            forecast,
          ) ??
          // an investment stock without a date is as of now; flows take the period the text is in
          // a target without a date of its own ("aims to raise trade to $100 billion") has no period
          (PRESENT_MARKERS.test(sText) || flow === 'investment' || forecast ? null : earlierPeriod(periodSource(sentenceFacts[0] ?? leadFact), input.dates, sentences, si, text)) ??
          pickPeriod(spansWithin(input.dates, s.start, s.end), text, m, forecast);
        rules.push(period?.rule ?? 'period.none');

        const clausePercents = spansWithin(input.percents, clause.start, clause.end);
        const change =
          findChange(clauseText, clause.start, clausePercents) ??
          elidedChange(clauseText, clause.start, clausePercents, previousInSentence ?? null) ??
          trailingChange(text, clauses, clause, sentenceMoney, input.percents);
        if (change) rules.push(change.rule);
        const fact: TradeFactDraft = {
          start: s.start,
          end: s.end,
          rule: rules.join(' '),
          flow,
          reporter: parties.reporter,
          partner: parties.partner,
          commodity: flow === 'investment' ? null : findCommodity(text, clause, m, trigger),
          amount: m.amount,
          currency: m.currency,
          qualifier: m.qualifier,
          period_from: period?.from ?? null,
          period_to: period?.to ?? null,
          change_pct: change ? change.value : null,
          forecast,
        };
        sentenceFacts.push(fact);
        factClauses.push(clause);
      }
    }
    sentenceFacts.forEach((f, k) => {
      // one fact: its sentence is the evidence; several: each its own clause
      if (sentenceFacts.length > 1) {
        f.start = factClauses[k].start;
        f.end = factClauses[k].end;
      }
      facts.push(f);
      if (f.flow === 'trade' && f.reporter && f.partner) lastTradePair = f;
    });
    if (sentenceFacts.length) {
      previous = facts[facts.length - 1];
      leadFact = facts[facts.length - sentenceFacts.length];
    }
  }
  return facts;
}

/** A forecast's period ("by 2030") is no period for the reported figures after it. */
const periodSource = (f: TradeFactDraft | null | undefined): TradeFactDraft | null => (f && !f.forecast ? f : null);

/**
 * No date governs the figure: the period the text was just talking about, that of the
 * fact in the last few sentences, else a period named in the two sentences before.
 */
function earlierPeriod(
  previous: TradeFactDraft | null,
  dates: DateMention[],
  sentences: Sentence[],
  si: number,
  text: string,
): { from: string | null; to: string | null; rule: string } | null {
  const windowStart = sentences[Math.max(0, si - 3)].start;
  if (previous && previous.start >= windowStart && (previous.period_from || previous.period_to))
    return { from: previous.period_from, to: previous.period_to, rule: 'period.previous-fact' };
  const from = sentences[Math.max(0, si - 2)].start;
  const recent = spansWithin(dates, from, sentences[si].start).filter((d) => d.from !== null && d.from !== d.to && !isComparisonBase(d, text));
  const last = recent[recent.length - 1];
  return last ? { from: last.from, to: last.to, rule: 'period.earlier-sentence' } : null;
}

/** The place of a kind the article names most: "the province" is the province it is about. */
function mostNamed(places: PlaceMention[], counts: (p: PlaceMention) => boolean): string | null {
  const tally = new Map<string, number>();
  for (const p of places) if (counts(p)) tally.set(p.canonical, (tally.get(p.canonical) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, n] of tally) if (best === null || n > tally.get(best)!) best = name;
  return best;
}

/** "the territory", "the province": the region of that kind; "the city": a place that is no province or territory. */
/**
 * "Dmitry Kuznetsov said the region's exports ...": the region an official named in the
 * sentence serves, as the article introduced him ("First Deputy Chairman of the Government
 * of Amur Region"). Matched by full name, or by surname when only that is written.
 */
function speakersRegion(officials: OfficialMention[], sentenceText: string): string | null {
  for (const o of officials) {
    if (!o.affiliation) continue;
    const surname = o.name.split(' ').pop()!;
    if (!sentenceText.includes(o.name) && !(surname.length > 3 && new RegExp(`\\b${escapeRegExp(surname)}\\b`).test(sentenceText))) continue;
    const words = o.affiliation.split(' ');
    // the place at the end of the affiliation: "Government of Amur Region" -> Amur
    for (let k = 0; k < words.length; k++) {
      const place = lookupPlace(words.slice(k).join(' '));
      if (place?.type === 'region') return place.canonical;
    }
  }
  return null;
}

function placeForAnaphor(places: PlaceMention[], anaphor: string): string | null {
  if (/city/i.test(anaphor)) return mostNamed(places, (p) => p.type === 'region' && formalRegionName(p.canonical) === p.canonical);
  const head = /territory|krai/i.test(anaphor) ? /(?:Territory|Krai)$/ : /oblast/i.test(anaphor) ? /Oblast$/ : /region/i.test(anaphor) ? /(?:Region|Oblast)$/ : /province/i.test(anaphor) ? /(?:Province|Region)$/ : /./;
  // a region by its formal name's head word ("Amur Region", "Heilongjiang Province"); cities have none
  const headed = (h: RegExp) =>
    mostNamed(places, (p) => {
      const formal = formalRegionName(p.canonical);
      return p.type === 'region' && REGION_HEAD_END.test(formal) && h.test(formal);
    });
  // "the region" also stands for a territory or krai when the article names no region or oblast
  return headed(head) ?? (/region/i.test(anaphor) ? headed(/(?:Territory|Krai|Republic)$/) : null);
}
const REGION_HEAD_END = /\b(?:Region|Oblast|Territory|Krai|Province|Republic|Autonomous Region|Okrug)$/;

/** Spans in double quotes: titles of articles and events, whose place names are no parties. */
function quotedSpans(text: string, offset: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of allMatches(QUOTED, text)) {
    // a short quote is a name ("Belt and Road"); a long one is a title only when introduced as one, else it is speech
    const words = m[0].split(/\s+/).length;
    if (words > 4 && !TITLE_CUE.test(text.slice(Math.max(0, m.index! - 32), m.index!))) continue;
    out.push({ start: offset + m.index!, end: offset + m.index! + m[0].length });
  }
  return out;
}
/** Remarks in brackets of three words or more; a bracketed name or figure ("(Russia)", "(about $5 billion)") is shorter. */
function bracketedRemarks(text: string, offset: number): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of allMatches(BRACKETED, text)) if (m[0].split(/\s+/).length >= 4) out.push({ start: offset + m.index!, end: offset + m.index! + m[0].length });
  return out;
}
const BRACKETED = /\([^()\n]{1,200}\)/g;
const QUOTED = /"[^"\n]{1,200}"|\u201c[^\u201d\n]{1,200}\u201d/g;
const TITLE_CUE = /\b(?:article|report|paper|study|book|film|column|series|titled|entitled|headlined|called|named|dubbed|themed|theme|slogan|initiative|strategy|programm?e|project|plan|forum|conference)\b[^.]{0,12}$/i;

/**
 * An investment whose target the clause does not name: the place the text was just
 * talking about ("investment from the region ... China's investment is US$72.5 million").
 */
function contextPartner(places: PlaceMention[], sentences: Sentence[], si: number, reporter: string): string | null {
  const from = sentences[Math.max(0, si - 2)].start;
  const to = sentences[si].start;
  const recent = spansWithin(places, from, to).filter((p) => p.canonical !== reporter);
  const region = [...recent].reverse().find((p) => p.type === 'region');
  return region?.canonical ?? null;
}
