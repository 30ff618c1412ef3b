/** Words that mark trade flows, changes, shares and forecasts; matched case-insensitively. */
import { caselessPattern } from '../text/caseless.js';
import type { Flow } from '../schema/index.js';

/**
 * Flow triggers, as regex sources, most specific first: two-way phrases are tried before the
 * single words they contain ("import and export value" is trade, not import).
 */
export const FLOW_TRIGGERS: Array<{ flow: Flow; pattern: string; rule: string; hint: RegExp }> = [
  { flow: 'trade', rule: 'flow.import-and-export', hint: /port/i, pattern: '(?:total )?(?:imports? and exports?|exports? and imports?|import-export|export-import)(?: value| volume| trade)?' },
  { flow: 'trade', rule: 'flow.trade-volume', hint: /trade/i, pattern: '(?:trade|commodity) (?:volume|turnover|value)s?|(?:volume|value) of (?:bilateral |mutual |total |foreign )?trade' },
  { flow: 'trade', rule: 'flow.bilateral-trade', hint: /trade/i, pattern: '(?:bilateral|two-way|mutual|total|foreign|overall|goods|merchandise|cross-border|border|annual) trade(?! (?:partner|partners|surplus|deficit|balance|enterprises|companies|firms|cooperation|relations|ties|zone|fair|expo|forum|policy|barriers|war|agreement|deal|talks|mission|missions|office|representative))' },
  { flow: 'trade', rule: 'flow.turnover', hint: /turnover/i, pattern: '(?:trade )?turnover' },
  { flow: 'trade', rule: 'flow.the-trade', hint: /the trade/i, pattern: '(?<=\\bthe )trade(?= (?:in (?:the|January|February|March|April|May|June|July|August|September|October|November|December|\\d)|for|during|over|was|were|reached|amounted|totall?ed|hit|stood|grew|rose|fell|increased|decreased|exceeded)\\b)' },
  { flow: 'trade', rule: 'flow.raise-trade', hint: /trade/i, pattern: '(?:bring|bringing|raise|raising|lift|lifting|boost|boosting|increase|increasing|take|taking)s? (?:the )?(?:bilateral |mutual |two-way |annual )?trade' },
  { flow: 'trade', rule: 'flow.goods-traded', hint: /traded/i, pattern: '(?:goods |products )?traded (?:between|with)' },
  { flow: 'trade', rule: 'flow.trade-between', hint: /trade/i, pattern: 'trade (?:between|with|of (?:the |its |their )?(?:two|both|[\\p{Lu}]))|trade in goods|trade (?:reached|hit|grew|rose|increased|totaled|totalled|amounted|exceeded|stood|was|topped|surpassed|jumped|climbed|fell|dropped|declined|decreased|slipped|expanded|neared|is expected|will)' },
  { flow: 'trade', rule: 'flow.pair-trade', hint: /-\S+ trade/i, pattern: '(?<=[\\p{L}]-[\\p{L}]+ )trade(?! (?:partner|partners|enterprises|cooperation|relations|ties|zone|fair|expo|forum|surplus|deficit))' },
  { flow: 'investment', rule: 'flow.investment', hint: /invest|FDI/i, pattern: 'investors?|invest|invests|(?:foreign direct |direct |outbound |inbound |accumulated |cumulative |total )?investments?(?! (?:fund|funds|bank|banks|company|companies|climate|environment|barriers|cooperation|projects?|agreement|forum|potential|field|opportunities))|invested|investing|\\bFDI\\b' },
  { flow: 'investment', rule: 'flow.established-enterprises', hint: /enterprises|companies|firms|ventures|subsidiaries/i, pattern: '(?:established|set up|opened) (?:\\d[\\d,]* )?(?:[\\p{L}-]+ ){0,3}(?:enterprises|companies|firms|ventures|subsidiaries)' },
  { flow: 'export', rule: 'flow.export', hint: /export|ship/i, pattern: 'exports?|exported|exporting|shipments?|shipped|outbound shipments' },
  { flow: 'export', rule: 'flow.sales-to', hint: /sale|sold|sell|deliver|suppl/i, pattern: '(?:sales|deliveries|supplies) (?:of [\\p{L} -]{1,40}? )?to|sold|sells|delivered|supplied' },
  { flow: 'import', rule: 'flow.import', hint: /import|purchas|inbound|b[ou][uy]/i, pattern: 'imports?|imported|importing|purchases|purchased|inbound shipments|bought|buys|buying' },
];

