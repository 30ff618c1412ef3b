/**
 * The real binary as child processes (`node bin/extract.js`, built by `npm test` before the
 * suite runs): a reader that leaves early, Ctrl-C with --output, worker threads against one
 * thread, and NDJSON input against file input.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, listTxt } from './helpers.js';

const BIN = join(ROOT, 'bin', 'extract.js');
const FIXTURE_NAMES = listTxt(FIXTURES);

let dir: string;
/** Many copies of the fixtures: a run long enough to interrupt or to cut off. */
let copies: string;
const COPIES_PER_FIXTURE = 200;

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: string;
}

/** Runs the binary to completion, capturing both streams. */
function runBin(args: string[], options: { cwd?: string; input?: string } = {}): Exit {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

const decodeFile = (path: string) => new TextDecoder('utf-8').decode(readFileSync(path)).replace(/^\uFEFF/, '');
const parseNdjson = (s: string) =>
  s
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
/** No stack trace, no error object dump. */
const expectNoCrash = (stderr: string) => {
  expect(stderr).not.toMatch(/EPIPE/);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/internal error|Unhandled|Error:/);
};

beforeAll(() => {
  expect(existsSync(join(ROOT, 'dist', 'cli', 'main.js')), 'dist/ is missing: run `npm run build` (npm test does)').toBe(true);
  dir = mkdtempSync(join(tmpdir(), 'tradefacts-process-'));
  copies = join(dir, 'copies');
  mkdirSync(copies);
  for (let i = 0; i < COPIES_PER_FIXTURE; i++)
    for (const f of FIXTURE_NAMES) copyFileSync(join(FIXTURES, f), join(copies, `c${String(i).padStart(3, '0')}_${f}`));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a reader that leaves after the first line (`extract ... | head -1`)', () => {
  it('through a shell pipe into head -1: one line out, extract exits 0, no EPIPE trace on stderr', () => {
    const errFile = join(dir, 'head.err');
    const script = `"${process.execPath}" "${BIN}" --format ndjson "${copies}" 2>"${errFile}" | head -1; echo "status=\${PIPESTATUS[0]}" >&2`;
    const r = spawnSync('bash', ['-c', script], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
    const out = r.stdout.toString('utf8');
    expect(out.split('\n').filter((l) => l !== '')).toHaveLength(1);
    expect(() => JSON.parse(out)).not.toThrow();
    expect(r.stderr.toString('utf8')).toContain('status=0');
    expectNoCrash(readFileSync(errFile, 'utf8'));
  });

  for (const format of ['ndjson', 'json', 'csv'] as const)
    for (const jobs of ['1', '2'])
      it(`--format ${format} --jobs ${jobs}: stdout closed after the first chunk → quiet exit 0`, async () => {
        const child = spawn(process.execPath, [BIN, '--format', format, '--jobs', jobs, copies], {
          cwd: ROOT,
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { ...process.env, NO_COLOR: '1' },
        });
        let stderr = '';
        let chunks = 0;
        child.stderr.on('data', (c: Buffer) => (stderr += c));
        child.stdout.on('data', () => {
          if (++chunks === 1) child.stdout.destroy();
        });
        const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
        expect(chunks).toBeGreaterThanOrEqual(1);
        expect(signal).toBeNull();
        expectNoCrash(stderr);
        expect(code).toBe(0);
      });
});

describe('Ctrl-C during a run with --output', () => {
  /** Starts a long run to out/result.ndjson, waits until its temporary file exists, then interrupts it. */
  async function interruptRun(name: string, signals: number): Promise<{ code: number | null; stderr: string; out: string }> {
    const out = join(dir, name);
    mkdirSync(out);
    const child = spawn(process.execPath, [BIN, '--format', 'ndjson', '--output', join(out, 'result.ndjson'), copies], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    child.stdout.on('data', (c: Buffer) => (stdout += c));
    const closed = new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    let exited = false;
    void closed.then(() => (exited = true));
    // the temporary output file is opened before any work: once it is there, the run is under way
    while (!exited && !readdirSync(out).some((f) => f.endsWith('.tmp'))) await sleep(5);
    expect(exited, 'the run ended before it could be interrupted').toBe(false);
    for (let i = 0; i < signals; i++) child.kill('SIGINT');
    const code = await closed;
    expect(stdout).toBe('');
    return { code, stderr, out };
  }

  it('one SIGINT: exit 130, a message, no output file and no temporary file', async () => {
    const r = await interruptRun('out-int', 1);
    expect(r.code).toBe(130);
    expect(r.stderr).toMatch(/interrupt/i);
    expectNoCrash(r.stderr);
    expect(readdirSync(r.out)).toEqual([]);
  });

  it('a second SIGINT exits at once: still 130 and nothing left behind', async () => {
    const r = await interruptRun('out-int2', 2);
    expect(r.code).toBe(130);
    expect(readdirSync(r.out)).toEqual([]);
  });
});

describe('--jobs does not change the output', () => {
  for (const format of ['ndjson', 'csv', 'json'] as const)
    it(`--format ${format}: --jobs 2 is byte-identical to --jobs 1 over all fixtures`, () => {
      const one = runBin(['--format', format, '--jobs', '1', 'fixtures/*.txt']);
      const two = runBin(['--format', format, '--jobs', '2', 'fixtures/*.txt']);
      expect(one.code).toBe(0);
      expect(two.code).toBe(0);
      expect(one.stdout.length).toBeGreaterThan(1000);
      expect(two.stdout.equals(one.stdout)).toBe(true);
      expect(two.stderr).toBe(one.stderr);
    });

  it('--jobs 1, 2 and 4 agree byte for byte over hundreds of files, with a failing input in the middle', () => {
    const sub = join(dir, 'mixed');
    mkdirSync(sub);
    for (const f of readdirSync(copies).slice(0, 320)) copyFileSync(join(copies, f), join(sub, f));
    writeFileSync(join(sub, 'x_binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0x00]));
    writeFileSync(join(sub, 'x_empty.txt'), '');
    const runs = ['1', '2', '4'].map((jobs) => runBin(['--format', 'ndjson', '--jobs', jobs, sub, 'missing.txt', 'fixtures/01_customs_release.txt']));
    for (const r of runs) {
      expect(r.code).toBe(1);
      expect(r.stdout.equals(runs[0].stdout)).toBe(true);
      expect(r.stderr).toBe(runs[0].stderr);
    }
    expect(runs[0].stderr.split('\n').filter((l) => l !== '')).toHaveLength(3);
  });
});

describe('one document the extractor trips over', () => {
  for (const jobs of ['1', '2'])
    it(`--jobs ${jobs}: does not take the run down; the other documents are written in full, no stack trace`, () => {
      const sub = join(dir, `glued-${jobs}`);
      mkdirSync(sub);
      for (const f of FIXTURE_NAMES) copyFileSync(join(FIXTURES, f), join(sub, f));
      const without = runBin(['--format', 'ndjson', '--jobs', jobs, sub]);
      expect(without.code).toBe(0);
      // a title word glued to a number at a line start ("Governor1900") made extract() throw
      writeFileSync(join(sub, '06b_glued_title.txt'), 'Exports rose 5% to $2 billion in 2019.\nGovernor1900 visited the port.\n');
      const r = runBin(['--format', 'ndjson', '--jobs', jobs, sub]);
      expect(r.stderr).not.toMatch(/^\s+at /m);
      expect(r.stderr).not.toMatch(/internal error|TypeError/);
      const lines = r.stderr.split('\n').filter((l) => l !== '');
      // either it is processed (exit 0, silent) or reported as one failed input (exit 1, one line naming it)
      if (lines.length === 0) expect(r.code).toBe(0);
      else {
        expect(lines).toHaveLength(1);
        expect(lines[0]).toContain('06b_glued_title.txt');
        expect(r.code).toBe(1);
      }
      const others = parseNdjson(r.stdout.toString('utf8')).filter((x) => !String(x.doc).endsWith('06b_glued_title.txt'));
      expect(others).toEqual(parseNdjson(without.stdout.toString('utf8')));
    });
});

describe('--input-format ndjson', () => {
  it('records are keyed by id and equal (except doc) to those of the file-based run', () => {
    const corpus = join(dir, 'fixtures.jsonl');
    const ids = FIXTURE_NAMES.map((f) => `id-${f.replace(/\.txt$/, '')}`);
    writeFileSync(corpus, FIXTURE_NAMES.map((f, i) => JSON.stringify({ id: ids[i], text: decodeFile(join(FIXTURES, f)) }) + '\n').join(''));

    const fromFiles = runBin(['--format', 'json', 'fixtures/*.txt']);
    const fromJsonl = runBin(['--format', 'json', '--input-format', 'ndjson', corpus]);
    expect(fromFiles.code).toBe(0);
    expect(fromJsonl.code).toBe(0);
    expect(fromJsonl.stderr).toBe('');
    type Doc = { doc: string; published: string | null; records: Array<Record<string, unknown>> };
    const files = JSON.parse(fromFiles.stdout.toString('utf8')) as Doc[];
    const lines = JSON.parse(fromJsonl.stdout.toString('utf8')) as Doc[];
    expect(lines.map((d) => d.doc)).toEqual(ids);
    expect(files.map((d) => d.doc)).toEqual(FIXTURE_NAMES.map((f) => `fixtures/${f}`));
    const strip = (d: Doc) => ({ published: d.published, records: d.records.map(({ doc: _doc, ...rest }) => rest) });
    for (let i = 0; i < ids.length; i++) {
      expect(lines[i].records.every((r) => r.doc === ids[i])).toBe(true);
      expect(strip(lines[i]), ids[i]).toEqual(strip(files[i]));
    }

    // the same through standard input, as NDJSON out
    const viaStdin = runBin(['--format', 'ndjson', '--input-format', 'ndjson', '-'], { input: readFileSync(corpus, 'utf8') });
    expect(viaStdin.code).toBe(0);
    const recs = parseNdjson(viaStdin.stdout.toString('utf8'));
    expect(recs).toEqual(lines.flatMap((d) => d.records));
  });
});

describe('start-up', () => {
  it("V8 accepts the build's code cache for the CLI bundle (else start-up compiles it all from source)", () => {
    const probe = `import('./dist/bundle/launch.js').then(({ loadBundle, BUNDLE_FILE, CACHE_FILE }) => process.stdout.write(require('node:fs').existsSync(CACHE_FILE) + ' ' + loadBundle(BUNDLE_FILE, CACHE_FILE).cacheRejected))`;
    const r = spawnSync(process.execPath, ['-e', probe], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('true false'); // the cache exists, and V8 took it
  });
});
