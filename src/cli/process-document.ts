import { extract, SegmentedExtractor } from '../extract.js';
import type { DocumentResult, ExtractedRecord, RecordKind } from '../schema/index.js';
import { BinaryInputError, decodeDocument } from '../text/decode.js';
import { createWriter, type OutputFormat } from '../output/writers.js';

/** Records already written out in the run's output format, with how many of each kind. */
export interface SerializedRecords {
  text: string;
  count: number;
  kinds: Partial<Record<RecordKind, number>>;
}

/**
 * What one input became: its records, or why it failed. Plain data, so it crosses
 * worker threads. With `serialized`, the records come as output text and `result.records` is empty.
 */
export type ProcessedDocument =
  | { ok: true; result: DocumentResult; serialized?: SerializedRecords; text: string | null; rules: string[]; warnings: string[]; bytes: number }
  | { ok: false; doc: string; error: string; bytes: number };

export interface ProcessOptions {
  referenceDate?: string | null;
  kinds?: readonly RecordKind[];
  /** Send the text back (check mode, the report); otherwise it stays where it was read, saving a copy between threads. */
  keepText?: boolean;
  /** Send the rules back (--explain). */
  keepRules?: boolean;
  /**
   * Write the records out here, in this format, and send back only the text: copying a
   * string between threads is far cheaper than copying thousands of small objects.
   */
  serializeAs?: { format: OutputFormat; excel: boolean };
}

/** Bytes → text, with what the user should hear about it; a binary file is a failure. */
export function decodeInput(doc: string, bytes: Uint8Array): { ok: true; text: string; warnings: string[] } | { ok: false; doc: string; error: string; bytes: number } {
  const warnings: string[] = [];
  try {
    const decoded = decodeDocument(bytes);
    if (decoded.warning) warnings.push(decoded.warning);
    if (decoded.text.trim() === '') warnings.push('empty file, no records');
    return { ok: true, text: decoded.text, warnings };
  } catch (e) {
    if (e instanceof BinaryInputError) return { ok: false, doc, error: e.message, bytes: bytes.length };
    throw e;
  }
}

/** Decodes and extracts one document. Pure: bytes in, records out. */
export function processBytes(doc: string, bytes: Uint8Array, options: ProcessOptions, publishedHint?: string | null): ProcessedDocument {
  let decoded: ReturnType<typeof decodeInput>;
  try {
    decoded = decodeInput(doc, bytes);
  } catch (e) {
    return internalFailure(doc, e, 0);
  }
  if (!decoded.ok) return decoded;
  return processText(doc, decoded.text, options, publishedHint, decoded.warnings, bytes.length);
}

/** One document that trips the tool is reported like any bad input; the run goes on. */
export function internalFailure(doc: string, e: unknown, bytes: number): ProcessedDocument {
  return { ok: false, doc, error: `internal error while extracting: ${String((e as Error)?.message ?? e).split('\n')[0]}`, bytes };
}

/** A huge document's records, segment by segment as its text arrives, so memory stays flat. */
export async function* processSegments(
  doc: string,
  text: AsyncIterable<string>,
  options: ProcessOptions,
): AsyncGenerator<{ published: string | null; records: ExtractedRecord[]; rules: string[] }> {
  const extractor = new SegmentedExtractor({ doc, referenceDate: options.referenceDate ?? null, kinds: options.kinds });
  for await (const chunk of text) yield* extractor.push(chunk);
  yield* extractor.finish();
}

export function processText(
  doc: string,
  text: string,
  options: ProcessOptions,
  publishedHint: string | null = null,
  warnings: string[] = [],
  bytes = text.length,
): ProcessedDocument {
  try {
    const extracted = extract(text, { doc, referenceDate: options.referenceDate ?? publishedHint, kinds: options.kinds });
    // Records are built field by field from the schemas' inferred types (checked at compile time), from values
    // bounded by construction; the schemas check every record in the tests (fixtures, seeds, generated hostile
    // text). Parsing each one again here cost a tenth of the run.
    const records = extracted.records;
    // the published date is calendar output or an input's checked "YYYY-MM-DD" (documents.ts)
    const header = { doc, published: extracted.published ?? publishedHint ?? null };
    const kept = { text: options.keepText ? text : null, rules: options.keepRules ? extracted.rules : [], warnings, bytes };
    if (options.serializeAs) {
      const kinds: Partial<Record<RecordKind, number>> = {};
      for (const r of records) kinds[r.kind] = (kinds[r.kind] ?? 0) + 1;
      const out = createWriter(options.serializeAs.format, { excel: options.serializeAs.excel });
      out.openDocument(doc, header.published);
      const serialized = { text: out.records(records), count: records.length, kinds };
      return { ok: true, result: { ...header, records: [] }, serialized, ...kept };
    }
    return { ok: true, result: { ...header, records }, ...kept };
  } catch (e) {
    return internalFailure(doc, e, bytes);
  }
}
