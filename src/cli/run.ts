import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import type { DocumentResult, RecordKind } from '../schema/index.js';
import { RECORD_KINDS } from '../schema/kinds.js';
import { parseIso } from '../text/calendar.js';
import { createWriter, OUTPUT_FORMATS, writeDocument, type OutputFormat } from '../output/writers.js';
import { SEGMENT_LENGTH } from '../extract.js';
import type { ExtractedRecord } from '../schema/index.js';
import { sourceDocuments, type SourceDocument } from './documents.js';
import { describeFsError, expandInputs } from './inputs.js';
import { atomicFileSink, streamSink, type OutputSink } from './output-sink.js';
import { internalFailure, processBytes, processSegments, processText, type ProcessedDocument, type ProcessOptions } from './process-document.js';
import { BinaryInputError, decodeChunks } from '../text/decode.js';
import { createReadStream } from 'node:fs';
import { createProgress, printSummary, type RunStats } from './progress.js';
import { WorkerPool } from './worker-pool.js';
import { garbageCollector } from './memory.js';

/** Everything the CLI touches of the outside world, so tests can run it in-process. */
export interface CliIo {
  stdout: { write(chunk: string): unknown; isTTY?: boolean; once?(event: 'drain', listener: () => void): unknown };
  stderr: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  stdin: AsyncIterable<Buffer | string>;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Aborted on Ctrl-C: the run stops between documents and leaves no partial output file. */
  signal?: AbortSignal;
  /** Reads a file; tests replace it to simulate unreadable files. */
  readFile?: (path: string) => Promise<Uint8Array>;
  /** Milliseconds since some origin, for timing; the core never reads the clock. */
  now?: () => number;
}

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERRUPTED = 130;

interface CliOptions {
  format: OutputFormat;
  output?: string;
  kinds?: RecordKind[];
  referenceDate?: string;
  recursive: boolean;
  explain: boolean;
  excel: boolean;
  quiet: boolean;
  color: boolean;
  expect?: string;
  minF1: number;
  writeExpect?: string;
  report?: string;
  jobs?: number;
  inputFormat: 'text' | 'ndjson';
}

class UsageError extends Error {}
class Interrupted extends Error {}

