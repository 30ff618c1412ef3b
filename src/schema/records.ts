import { z } from 'zod';

/** The one definition of the record types of ../shared/CONTRACT.md. */

import { CSV_COLUMNS, ISO_DATE, RECORD_KINDS } from './kinds.js';

export { CSV_COLUMNS, ISO_DATE, RECORD_KINDS };
export const RecordKind = z.enum(RECORD_KINDS);
export type RecordKind = z.infer<typeof RecordKind>;

const isoDate = z.string().regex(ISO_DATE, 'ISO date YYYY-MM-DD');

/** The fields every record starts with, in output order: where it is from, what it is, where it stands. */
const base = <K extends string>(kind: K) => ({
  doc: z.string(),
  kind: z.literal(kind),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  sentence: z.number().int().nonnegative(),
});

export const Qualifier = z.enum(['over', 'under', 'approx']).nullable();
export type Qualifier = z.infer<typeof Qualifier>;

export const MoneyRecord = z.strictObject({
  ...base('money'),
  amount: z.number().finite(),
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  qualifier: Qualifier,
});

export const PercentRecord = z.strictObject({
  ...base('percent'),
  value: z.number().finite(),
});

export const DateRecord = z.strictObject({
  ...base('date'),
  from: isoDate.nullable(),
  to: isoDate.nullable(),
  relative: z.boolean(),
});

export const OrganizationRecord = z.strictObject({
  ...base('organization'),
  name: z.string().min(1),
});

export const OfficialRecord = z.strictObject({
  ...base('official'),
  name: z.string().min(1),
  title: z.string().nullable(),
  affiliation: z.string().nullable(),
});

export const Flow = z.enum(['export', 'import', 'trade', 'investment']);
export type Flow = z.infer<typeof Flow>;

export const TradeFactRecord = z.strictObject({
  ...base('trade_fact'),
  flow: Flow,
  reporter: z.string().nullable(),
  partner: z.string().nullable(),
  commodity: z.string().nullable(),
  amount: z.number().finite(),
  currency: z.string().regex(/^[A-Z]{3}$/).nullable(),
  qualifier: Qualifier,
  period_from: isoDate.nullable(),
  period_to: isoDate.nullable(),
  change_pct: z.number().finite().nullable(),
  forecast: z.boolean(),
});

export const ExtractedRecord = z
  .discriminatedUnion('kind', [MoneyRecord, PercentRecord, DateRecord, OrganizationRecord, OfficialRecord, TradeFactRecord])
  .refine((r) => r.end >= r.start, { message: 'end must not precede start' });

export type MoneyRecord = z.infer<typeof MoneyRecord>;
export type PercentRecord = z.infer<typeof PercentRecord>;
export type DateRecord = z.infer<typeof DateRecord>;
export type OrganizationRecord = z.infer<typeof OrganizationRecord>;
export type OfficialRecord = z.infer<typeof OfficialRecord>;
export type TradeFactRecord = z.infer<typeof TradeFactRecord>;
export type ExtractedRecord = z.infer<typeof ExtractedRecord>;

/** What a document's result says about the document itself. */
export const DocumentHeader = z.strictObject({
  doc: z.string(),
  published: isoDate.nullable(),
});
export type DocumentHeader = z.infer<typeof DocumentHeader>;

/** One input document's result, as an element of `--format json`. */
export const DocumentResult = DocumentHeader.extend({ records: z.array(ExtractedRecord) });
export type DocumentResult = z.infer<typeof DocumentResult>;


/** The gold-file format of the contract (records may omit offsets). */
export const GoldFile = z.object({
  docs: z.record(
    z.string(),
    z.object({
      published: isoDate.nullable(),
      records: z.array(z.looseObject({ kind: RecordKind, text: z.string() })),
    }),
  ),
});
export type GoldFile = z.infer<typeof GoldFile>;
