/**
 * The contract's constants, free of zod so that the CLI can start without building the
 * schemas (src/schema/records.ts builds them from these, and re-exports them).
 */
export const RECORD_KINDS = ['money', 'percent', 'date', 'organization', 'official', 'trade_fact'] as const;

/** CSV column order: the union of all fields, fixed. */
export const CSV_COLUMNS = [
  'doc', 'kind', 'text', 'start', 'end', 'sentence',
  'amount', 'currency', 'qualifier', 'value', 'from', 'to', 'relative',
  'name', 'title', 'affiliation',
  'flow', 'reporter', 'partner', 'commodity', 'period_from', 'period_to', 'change_pct', 'forecast',
] as const;

/** An ISO calendar date as records write it. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