function buildProgram(io: CliIo): Command {
  return new Command('extract')
    .description('Extract trade facts, money, percentages, dates, organisations and officials from news articles.')
    .argument('<inputs...>', 'files, directories or globs of articles; "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('json'))
    .option('-o, --output <file>', 'write to this file (atomically) instead of standard output')
    .option('-k, --kinds <kinds>', `record kinds to keep, comma-separated (${RECORD_KINDS.join(',')})`, parseKinds)
    .option('-r, --reference-date <date>', 'resolve relative dates against this YYYY-MM-DD date', parseReferenceDate)
    .option('-R, --recursive', 'read directories recursively', false)
    .addOption(new Option('--input-format <format>', 'text: one article per file; ndjson: one {"id","text","published"?} per line').choices(['text', 'ndjson']).default('text'))
    .option('-j, --jobs <n>', 'threads that extract, this one included (default: the number of cores, once a run passes 64 documents)', parseJobs)
    .option('--explain', 'print on standard error the rule behind each record', false)
    .option('--excel', 'with --format csv: UTF-8 byte-order mark and CRLF for spreadsheets', false)
    .option('--expect <gold.json>', 'check mode: score the run against a gold file, print the table, exit 1 below --min-f1')
    .option('--min-f1 <f1>', 'check mode: the lowest correct-F1 each kind may have', parseMinF1, 0.9)
    .option('--write-expect <gold.json>', 'write this run as a gold file for review')
    .option('--report <file.html>', 'also write a self-contained HTML report of the run')
    .option('-q, --quiet', 'no progress or summary on standard error', false)
    .option('--no-color', 'no colour on standard error (NO_COLOR is honoured too)')
    .showHelpAfterError('(run extract --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) });
}

function parseKinds(value: string): RecordKind[] {
  const kinds = value.split(',').map((k) => k.trim()).filter(Boolean);
  const unknown = kinds.filter((k) => !(RECORD_KINDS as readonly string[]).includes(k));
  if (unknown.length || kinds.length === 0) throw new UsageError(`--kinds: unknown kind ${unknown.join(', ') || '(none)'}; use ${RECORD_KINDS.join(',')}`);
  return kinds as RecordKind[];
}

function parseReferenceDate(value: string): string {
  if (!parseIso(value)) throw new UsageError(`--reference-date: "${value}" is not a YYYY-MM-DD date`);
  return value;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs: "${value}" is not a whole number from 1 to 256`);
  return n;
}

function parseMinF1(value: string): number {
  const n = Number(value);
  if (!(n >= 0 && n <= 1)) throw new UsageError(`--min-f1: "${value}" is not a number from 0 to 1`);
  return n;
}

function colorFor(stream: { isTTY?: boolean }, opts: CliOptions, env: CliIo['env']): ChalkInstance {
  const wanted = opts.color && !('NO_COLOR' in env && env.NO_COLOR !== '') && stream.isTTY === true;
  return new Chalk({ level: wanted ? 1 : 0 });
}

/** Runs the CLI; resolves to the exit status. Never calls process.exit. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const program = buildProgram(io);
  let inputs: string[];
  let opts: CliOptions;
  try {
    program.parse(argv, { from: 'user' });
    inputs = program.args;
    opts = program.opts<CliOptions>();
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    if (e instanceof UsageError) {
      io.stderr.write(`extract: ${e.message}\n`);
      return EXIT_USAGE;
    }
    throw e;
  }
  const usage = (message: string) => {
    io.stderr.write(`extract: ${message}\n`);
    return EXIT_USAGE;
  };
  if (opts.excel && opts.format !== 'csv') return usage('--excel needs --format csv');
  // check mode's code (and zod, which reads the gold file) load only when asked for
  const check = opts.expect || opts.writeExpect ? await import('./check.js') : null;
  let gold;
  if (opts.expect) {
    try {
      gold = check!.readGold(resolve(io.cwd, opts.expect));
    } catch (e) {
      return usage(`${opts.expect}: not a readable gold file: ${e instanceof SyntaxError ? 'invalid JSON' : describeFsError(e)}`);
    }
  }

  // every output is opened before any work, so an unwritable path fails at once
  const sinks: OutputSink[] = [];
  const open = (path: string) => {
    const sink = atomicFileSink(resolve(io.cwd, path));
    sinks.push(sink);
    return sink;
  };
  let records_: OutputSink | null = null;
  let reportSink: OutputSink | null = null;
  let expectSink: OutputSink | null = null;
  let opening = '';
  try {
    // in check mode the table is what standard output carries; records go only to --output
    if (opts.output) records_ = open((opening = opts.output));
    else if (!opts.expect) records_ = streamSink(io.stdout);
    if (opts.report) reportSink = open((opening = opts.report));
    if (opts.writeExpect) expectSink = open((opening = opts.writeExpect));
  } catch (e) {
    for (const s of sinks) s.abort();
    return usage(`${opening}: cannot write output: ${describeFsError(e)}`);
  }

  const keep = !!(opts.expect || opts.report || opts.writeExpect);
  const processOptions: ProcessOptions = {
    referenceDate: opts.referenceDate ?? null,
    kinds: opts.kinds,
    keepText: keep,
    keepRules: opts.explain,
    // records are needed here only for check mode, the report and --explain; else text will do
    serializeAs: keep || opts.explain ? undefined : { format: opts.format, excel: opts.excel },
  };
  const writer = createWriter(opts.format, { excel: opts.excel });
  const kept: Array<{ result: DocumentResult; text: string }> = [];
  const now = io.now ?? (() => performance.now());
  const stats: RunStats = { files: 0, failed: 0, bytes: 0, records: {}, started: now(), finished: 0 };
  const progress = opts.quiet ? null : createProgress(io.stderr, now);
  if (progress) void countInputs(inputs, io.cwd, opts.recursive).then((n) => progress.setTotal(n), () => {});
  const report = (doc: string, message: string) => {
    progress?.interrupt();
    io.stderr.write(`extract: ${doc}: ${message}\n`);
  };

  const emit = (records: ExtractedRecord[], rules: string[]) => {
    for (const r of records) stats.records[r.kind] = (stats.records[r.kind] ?? 0) + 1;
    records_?.write(writer.records(records));
    if (opts.explain)
      records.forEach((r, i) => io.stderr.write(`${r.doc}:${r.start}-${r.end} ${r.kind} ${JSON.stringify(r.text.slice(0, 60))} <- ${rules[i]}\n`));
  };
  let collect: (() => void) | undefined;
  const consumer: Consumer = {
    whole(p) {
      stats.files++;
      stats.bytes += p.bytes;
      progress?.tick(stats);
      if (!p.ok) {
        stats.failed++;
        report(p.doc, p.error);
        return;
      }
      for (const w of p.warnings) report(p.result.doc, `warning: ${w}`);
      records_?.write(writer.openDocument(p.result.doc, p.result.published));
      if (p.serialized) {
        for (const [kind, n] of Object.entries(p.serialized.kinds)) stats.records[kind as RecordKind] = (stats.records[kind as RecordKind] ?? 0) + n;
        records_?.write(writer.serialized(p.serialized.text, p.serialized.count));
      } else emit(p.result.records, p.rules);
      records_?.write(writer.closeDocument());
      if (keep) kept.push({ result: p.result, text: p.text ?? '' });
    },
    drained: () => records_?.drained() ?? Promise.resolve(),
    async segmented(input) {
      collect ??= garbageCollector();
      const { doc } = input;
      const warnings: string[] = [];
      let opened = false;
      const all: ExtractedRecord[] = [];
      const texts: string[] = [];
      let published: string | null = null;
      let bytes = 0;
      const counted = async function* (chunks: AsyncIterable<Uint8Array>) {
        for await (const c of chunks) {
          bytes += c.length;
          yield c;
        }
      };
      const text = async function* () {
        for await (const t of decodeChunks(counted(input.chunks()), (w) => warnings.push(w))) {
          if (keep) texts.push(t);
          yield t;
        }
      };
      try {
        for await (const part of processSegments(doc, text(), processOptions)) {
          for (const w of warnings.splice(0)) report(doc, `warning: ${w}`);
          if (!opened) records_?.write(writer.openDocument(doc, (published = part.published)));
          opened = true;
          emit(part.records, part.rules);
          if (keep) all.push(...part.records);
          await this.drained();
          collect();
        }
      } catch (e) {
        const error = e instanceof BinaryInputError ? e.message : describeFsError(e);
        if (!opened) return this.whole({ ok: false, doc, error, bytes });
        // the file broke off after records were written: they stand, and the failure is reported
        stats.failed++;
        report(doc, `${error} (records up to that point were written)`);
      }
      for (const w of warnings) report(doc, `warning: ${w}`);
      if (!opened) records_?.write(writer.openDocument(doc, null));
      records_?.write(writer.closeDocument());
      stats.files++;
      stats.bytes += bytes;
      progress?.tick(stats);
      if (keep) kept.push({ result: { doc, published, records: all }, text: texts.join('') });
    },
  };

  let pool: WorkerPool | null = null;
  try {
    records_?.write(writer.begin());
    pool = await forEachProcessed(
      sourceDocuments(inputs, { cwd: io.cwd, recursive: opts.recursive, inputFormat: opts.inputFormat, stdin: io.stdin, readFile: io.readFile }),
      processOptions,
      opts.jobs,
      io.signal,
      consumer,
    );
    records_?.write(writer.end());
    stats.finished = now();
    progress?.stop();

    let checkFailed = false;
    if (gold) {
      const chalk = colorFor(io.stdout, opts, io.env);
      const outcome = check!.checkAgainstGold(gold, kept, { kinds: opts.kinds, minF1: opts.minF1, color: chalk, warn: (m) => io.stderr.write(`extract: warning: ${m}\n`) });
      io.stdout.write(outcome.text);
      if (outcome.failedKinds.length) {
        checkFailed = true;
        io.stderr.write(`extract: check failed: ${outcome.failedKinds.join(', ')} below correct-F1 ${opts.minF1}\n`);
      }
    }
    if (expectSink) expectSink.write(JSON.stringify(check!.toGoldFile(kept.map((k) => k.result)), null, 2) + '\n');
    if (reportSink) {
      const { renderReport } = await import('../output/report.js');
      reportSink.write(renderReport(kept.map((k) => ({ doc: k.result.doc, text: k.text, published: k.result.published, records: k.result.records }))));
    }
    for (const s of sinks) s.commit();
    if (!opts.quiet && io.stderr.isTTY) printSummary(io.stderr, stats, colorFor(io.stderr, opts, io.env));
    return stats.failed > 0 || checkFailed ? EXIT_INPUT_FAILED : EXIT_OK;
  } catch (e) {
    progress?.stop();
    for (const s of sinks) s.abort();
    if (e instanceof Interrupted) {
      io.stderr.write('extract: interrupted; no output file was left behind\n');
      return EXIT_INTERRUPTED;
    }
    throw e;
  } finally {
    await pool?.close();
  }
}

/** Where processed documents go, in input order: whole, or (huge files) segment by segment. */
interface Consumer {
  whole(p: ProcessedDocument): void;
  /** A document too big to hold: its bytes come in chunks and its records in segments. */
  segmented(input: { doc: string; chunks(): AsyncIterable<Uint8Array> }): Promise<void>;
  /** Waits until the output has been taken up by its reader. */
  drained(): Promise<void>;
}

const READ_CHUNK = 1 << 20;

/** Without --jobs, this many documents run in this thread before worker threads are started. */
const DEFAULT_POOL_AFTER = 64;

function isHuge(bytes: Uint8Array): boolean {
  try {
    return bytes.length > SEGMENT_LENGTH;
  } catch {
    return false; // unreadable as bytes: processing it will report the failure
  }
}

/** A big in-memory input (standard input) handed out in chunks, letting go of each as it goes. */
async function* sliceBytes(d: { bytes: Uint8Array }): AsyncGenerator<Uint8Array> {
  const bytes = d.bytes;
  d.bytes = new Uint8Array(0);
  for (let i = 0; i < bytes.length; i += READ_CHUNK) yield bytes.subarray(i, i + READ_CHUNK);
}

/** How many documents may be in flight at once per worker: enough to keep workers busy, few enough to keep memory flat. */
const IN_FLIGHT_PER_WORKER = 8;

/**
 * Processes documents in input order, on worker threads when there is more than one
 * input and more than one job; hands each result to `consume` in input order.
 * Returns the pool it started (for the caller to close), if any.
 */
async function forEachProcessed(
  source: AsyncGenerator<SourceDocument>,
  options: ProcessOptions,
  jobs: number | undefined,
  signal: AbortSignal | undefined,
  consumer: Consumer,
): Promise<WorkerPool | null> {
  const consume = async (p: ProcessedDocument) => {
    consumer.whole(p);
    await consumer.drained();
  };
  const drain = async () => {
    while (inFlight.length) await consume(await inFlight.shift()!);
  };
  const wanted = jobs ?? availableParallelism();
  let pool: WorkerPool | null = null;
  const inFlight: Array<Promise<ProcessedDocument>> = [];
  const inline = (d: SourceDocument): ProcessedDocument =>
    d.kind === 'failure'
      ? { ok: false, doc: d.doc, error: d.error, bytes: 0 }
      : d.kind === 'bytes'
        ? processBytes(d.doc, d.bytes, options)
        : d.kind === 'text'
          ? processText(d.doc, d.text, options, d.published)
          : { ok: false, doc: d.doc, error: 'a streamed file cannot be processed whole', bytes: 0 };
  let first: SourceDocument | null = null;
  let seen = 0;
  for await (const d of source) {
    if (signal?.aborted) throw new Interrupted();
    // a huge file streams through this thread segment by segment, after everything before it
    if (d.kind === 'stream' || (d.kind === 'bytes' && isHuge(d.bytes))) {
      if (first) inFlight.push(submit(pool, first, options, inline));
      first = null;
      await drain();
      await consumer.segmented({ doc: d.doc, chunks: () => (d.kind === 'stream' ? createReadStream(d.path, { highWaterMark: READ_CHUNK }) : sliceBytes(d)) });
      continue;
    }
    // one input runs in this thread; a second one is the moment to start workers
    if (first === null && !pool) {
      first = d;
      continue;
    }
    seen++;
    // workers cost a start-up each: by default they start only once the run proves long
    // this thread is one of the N: it extracts whenever the N-1 workers have their hands full
    if (!pool && wanted > 1 && seen >= (jobs === undefined ? DEFAULT_POOL_AFTER : 1) && WorkerPool.available()) pool = new WorkerPool(wanted - 1);
    if (first) {
      inFlight.push(submit(pool, first, options, inline));
      first = null;
    }
    inFlight.push(submit(pool, d, options, inline));
    // after extracting here, let the workers' results in, so they get their next documents
    if (pool && !pool.hasRoom()) await new Promise((resolve) => setImmediate(resolve));
    while (inFlight.length > Math.max(1, wanted) * IN_FLIGHT_PER_WORKER) await consume(await inFlight.shift()!);
    if (!pool) await drain();
  }
  if (first) inFlight.push(Promise.resolve(inline(first)));
  while (inFlight.length) {
    if (signal?.aborted) throw new Interrupted();
    await consume(await inFlight.shift()!);
  }
  return pool;
}

function submit(
  pool: WorkerPool | null,
  d: SourceDocument,
  options: ProcessOptions,
  inline: (d: SourceDocument) => ProcessedDocument,
): Promise<ProcessedDocument> {
  if (!pool || d.kind === 'failure' || d.kind === 'stream' || !pool.hasRoom()) return Promise.resolve(inline(d));
  const job =
    d.kind === 'bytes' ? pool.run({ doc: d.doc, bytes: d.bytes, options }) : pool.run({ doc: d.doc, text: d.text, options, published: d.published });
  // a worker that dies takes only its document with it
  return job.catch((e: Error) => internalFailure(d.doc, e, 0));
}

/** How many inputs a run has, for the progress bar's total; listing is cheap next to extracting. */
async function countInputs(args: string[], cwd: string, recursive: boolean): Promise<number> {
  let n = 0;
  for await (const _ of expandInputs(args, { cwd, recursive })) n++;
  return n;
}
