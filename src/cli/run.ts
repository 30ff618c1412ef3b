import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { extract } from '../extract.js';
import { DocumentResult, ExtractedRecord, RECORD_KINDS, type RecordKind } from '../schema/index.js';
import { parseIso } from '../text/calendar.js';
import { BinaryInputError, decodeDocument } from '../text/decode.js';
import { createWriter, OUTPUT_FORMATS, type OutputFormat } from '../output/writers.js';
import { describeFsError, expandInputs, type Input } from './inputs.js';
import { atomicFileSink, streamSink, type OutputSink } from './output-sink.js';

/** Everything the CLI touches of the outside world, so tests can run it in-process. */
export interface CliIo {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin: AsyncIterable<Buffer | string>;
  cwd: string;
  env: Record<string, string | undefined>;
}

export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

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
}

class UsageError extends Error {}

function buildProgram(io: CliIo): Command {
  return new Command('extract')
    .description('Extract trade facts, money, percentages, dates, organisations and officials from news articles.')
    .argument('<inputs...>', 'files, directories or globs of articles; "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(OUTPUT_FORMATS).default('json'))
    .option('-o, --output <file>', 'write to this file (atomically) instead of standard output')
    .option('-k, --kinds <kinds>', `record kinds to keep, comma-separated (${RECORD_KINDS.join(',')})`, parseKinds)
    .option('-r, --reference-date <date>', 'resolve relative dates against this YYYY-MM-DD date', parseReferenceDate)
    .option('-R, --recursive', 'read directories recursively', false)
    .option('--explain', 'print on standard error the rule behind each record', false)
    .option('--excel', 'with --format csv: UTF-8 byte-order mark and CRLF for spreadsheets', false)
    .option('-q, --quiet', 'no progress or summary on standard error', false)
    .option('--no-color', 'no colour on standard error')
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
  if (opts.excel && opts.format !== 'csv') {
    io.stderr.write('extract: --excel needs --format csv\n');
    return EXIT_USAGE;
  }

  let sink: OutputSink;
  try {
    sink = opts.output ? atomicFileSink(resolve(io.cwd, opts.output)) : streamSink(io.stdout);
  } catch (e) {
    io.stderr.write(`extract: ${opts.output}: cannot write output: ${describeFsError(e)}\n`);
    return EXIT_USAGE;
  }

  const writer = createWriter(opts.format, { excel: opts.excel });
  let failed = false;
  const report = (path: string, message: string) => io.stderr.write(`extract: ${path}: ${message}\n`);
  try {
    sink.write(writer.begin());
    for await (const input of expandInputs(inputs, { cwd: io.cwd, recursive: opts.recursive })) {
      const result = await processInput(input, opts, io, report);
      if (!result) {
        failed = true;
        continue;
      }
      sink.write(writer.document(result.doc));
      if (opts.explain) for (const line of result.explanations) io.stderr.write(line);
    }
    sink.write(writer.end());
    sink.commit();
  } catch (e) {
    sink.abort();
    throw e;
  }
  return failed ? EXIT_INPUT_FAILED : EXIT_OK;
}

async function readInput(input: Exclude<Input, { kind: 'error' }>, io: CliIo): Promise<Uint8Array> {
  if (input.kind === 'file') return readFile(resolve(io.cwd, input.path));
  const chunks: Buffer[] = [];
  for await (const c of io.stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

async function processInput(
  input: Input,
  opts: CliOptions,
  io: CliIo,
  report: (path: string, message: string) => void,
): Promise<{ doc: DocumentResult; explanations: string[] } | null> {
  const name = input.kind === 'file' || input.kind === 'error' ? input.path : '-';
  if (input.kind === 'error') {
    report(name, input.message);
    return null;
  }
  let text: string;
  try {
    const decoded = decodeDocument(await readInput(input, io));
    if (decoded.warning) report(name, `warning: ${decoded.warning}`);
    text = decoded.text;
  } catch (e) {
    report(name, e instanceof BinaryInputError ? e.message : describeFsError(e));
    return null;
  }
  const result = extract(text, { doc: name, referenceDate: opts.referenceDate ?? null, kinds: opts.kinds });
  // the schemas are the contract: nothing leaves the tool unvalidated
  const records = result.records.map((r) => ExtractedRecord.parse(r));
  const doc = DocumentResult.parse({ doc: name, published: result.published, records });
  const explanations = records.map((r, i) => `${name}:${r.start}-${r.end} ${r.kind} ${JSON.stringify(r.text.slice(0, 60))} ← ${result.rules[i]}\n`);
  return { doc, explanations };
}
