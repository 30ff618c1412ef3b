/**
 * Scaling out with GNU parallel: an NDJSON corpus split into blocks of 10 documents, four
 * `extract` processes at once, outputs merged in input order, must equal one process over the
 * whole corpus. Needs `parallel` (Debian package; .ci/run installs it when missing).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, listTxt } from './helpers.js';

const BIN = join(ROOT, 'bin', 'extract.js');
const DOCS = 40;
const PER_JOB = 10;

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' });
const parallelMissing = hasParallel.error !== undefined || hasParallel.status !== 0 || !/GNU parallel/.test(hasParallel.stdout ?? '');
if (parallelMissing)
  console.warn('scale-out.test.ts: skipped: GNU parallel is not on PATH (apt-get install parallel; .ci/run installs it)');

const sh = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

describe.skipIf(parallelMissing)('GNU parallel --pipe over an NDJSON corpus', () => {
  let dir: string;
  let corpus: string;
  let ids: string[];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'tradefacts-parallel-'));
    mkdirSync(join(dir, 'home'));
    corpus = join(dir, 'corpus.ndjson');
    const names = listTxt(FIXTURES);
    ids = Array.from({ length: DOCS }, (_, i) => `doc-${String(i + 1).padStart(2, '0')}`);
    const lines = ids.map((id, i) => {
      const text = new TextDecoder('utf-8').decode(readFileSync(join(FIXTURES, names[i % names.length]))).replace(/^\uFEFF/, '');
      return JSON.stringify({ id, text }) + '\n';
    });
    writeFileSync(corpus, lines.join(''));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`parallel --pipe -N${PER_JOB} -j4 --keep-order gives exactly the single-process output`, () => {
    const single = spawnSync(process.execPath, [BIN, '--input-format', 'ndjson', '--format', 'ndjson', corpus], {
      cwd: ROOT,
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(single.status).toBe(0);
    expect(single.stderr.toString('utf8')).toBe('');
    const expected = single.stdout.toString('utf8');
    expect(expected.length).toBeGreaterThan(1000);

    const joblog = join(dir, 'jobs.log');
    const pipeline =
      `set -o pipefail; cat ${sh(corpus)} | parallel --will-cite --joblog ${sh(joblog)} --pipe -N${PER_JOB} -j4 --keep-order ` +
      `${sh(process.execPath)} ${sh(BIN)} --input-format ndjson --format ndjson -`;
    const merged = spawnSync('bash', ['-c', pipeline], {
      cwd: ROOT,
      maxBuffer: 256 * 1024 * 1024,
      // a private HOME: parallel keeps its state (and the citation notice) there
      env: { ...process.env, HOME: join(dir, 'home'), NO_COLOR: '1' },
    });
    const stderr = merged.stderr.toString('utf8');
    expect(merged.status, stderr).toBe(0);
    expect(stderr).toBe('');
    const out = merged.stdout.toString('utf8');
    expect(out).toBe(expected);

    // the corpus really was split: one job per block of documents, each one exiting 0
    const jobs = readFileSync(joblog, 'utf8').trim().split('\n').slice(1);
    expect(jobs).toHaveLength(DOCS / PER_JOB);
    for (const j of jobs) expect(j.split('\t')[6], j).toBe('0'); // Exitval column
    // and every document is there, keyed by its id, in corpus order
    const docs = out
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => (JSON.parse(l) as { doc: string }).doc);
    expect([...new Set(docs)]).toEqual(ids.filter((id) => docs.includes(id)));
    expect(new Set(docs).size).toBeGreaterThanOrEqual(DOCS - 4); // documents without figures have no records
  });
});
