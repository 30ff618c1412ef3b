import { stringify } from 'csv-stringify/sync';
import { CSV_COLUMNS, type DocumentResult, type ExtractedRecord } from '../schema/index.js';

export type OutputFormat = 'json' | 'ndjson' | 'csv';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['json', 'ndjson', 'csv'];

/**
 * Writes documents one at a time, so output streams as each file finishes.
 * `begin` and `end` frame the stream (JSON's brackets, CSV's header).
 */
export interface DocumentWriter {
  begin(): string;
  document(result: DocumentResult): string;
  end(): string;
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

function jsonWriter(): DocumentWriter {
  let count = 0;
  return {
    begin: () => '[',
    document: (r) => `${count++ ? ',' : ''}\n${JSON.stringify(r, null, 2).replace(/\n/g, '\n  ').replace(/^/, '  ')}`,
    end: () => (count ? '\n]\n' : ']\n'),
  };
}

function ndjsonWriter(): DocumentWriter {
  return {
    begin: () => '',
    document: (r) => r.records.map((rec) => JSON.stringify(rec) + '\n').join(''),
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
  const lineEnd = options.excel ? '\r\n' : '\n';
  const rows = (records: ExtractedRecord[]) =>
    records.length === 0
      ? ''
      : stringify(
          records.map((r) => CSV_COLUMNS.map((c) => csvCell((r as Record<string, unknown>)[c]))),
          { record_delimiter: options.excel ? 'windows' : 'unix' },
        );
  return {
    begin: () => (options.excel ? '\ufeff' : '') + CSV_COLUMNS.join(',') + lineEnd,
    document: (r) => rows(r.records),
    end: () => '',
  };
}
