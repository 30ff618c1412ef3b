import { createRequire } from 'node:module';
import type { stringify as Stringify } from 'csv-stringify/sync';
import type { DocumentResult, ExtractedRecord } from '../schema/index.js';
import { CSV_COLUMNS } from '../schema/kinds.js';

export type OutputFormat = 'json' | 'ndjson' | 'csv';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'ndjson', 'csv'];

/**
 * Writes documents one at a time, so output streams as each file finishes; a huge
 * document's records may come in several batches between `openDocument` and `closeDocument`.
 * `begin` and `end` frame the stream (JSON's brackets, CSV's header).
 */
export interface DocumentWriter {
  begin(): string;
  openDocument(doc: string, published: string | null): string;
  records(records: readonly ExtractedRecord[]): string;
  /**
   * Records of a whole document that another writer of the same format serialised (a worker
   * thread does this next to the extraction, so only text crosses threads): `text` is what
   * that writer's `records` returned for the document's `count` records.
   */
  serialized(text: string, count: number): string;
  closeDocument(): string;
  end(): string;
}

/** A whole document at once. */
export function writeDocument(w: DocumentWriter, result: DocumentResult): string {
  return w.openDocument(result.doc, result.published) + w.records(result.records) + w.closeDocument();
}

export interface WriterOptions {
  /** CSV for Excel: a UTF-8 byte-order mark and CRLF line ends. */
  excel?: boolean;
}

export function createWriter(format: OutputFormat, options: WriterOptions = {}): DocumentWriter {
  if (format === 'ndjson') return ndjsonWriter();
  if (format === 'csv') return csvWriter(options);
  return jsonWriter();
}

/** JSON: an array of {doc, published, records}, one record a line so huge documents stream. */
function jsonWriter(): DocumentWriter {
  let docs = 0;
  let recordsInDoc = 0;
  return {
    begin: () => '[',
    openDocument: (doc, published) => {
      recordsInDoc = 0;
      return `${docs++ ? ',' : ''}\n  {"doc": ${JSON.stringify(doc)}, "published": ${JSON.stringify(published)}, "records": [`;
    },
    records: (records) => records.map((r) => `${recordsInDoc++ ? ',' : ''}\n    ${JSON.stringify(r)}`).join(''),
    serialized: (text, count) => {
      recordsInDoc += count;
      return text;
    },
    closeDocument: () => (recordsInDoc ? '\n  ]}' : ']}'),
    end: () => (docs ? '\n]\n' : ']\n'),
  };
}

function ndjsonWriter(): DocumentWriter {
  return {
    begin: () => '',
    openDocument: () => '',
    records: (records) => records.map((rec) => JSON.stringify(rec) + '\n').join(''),
    serialized: (text) => text,
    closeDocument: () => '',
    end: () => '',
  };
}

/** A cell that a spreadsheet would read as a formula gets a leading apostrophe. */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return plainNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return neutraliseFormula(String(value));
}

/** Numbers as a spreadsheet wants them: no exponent ("9280000000", not "9.28e9"). */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return BigInt(n).toString();
  const s = String(n);
  return /e/i.test(s) ? n.toFixed(20).replace(/\.?0+$/, '') : s;
}

function csvWriter(options: WriterOptions): DocumentWriter {
  // loaded only for CSV output, to keep start-up short
  const { stringify } = createRequire(import.meta.url)('csv-stringify/sync') as { stringify: typeof Stringify };
  const lineEnd = options.excel ? '\r\n' : '\n';
  const rows = (records: readonly ExtractedRecord[]) =>
    records.length === 0
      ? ''
      : stringify(
          records.map((r) => CSV_COLUMNS.map((c) => csvCell((r as Record<string, unknown>)[c]))),
          { record_delimiter: options.excel ? 'windows' : 'unix' },
        );
  return {
    begin: () => (options.excel ? '\ufeff' : '') + CSV_COLUMNS.join(',') + lineEnd,
    openDocument: () => '',
    records: rows,
    serialized: (text) => text,
    closeDocument: () => '',
    end: () => '',
  };
}