/** Money right after or before these words is not a trade figure: a capital, a fund, a cost. */
export const NON_TRADE_MONEY_BEFORE =
  /\b(?:capital|fund|funds|costs? of|total cost|costing|set aside|earmarked|allocated|budget|loan|loans|credit|price|prices|priced|revenue|revenues|profit|profits|salary|salaries|fine|grant|subsidy|subsidies|deficit|surplus|shortfall|bonds?|reserves|market value|capitalization|capitalisation)\b(?: (?:of|at|to|is|was|worth|totaling|totalling|amounting to|reached|stood at|hit|about|some|around|nearly|over|more than))*\s*$/i;
export const NON_TRADE_MONEY_AFTER = caselessPattern(
  String.raw`^\s*(?:[\p{L}-]+ ){0,2}?(?:fund|funds|loan|loans|project|projects|plant|deal|contract|bridge|facility|programme|program|budget|capital|credit line|bonds?|deficit|surplus|grant|package)\b`,
);

export const INCREASE_WORDS =
  /\b(?:increase[sd]?|increasing|rise|rises|rose|risen|rising|gr[eo]w|grows|grown|growing|growth|up|higher|jump(?:ed|s)?|surge[ds]?|surging|climb(?:ed|s)?|expand(?:ed|s)?|expansion|gain(?:ed|s)?|add(?:ed)?|boost(?:ed)?|soar(?:ed)?|advance[ds]?|went up|increase of|upturn)\b/i;
export const DECREASE_WORDS =
  /\b(?:decrease[sd]?|decreasing|decline[sd]?|declining|fell|fall|falls|falling|drop(?:ped|s)?|dropping|down|lower|shr[ai]nk(?:s)?|shrunk|contract(?:ed|ion)|slump(?:ed)?|plunge[ds]?|plummet(?:ed)?|dip(?:ped)?|slid|slide|slip(?:ped)?|tumble[ds]?|reduc(?:ed|tion)|lost|loss|went down|downturn)\b/i;
export const YEAR_ON_YEAR = /\b(?:year[- ]on[- ]year|yoy|y\/y|year[- ]over[- ]year|from a year (?:earlier|ago|before)|over the same period|compared (?:with|to)|against the same period|in a year to year|on an annual basis|annually)\b/i;
/** A percentage that is a share of something, not a change. */
export const SHARE_BEFORE = /\b(?:making up|made up|makes up|make up|accounting for|accounted for|accounts for|account for|share of|share was|share to|proportion of|representing|represented|constituting|comprising|or about|equal to)\s*(?:about |around |nearly |almost |over |some )?$/i;
export const SHARE_AFTER = caselessPattern(String.raw`^\s*(?:of (?:the|its|their|all|total|China's|Russia's|[\p{Lu}][\p{L}]*'s)\b|share\b|of total\b|of overall\b|of GDP\b)`);

/** Multiplicative changes written as words. */
export const CHANGE_WORDS: Array<{ pattern: RegExp; value: number }> = [
  { pattern: /\b(?:more than |nearly |almost )?doubled\b/i, value: 100 },
  { pattern: /\b(?:more than |nearly |almost )?tripled|trebled\b/i, value: 200 },
  { pattern: /\b(?:more than |nearly |almost )?quadrupled\b/i, value: 300 },
  { pattern: /\bhalved\b/i, value: -50 },
  { pattern: /\b(?:twice as (?:much|many|high|large)|doubling)\b/i, value: 100 },
  { pattern: /\bthree times as (?:much|many|high|large)\b/i, value: 200 },
];

/** "grew 1.5 times", "increased by 2.3 times": the new figure is N times the old one (a change of (N-1) x 100%). */
export const TIMES_UP = /\b(?:grew|grown|increased|rose|risen|jumped|surged|soared|went up|was up|expanded)\s+(?:by\s+)?(?:almost\s+|nearly\s+|about\s+|more than\s+)?(\d+(?:\.\d+)?)\s*(?:times|-fold|fold)\b/i;
/** "decreased 2 times", "fell 1.5 times": the old figure is N times the new one. */
export const TIMES_DOWN = /\b(?:fell|fallen|decreased|declined|dropped|shrank|shrunk|went down|was down|contracted)\s+(?:by\s+)?(?:almost\s+|nearly\s+|about\s+|more than\s+)?(\d+(?:\.\d+)?)\s*(?:times|-fold|fold)\b/i;

/** "by one third", "by a quarter", "by half". */
export const FRACTION_WORDS: Record<string, number> = {
  'one third': 100 / 3, 'a third': 100 / 3, 'two thirds': 200 / 3, 'one quarter': 25, 'a quarter': 25, 'one fourth': 25,
  'a fourth': 25, half: 50, 'a half': 50, 'one half': 50, 'one fifth': 20, 'a fifth': 20, 'one tenth': 10, 'a tenth': 10,
};

