import { extract } from '../extract.js';
import { DocumentResult, ExtractedRecord, type RecordKind } from '../schema/index.js';
import { BinaryInputError, decodeDocument } from '../text/decode.js';

/** What one input became: its records (validated), or why it failed. Plain data, so it crosses worker threads. */
export type ProcessedDocument =
  | { ok: true; result: DocumentResult; text: string; rules: string[]; warnings: string[]; bytes: number }
  | { ok: false; doc: string; error: string; bytes: number };

export interface ProcessOptions {
  referenceDate?: string | null;
  kinds?: readonly RecordKind[];
}

/** Decodes, extracts and validates one document. Pure: bytes in, records out. */
export function processBytes(doc: string, bytes: Uint8Array, options: ProcessOptions, publishedHint?: string | null): ProcessedDocument {
  let text: string;
  const warnings: string[] = [];
  try {
    const decoded = decodeDocument(bytes);
    if (decoded.warning) warnings.push(decoded.warning);
    text = decoded.text;
  } catch (e) {
    if (e instanceof BinaryInputError) return { ok: false, doc, error: e.message, bytes: bytes.length };
    throw e;
  }
  if (text.trim() === '') warnings.push('empty file, no records');
  return processText(doc, text, options, publishedHint, warnings, bytes.length);
}

export function processText(
  doc: string,
  text: string,
  options: ProcessOptions,
  publishedHint: string | null = null,
  warnings: string[] = [],
  bytes = text.length,
): ProcessedDocument {
  const extracted = extract(text, { doc, referenceDate: options.referenceDate ?? publishedHint, kinds: options.kinds });
  // the schemas are the contract: nothing leaves the tool unvalidated
  const records = extracted.records.map((r) => ExtractedRecord.parse(r));
  const result = DocumentResult.parse({ doc, published: extracted.published ?? publishedHint ?? null, records });
  return { ok: true, result, text, rules: extracted.rules, warnings, bytes };
}
