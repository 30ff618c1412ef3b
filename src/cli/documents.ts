import { createReadStream, readFileSync, statSync } from 'node:fs';
import { SEGMENT_LENGTH } from '../extract.js';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { describeFsError, expandInputs } from './inputs.js';

/** One unit of work for the extractor: a file's bytes, a line of NDJSON input, or a failure to report. */
export type SourceDocument =
  | { kind: 'bytes'; doc: string; bytes: Uint8Array }
  /** A file too big to hold at once: read and extracted segment by segment. */
  | { kind: 'stream'; doc: string; path: string }
  | { kind: 'text'; doc: string; text: string; published: string | null }
  | { kind: 'failure'; doc: string; error: string };

export interface SourceOptions {
  cwd: string;
  recursive: boolean;
  inputFormat: 'text' | 'ndjson';
  stdin: AsyncIterable<Buffer | string>;
  readFile?: (path: string) => Promise<Uint8Array>;
}

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

/**
 * The documents of a run, in input order, read lazily: a file is read only when the
 * consumer asks for it, so memory stays flat however many inputs there are.
 */
export async function* sourceDocuments(args: string[], options: SourceOptions): AsyncGenerator<SourceDocument> {
  // Local files are read synchronously: an awaited read per small file leaves the thread idle
  // for a thread-pool round trip each time, which on thousands of articles costs more than the reads.
  const read = options.readFile ?? ((p: string) => Promise.resolve(readFileSync(p)));
  for await (const input of expandInputs(args, { cwd: options.cwd, recursive: options.recursive })) {
    if (input.kind === 'error') {
      yield { kind: 'failure', doc: input.path, error: input.message };
      continue;
    }
    const name = input.kind === 'file' ? input.path : '-';
    if (options.inputFormat === 'ndjson') {
      yield* ndjsonDocuments(name, input.kind === 'file' ? resolve(options.cwd, input.path) : null, options.stdin);
      continue;
    }
    let doc: SourceDocument;
    try {
      const path = input.kind === 'file' ? resolve(options.cwd, input.path) : null;
      if (path && !options.readFile && statSync(path).size > SEGMENT_LENGTH) doc = { kind: 'stream', doc: name, path };
      else doc = { kind: 'bytes', doc: name, bytes: path ? await read(path) : await readAll(options.stdin) };
    } catch (e) {
      doc = { kind: 'failure', doc: name, error: describeFsError(e) };
    }
    yield doc;
  }
}

/**
 * NDJSON input: one `{"id", "text", "published"?}` object a line, each a document keyed by its id.
 * A bad line is reported with its line number; the lines after it are still read.
 */
async function* ndjsonDocuments(name: string, path: string | null, stdin: AsyncIterable<Buffer | string>): AsyncGenerator<SourceDocument> {
  let lines: AsyncIterable<string>;
  try {
    const stream = path ? createReadStream(path, { encoding: 'utf8' }) : stdin;
    if (path) await new Promise<void>((ok, fail) => (stream as ReturnType<typeof createReadStream>).once('open', () => ok()).once('error', fail));
    lines = createInterface({ input: stream as NodeJS.ReadableStream, crlfDelay: Infinity });
  } catch (e) {
    yield { kind: 'failure', doc: name, error: describeFsError(e) };
    return;
  }
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      yield { kind: 'failure', doc: `${name}:${n}`, error: 'not a JSON object' };
      continue;
    }
    const o = obj as { id?: unknown; text?: unknown; published?: unknown };
    if (typeof o !== 'object' || o === null || (typeof o.id !== 'string' && typeof o.id !== 'number') || typeof o.text !== 'string') {
      yield { kind: 'failure', doc: `${name}:${n}`, error: 'expected {"id": string, "text": string, "published"?: "YYYY-MM-DD"}' };
      continue;
    }
    const published = typeof o.published === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(o.published) ? o.published : null;
    yield { kind: 'text', doc: String(o.id), text: o.text.replace(/^\uFEFF/, ''), published };
  }
}