export const FORECAST_WORDS =
  /\b(?:pledged?|pledges|committed to|commits to|expect(?:s|ed)?|expecting|expectation|will|would|shall|forecast(?:s|ed)?|projected|projection|could (?:reach|exceed|hit|top|surpass|grow|rise|increase|total|amount)|aims?|aimed|aiming|targets?|targeted|goal|plans? to|planned to|set to|anticipate[sd]?|predict(?:s|ed)?|outlook|is likely|are likely|could reach|should reach|estimated to reach|seek(?:s)? to|hopes? to|intend(?:s)? to)\b/i;

/** Goods commonly named in trade reports, for the commodity field when no "of ..." phrase names them. */
export const COMMODITIES = [
  'mechanical and electrical products', 'electromechanical products', 'high-tech products', 'agricultural products',
  'agricultural goods', 'farm products', 'food products', 'crude oil', 'oil and gas', 'natural gas', 'liquefied natural gas',
  'LNG', 'coal', 'iron ore', 'steel', 'copper', 'aluminium', 'aluminum', 'timber', 'wood', 'pulp', 'fertilizers',
  'fertilisers', 'grain', 'wheat', 'soybeans', 'corn', 'barley', 'rice', 'seafood', 'fish', 'meat', 'pork', 'beef',
  'poultry', 'dairy products', 'vehicles', 'cars', 'automobiles', 'auto parts', 'machinery', 'equipment',
  'electronics', 'consumer electronics', 'textiles', 'garments', 'clothing', 'footwear', 'chemicals', 'pharmaceuticals',
  'medicines', 'electricity', 'semiconductors', 'chips', 'rare earths', 'gold', 'diamonds', 'minerals', 'petroleum products',
  'refined products', 'oil products', 'energy products', 'energy resources', 'consumer goods', 'household appliances',
  'furniture', 'toys', 'fruits', 'vegetables', 'sunflower oil', 'vegetable oil', 'rapeseed', 'flour', 'confectionery',
  'services', 'goods',
];

/** Phrases that stand for the two parties the article is about. */
export const PAIR_ANAPHORS = /\b(?:the two countries|both countries|the two sides|both sides|the two nations|both nations|the two economies|the two partners|both partners|the two neighbou?rs|the two states|bilateral|two-way|mutual)\b/i;

/** Nouns that, standing between a flow word and an amount, make the amount something else: "the deficit narrowed to $5 billion". */
export const NON_TRADE_ANCHORS = /\b(?:deficit|surplus|shortfall|trade balance|capital|fund|funds|budget|loan|loans|revenue|revenues|profit|profits|price|prices|subsidy|subsidies|contracts?|agreements?|deals?|settlements?|cash)\b/gi;

/** Words before a date that make it the base of a comparison, not the period of the figure. */
export const COMPARISON_BEFORE = /(?:\b(?:compared (?:with|to)|against|than|versus|vs\.?|relative to)(?:\s+(?:in|during|for|over))?|(?:%|\bper ?cent|\bpercent|\bpct)\s+(?:on|from|over))\s+(?:the\s+)?$/i;
/** Money that is the base of a comparison ("compared with €561 billion in 2019", "up from $4 billion"): no figure of its own. */
export const COMPARISON_MONEY_BEFORE = /\b(?:compared (?:with|to)|as against|against|versus|vs\.?|relative to|up from|down from)\s+(?:about |around |nearly |some |approximately |almost )?$/i;
/** Money that is a difference, not a level: "increased by 2.3 billion dollars" beside the level itself. */
export const DIFFERENCE_MONEY_BEFORE = /\b(?:increased?|increasing|decreased?|decreasing|grew|grown|rose|risen|fell|fallen|dropped|declined|up|down|higher|lower|more|less)\s+by\s+(?:about |around |nearly |some |approximately |almost )?$/i;

/** Trade of one party with the whole world: "foreign trade", "total trade". */
export const WORLD_TRADE = /^(?:total |foreign |overall |external )/i;

/** "the province's imports": the region the article is about. */
export const REGION_ANAPHORS = /\bthe (?:autonomous )?(?:province|region|municipality|territory|krai|oblast|city)(?:['’]s)?\b/i;

/** A sentence that speaks of the present moment takes no period from the sentences before it. */
export const PRESENT_MARKERS = /^\s*(?:currently|at present|now|today|so far)\b/i;
