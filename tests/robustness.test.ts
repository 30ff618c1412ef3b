/**
 * The bad-input matrix, through the CLI. Every bad input runs between two good article
 * files; the run must report exactly one stderr line for the bad input, exit with the right
 * status, and still write the good inputs' records in full (equal to running them alone).
 * Runs are in-process (runCli with real temporary files) except the 50 MB file, which goes
 * through the real binary so that memory and streaming are those of the shipped program.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../src/cli/run.js';
import { extract, ExtractedRecord } from '../src/index.js';
import { FIXTURES, ROOT } from './helpers.js';

const BIN = join(ROOT, 'bin', 'extract.js');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

interface DocJson {
  doc: string;
  published: string | null;
  records: Array<Record<string, unknown>>;
}

let dir: string;
let good1: DocJson;
let good2: DocJson;

const GOOD1 = 'good1.txt';
const GOOD2 = 'good2.txt';

async function cli(argv: string[], extra: Partial<Pick<CliIo, 'readFile' | 'signal'>> = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (c: string) => ((stdout += c), true) },
    stderr: { write: (c: string) => ((stderr += c), true), isTTY: false },
    stdin: (async function* () {})(),
    cwd: dir,
    env: {},
    ...extra,
  });
  return { code, stdout, stderr };
}

const stderrLines = (s: string) => s.split('\n').filter((l) => l !== '');
const parseJson = (s: string) => JSON.parse(s) as DocJson[];
const parseNdjson = (s: string) =>
  s
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const tempFilesIn = (d: string) => readdirSync(d).filter((f) => f.endsWith('.tmp') || f.startsWith('.'));

/** The good inputs came out in full, first and last, exactly as when run alone. */
function expectGoodInputsComplete(docs: DocJson[]): void {
  expect(docs.length).toBeGreaterThanOrEqual(2);
  expect(docs[0]).toEqual(good1);
  expect(docs[docs.length - 1]).toEqual(good2);
  expect(docs.filter((d) => d.doc === GOOD1 || d.doc === GOOD2)).toHaveLength(2);
}

/** Runs `good1 <bad...> good2`, checks status, the one stderr line and the good inputs; returns the documents. */
async function runBetweenGood(
  bad: string[],
  expected: { code: number; line: RegExp | null },
  options: { flags?: string[]; readFile?: CliIo['readFile'] } = {},
): Promise<DocJson[]> {
  const r = await cli([...(options.flags ?? []), '--format', 'json', GOOD1, ...bad, GOOD2], { readFile: options.readFile });
  expect(r.code, r.stderr).toBe(expected.code);
  const lines = stderrLines(r.stderr);
  if (expected.line === null) expect(lines).toEqual([]);
  else {
    expect(lines, r.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(expected.line);
  }
  // the good inputs are never mentioned on standard error
  expect(r.stderr).not.toContain(GOOD1);
  expect(r.stderr).not.toContain(GOOD2);
  const docs = parseJson(r.stdout);
  expectGoodInputsComplete(docs);
  return docs;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
/** `extract: <name>: <message>` for exactly the bad input's name. */
const lineFor = (name: string, message: RegExp) => new RegExp(`^extract: ${escape(name)}: .*${message.source}`, message.flags);

/** Records of a document, without its name, for comparing the same text read from different files. */
const withoutDoc = (records: Array<Record<string, unknown>>) => records.map(({ doc: _doc, ...rest }) => rest);

function expectValidRecords(text: string, records: Array<Record<string, unknown>>): void {
  for (const r of records) {
    expect(() => ExtractedRecord.parse(r)).not.toThrow();
    expect(r.text).toBe(text.slice(r.start as number, r.end as number));
    expect(r.end as number).toBeLessThanOrEqual(text.length);
  }
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return be;
}

const UNICODE_ARTICLE =
  readFileSync(join(FIXTURES, '09_curly_quotes_agri.txt'), 'utf8').replace(/^\uFEFF/, '') +
  'The \u201cSilk Road\u201d \u{1F6A2} shipping line carried goods worth \u20ac2.5\u00a0billion in 2019, up 4.5%.\n' +
  'Chinese exports to Russia reached 12 billion US dollars in the first quarter of 2019, the Ministry of Commerce said \u2014 \u4e2d\u4fc4\u8d38\u6613.\n';

const HTML_ARTICLE = [
  '<!DOCTYPE html><html><head><title>China-Russia trade</title></head><body>',
  '<h1 class="headline">China-Russia trade sets a record</h1>',
  '<p class="dateline">Beijing, <time datetime="2018-10-19">Oct 19, 2018</time></p>',
  '<p>China\'s exports to Russia rose <b>12%</b> to <strong>$47.97 billion</strong> in 2018, the <a href="/moc">Ministry of Commerce</a> said.</p>',
  '<p>Imports from Russia reached <span class="num">59.08 billion US dollars</span> in <em>January-April 2018</em>, up <i>42.7 percent</i>.</p>',
  '<div>Two-way trade hit $<span>107.06</span> billion<br/>in 2018, a year-on-year increase of <b>27.1</b>%.</div>',
  '<table><tr><td>2017</td><td>$84.2 billion</td></tr><tr><td>2018</td><td>$107.06 billion</td></tr></table>',
  '<p>Governor <a href="/p">Wang Wentao</a> of <span>Heilongjiang Province</span> said trade would exceed $<b>20</b> billion.</p>',
  '</body></html>',
  '',
].join('\n');

/** One line of about 5 MB without sentence punctuation, with a trade clause every `every` chunks. */
function longLine(size: number, every: number): { text: string; inserted: number } {
  const filler = 'the traders of the northern region talked about exports and imports all day long ';
  const clause = 'Heilongjiang exported 9 billion US dollars to Russia in 2018 ';
  const parts: string[] = [];
  let length = 0;
  let inserted = 0;
  for (let i = 0; length < size; i++) {
    const p = i % every === every - 1 ? (inserted++, clause) : filler;
    parts.push(p);
    length += p.length;
  }
  return { text: parts.join(''), inserted };
}
const LONG_LINE = longLine(5_000_000, 100);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tradefacts-robust-'));
  writeFileSync(join(dir, GOOD1), readFileSync(join(FIXTURES, '01_customs_release.txt')));
  writeFileSync(join(dir, GOOD2), readFileSync(join(FIXTURES, '05_province_customs.txt')));

  // a directory: top-level .txt files, a non-.txt file, a nested .txt file
  mkdirSync(join(dir, 'folder', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'folder', 'a.txt'), 'Trade rose 12% to $1.2 billion last year, the Ministry of Commerce said.\n');
  writeFileSync(join(dir, 'folder', 'b.txt'), 'Exports of timber reached 3.5 bln rubles in 2019.\n');
  writeFileSync(join(dir, 'folder', 'notes.md'), 'Trade rose 99% to $9 billion.\n');
  writeFileSync(join(dir, 'folder', 'nested', 'c.txt'), 'Imports of soybeans grew 7 pct in Q3 2022.\n');
  // a directory whose only .txt file is nested
  mkdirSync(join(dir, 'deep-only', 'inner'), { recursive: true });
  writeFileSync(join(dir, 'deep-only', 'inner', 'd.txt'), 'Exports rose 3% to $4 billion in 2020.\n');

  writeFileSync(join(dir, 'locked.txt'), 'Exports rose 3% to $4 billion in 2020.\n');
  writeFileSync(join(dir, 'blob.txt'), Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64), Buffer.from('Exports rose 3% to $4 billion in 2020.\n')]));
  writeFileSync(
    join(dir, 'bad-utf8.txt'),
    Buffer.concat([
      Buffer.from('Exports of machinery rose 8% to $3.2 billion in 2019, '),
      Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xe2, 0x82]),
      Buffer.from(' the Ministry of Commerce said.\nImports reached 1.5 billion US dollars in 2018.\n'),
    ]),
  );
  // text that makes the extractor itself throw (a title word glued to a number at a line start)
  writeFileSync(join(dir, 'crash.txt'), 'Exports rose 5% to $2 billion in 2019.\nGovernor1900 visited the port.\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '  \n\r\n\t\n');
  writeFileSync(join(dir, 'u8.txt'), UNICODE_ARTICLE, 'utf8');
  writeFileSync(join(dir, 'le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UNICODE_ARTICLE, 'utf16le')]));
  writeFileSync(join(dir, 'be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(UNICODE_ARTICLE)]));
  writeFileSync(join(dir, 'page.html.txt'), HTML_ARTICLE);
  writeFileSync(join(dir, 'long-line.txt'), LONG_LINE.text);

  const alone = async (name: string) => {
    const r = await cli(['--format', 'json', name]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const docs = parseJson(r.stdout);
    expect(docs).toHaveLength(1);
    return docs[0];
  };
  good1 = await alone(GOOD1);
  good2 = await alone(GOOD2);
  // the good inputs are worth checking: they have records of several kinds
  for (const g of [good1, good2]) expect(new Set(g.records.map((r) => r.kind)).size).toBeGreaterThanOrEqual(3);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('bad inputs between two good ones', () => {
  it('a missing file: one error line naming it, exit 1', async () => {
    const docs = await runBetweenGood(['missing.txt'], { code: 1, line: lineFor('missing.txt', /no such file/i) });
    expect(docs.map((d) => d.doc)).toEqual([GOOD1, GOOD2]);
  });

  it('a directory stands for its top-level *.txt files, in sorted order; no messages, exit 0', async () => {
    const docs = await runBetweenGood(['folder'], { code: 0, line: null });
    expect(docs.map((d) => d.doc)).toEqual([GOOD1, 'folder/a.txt', 'folder/b.txt', GOOD2]);
    const alone = parseJson((await cli(['folder/a.txt'])).stdout)[0];
    expect(docs[1]).toEqual(alone);
  });

  it('with --recursive a directory also stands for its nested *.txt files (never other files)', async () => {
    const docs = await runBetweenGood(['folder'], { code: 0, line: null }, { flags: ['--recursive'] });
    expect(docs.map((d) => d.doc)).toEqual([GOOD1, 'folder/a.txt', 'folder/b.txt', 'folder/nested/c.txt', GOOD2]);
    expect(docs.find((d) => d.doc === 'folder/nested/c.txt')!.records.some((r) => r.kind === 'percent' && r.value === 7)).toBe(true);
  });

  it('a directory with only nested .txt files: one error line without --recursive (exit 1), read with it (exit 0)', async () => {
    const flat = await runBetweenGood(['deep-only'], { code: 1, line: lineFor('deep-only', /\.txt/) });
    expect(flat.map((d) => d.doc)).toEqual([GOOD1, GOOD2]);
    const deep = await runBetweenGood(['deep-only'], { code: 0, line: null }, { flags: ['-R'] });
    expect(deep.map((d) => d.doc)).toEqual([GOOD1, 'deep-only/inner/d.txt', GOOD2]);
  });

  it('an unreadable file (EACCES): one error line naming it, exit 1', async () => {
    const readFileHook = async (path: string): Promise<Uint8Array> => {
      if (path.endsWith('locked.txt'))
        throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES', errno: -13, syscall: 'open', path });
      return readFile(path);
    };
    const docs = await runBetweenGood(['locked.txt'], { code: 1, line: lineFor('locked.txt', /permission denied/i) }, { readFile: readFileHook });
    expect(docs.map((d) => d.doc)).toEqual([GOOD1, GOOD2]);
  });

  it('a binary file (NUL bytes): one error line naming it, exit 1, no records from it', async () => {
    const docs = await runBetweenGood(['blob.txt'], { code: 1, line: lineFor('blob.txt', /binary/i) });
    expect(docs.map((d) => d.doc)).toEqual([GOOD1, GOOD2]);
  });

  it('invalid UTF-8: decoded with U+FFFD, one warning line, records kept, exit 0', async () => {
    const docs = await runBetweenGood(['bad-utf8.txt'], { code: 0, line: lineFor('bad-utf8.txt', /warning: .*UTF-8/i) });
    expect(docs.map((d) => d.doc)).toEqual([GOOD1, 'bad-utf8.txt', GOOD2]);
    const decoded = new TextDecoder('utf-8').decode(readFileSync(join(dir, 'bad-utf8.txt')));
    expect(decoded).toContain('\uFFFD');
    const doc = docs[1];
    expectValidRecords(decoded, doc.records);
    expect(doc.records).toEqual(JSON.parse(JSON.stringify(extract(decoded, { doc: 'bad-utf8.txt' }).records)));
    // the figures on both sides of the bad bytes are found
    expect(doc.records).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'money', amount: 3_200_000_000, currency: 'USD' }),
        expect.objectContaining({ kind: 'money', amount: 1_500_000_000, currency: 'USD' }),
      ]),
    );
    // offsets after the replacement characters still point at the right text
    const later = doc.records.find((r) => r.kind === 'money' && r.amount === 1_500_000_000)!;
    expect(later.start as number).toBeGreaterThan(decoded.indexOf('\uFFFD'));
  });

  for (const [name, label] of [
    ['le.txt', 'UTF-16 LE'],
    ['be.txt', 'UTF-16 BE'],
  ] as const) {
    it(`${label} with a byte-order mark: decoded, records equal to the UTF-8 version, no messages, exit 0`, async () => {
      const utf8 = parseJson((await cli(['--format', 'json', 'u8.txt'])).stdout)[0];
      expect(utf8.records.some((r) => r.kind === 'money' && r.currency === 'EUR')).toBe(true);
      const docs = await runBetweenGood([name], { code: 0, line: null });
      expect(docs.map((d) => d.doc)).toEqual([GOOD1, name, GOOD2]);
      expect(docs[1].published).toBe(utf8.published);
      expect(withoutDoc(docs[1].records)).toEqual(withoutDoc(utf8.records));
      expect(docs[1].records.every((r) => r.doc === name)).toBe(true);
      // offsets are into the decoded text without its byte-order mark
      expectValidRecords(UNICODE_ARTICLE, docs[1].records);
    });
  }

  it('a title glued to a number at a line start ("Governor1900") is just text: processed, no messages, exit 0', async () => {
    let docs: DocJson[] | null = null;
    let thrown: unknown = null;
    try {
      docs = await runBetweenGood(['crash.txt'], { code: 0, line: null });
    } catch (e) {
      thrown = e;
    }
    expect(thrown === null ? null : String((thrown as Error)?.stack ?? thrown).split('\n').slice(0, 3).join(' | '), 'runCli rejected').toBeNull();
    expect(docs!.map((d) => d.doc)).toEqual([GOOD1, 'crash.txt', GOOD2]);
    expect(docs![1].records).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'money', amount: 2_000_000_000 })]));
  });

  it('an unexpected failure while processing one document: one error line naming it, exit 1, the run goes on', async () => {
    // bytes that throw as soon as anything looks at them: stands for any internal error on one document
    const exploding = new Proxy(new Uint8Array(Buffer.from('Exports rose 3% to $4 billion in 2020.\n')), {
      // not a thenable, so reading it succeeds; processing it is what fails
      get(_target, key) {
        if (key === 'then') return undefined;
        throw new Error('simulated internal failure');
      },
    });
    const readFileHook = async (path: string): Promise<Uint8Array> => (path.endsWith('locked.txt') ? exploding : readFile(path));
    let docs: DocJson[] | null = null;
    let thrown: unknown = null;
    try {
      docs = await runBetweenGood(['locked.txt'], { code: 1, line: lineFor('locked.txt', /./) }, { readFile: readFileHook });
    } catch (e) {
      thrown = e;
    }
    expect(thrown === null ? null : String((thrown as Error)?.message ?? thrown), 'runCli rejected instead of reporting the document').toBeNull();
    expect(docs!.map((d) => d.doc)).toEqual([GOOD1, GOOD2]);
  });

  it('an empty file: one warning line, no records, exit 0', async () => {
    const docs = await runBetweenGood(['empty.txt'], { code: 0, line: lineFor('empty.txt', /warning: .*empty/i) });
    expect(docs.map((d) => d.doc)).toEqual([GOOD1, 'empty.txt', GOOD2]);
    expect(docs[1]).toEqual({ doc: 'empty.txt', published: null, records: [] });
  });

  it('a file of only whitespace counts as empty: one warning line, no records, exit 0', async () => {
    const docs = await runBetweenGood(['blank.txt'], { code: 0, line: lineFor('blank.txt', /warning: .*empty/i) });
    expect(docs[1]).toEqual({ doc: 'blank.txt', published: null, records: [] });
  });

  it('a glob that matches nothing: one error line naming the pattern, exit 1, the others processed', async () => {
    const docs = await runBetweenGood(['nowhere/*.txt'], { code: 1, line: lineFor('nowhere/*.txt', /match/i) });
    expect(docs.map((d) => d.doc)).toEqual([GOOD1, GOOD2]);
  });

  it('several bad inputs at once: one line each, in input order, exit 1', async () => {
    const r = await cli(['--format', 'json', GOOD1, 'missing.txt', 'blob.txt', 'empty.txt', 'nowhere/*.txt', GOOD2]);
    expect(r.code).toBe(1);
    const lines = stderrLines(r.stderr);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(lineFor('missing.txt', /./));
    expect(lines[1]).toMatch(lineFor('blob.txt', /./));
    expect(lines[2]).toMatch(lineFor('empty.txt', /warning/));
    expect(lines[3]).toMatch(lineFor('nowhere/*.txt', /./));
    const docs = parseJson(r.stdout);
    expect(docs.map((d) => d.doc)).toEqual([GOOD1, 'empty.txt', GOOD2]);
    expectGoodInputsComplete(docs);
  });

  it('HTML left in the text: records are slices of the raw text, and no tag sits inside a money, percent or date record', async () => {
    const docs = await runBetweenGood(['page.html.txt'], { code: 0, line: null });
    const doc = docs[1];
    expect(doc.doc).toBe('page.html.txt');
    expectValidRecords(HTML_ARTICLE, doc.records);
    for (const r of doc.records.filter((x) => x.kind === 'money' || x.kind === 'percent' || x.kind === 'date'))
      expect(r.text as string, `${r.kind} record ${JSON.stringify(r.text)}`).not.toMatch(/[<>]/);
    // the figures between the tags are still found
    const amounts = doc.records.filter((r) => r.kind === 'money').map((r) => r.amount);
    expect(amounts).toEqual(expect.arrayContaining([47_970_000_000, 59_080_000_000, 84_200_000_000]));
    expect(doc.records.some((r) => r.kind === 'percent' && r.value === 12)).toBe(true);
  });

  it('one 5 MB line without punctuation: completes with valid records, exit 0', async () => {
    expect(LONG_LINE.text.length).toBeGreaterThanOrEqual(5_000_000);
    expect(LONG_LINE.text).not.toMatch(/[.!?\n]/);
    const docs = await runBetweenGood(['long-line.txt'], { code: 0, line: null });
    const doc = docs[1];
    expect(doc.doc).toBe('long-line.txt');
    expectValidRecords(LONG_LINE.text, doc.records);
    expect(doc.records.length).toBeGreaterThan(0);
    const starts = doc.records.map((r) => r.start as number);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('one 5 MB line without punctuation: every inserted amount is found (none lost where long runs are cut)', async () => {
    const r = await cli(['--format', 'ndjson', '--kinds', 'money', 'long-line.txt']);
    expect(r.code).toBe(0);
    const money = parseNdjson(r.stdout);
    expect(money.filter((m) => m.text === '9 billion US dollars' && m.amount === 9_000_000_000)).toHaveLength(LONG_LINE.inserted);
    expect(money).toHaveLength(LONG_LINE.inserted);
  });
});

describe('a 50 MB file through the real binary', () => {
  it('completes with exit 0 under a 1 GB heap; one money record per inserted trade sentence; good inputs complete', async () => {
    const big = join(dir, 'big.txt');
    const filler =
      'the harvest was gathered slowly and the river ran along the valley while people walked home through the fields, ' +
      'and they talked about the weather, the roads and the long winter that was coming to the hills.\n\n';
    const expected: number[] = [];
    await new Promise<void>((resolve, reject) => {
      const out = createWriteStream(big);
      out.on('error', reject);
      out.on('finish', () => resolve());
      const block: string[] = [];
      let size = 0;
      for (let i = 0; size < 50 * 1024 * 1024; i++) {
        let p = filler;
        if (i % 40 === 39) {
          const whole = (expected.length % 900) + 1;
          expected.push((whole + 0.5) * 1_000_000_000);
          p = `Exports of machinery to Russia rose to ${whole}.5 billion yuan in 2019, up ${(expected.length % 50) + 1}%.\n\n`;
        }
        block.push(p);
        size += p.length;
        if (block.length === 2000) out.write(block.splice(0).join(''));
      }
      out.end(block.join(''));
    });
    expect(statSync(big).size).toBeGreaterThanOrEqual(50 * 1024 * 1024);

    const child = spawn(process.execPath, ['--max-old-space-size=1024', BIN, '--format', 'ndjson', '--quiet', GOOD1, 'big.txt', GOOD2], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => (err += c));
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    rmSync(big);
    expect(err).toBe('');
    expect(code).toBe(0);

    const records = parseNdjson(Buffer.concat(out).toString('utf8'));
    const money = records.filter((r) => r.doc === 'big.txt' && r.kind === 'money');
    expect(money.map((m) => m.amount)).toEqual(expected);
    expect(money.every((m) => m.currency === 'CNY')).toBe(true);
    expect(records.filter((r) => r.doc === GOOD1)).toEqual(good1.records);
    expect(records.filter((r) => r.doc === GOOD2)).toEqual(good2.records);
    // input order: all of good1, then the big file, then good2
    const order = records.map((r) => r.doc).filter((d, i, a) => i === 0 || a[i - 1] !== d);
    expect(order).toEqual([GOOD1, 'big.txt', GOOD2]);
  }, 180_000);
});

describe('--output is atomic', () => {
  it('after success the file is complete and no temporary file is left in its directory', async () => {
    mkdirSync(join(dir, 'out-ok'));
    const r = await cli(['--format', 'json', '--output', 'out-ok/result.json', GOOD1, GOOD2]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(join(dir, 'out-ok'))).toEqual(['result.json']);
    const docs = parseJson(readFileSync(join(dir, 'out-ok', 'result.json'), 'utf8'));
    expect(docs).toEqual([good1, good2]);
  });

  it('with a failing input the file still holds every good input, exit 1, no temporary file', async () => {
    mkdirSync(join(dir, 'out-partial'));
    const r = await cli(['--format', 'json', '--output', 'out-partial/result.json', GOOD1, 'missing.txt', GOOD2]);
    expect(r.code).toBe(1);
    expect(stderrLines(r.stderr)).toHaveLength(1);
    expect(readdirSync(join(dir, 'out-partial'))).toEqual(['result.json']);
    expect(parseJson(readFileSync(join(dir, 'out-partial', 'result.json'), 'utf8'))).toEqual([good1, good2]);
  });

  it('a path inside a non-existent directory: exit 2 before any input is read, nothing created', async () => {
    let reads = 0;
    const counting = async (p: string) => (reads++, readFile(p));
    const before = readdirSync(dir).sort();
    const r = await cli(['--format', 'json', '--output', 'no-such-dir/result.json', GOOD1, GOOD2], { readFile: counting });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(stderrLines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain('no-such-dir/result.json');
    expect(reads).toBe(0);
    expect(existsSync(join(dir, 'no-such-dir'))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('a path that is an existing directory: exit 2 before any input is read, the directory untouched, no temporary file', async () => {
    mkdirSync(join(dir, 'out-is-dir'));
    writeFileSync(join(dir, 'out-is-dir', 'keep.txt'), 'keep');
    let reads = 0;
    const counting = async (p: string) => (reads++, readFile(p));
    const before = readdirSync(dir).sort();
    let r: Run | null = null;
    let thrown: unknown = null;
    try {
      r = await cli(['--format', 'json', '--output', 'out-is-dir', GOOD1, GOOD2], { readFile: counting });
    } catch (e) {
      thrown = e;
    }
    expect(thrown, `runCli threw: ${String(thrown)}`).toBeNull();
    expect(r!.code).toBe(2);
    expect(r!.stdout).toBe('');
    expect(stderrLines(r!.stderr)).toHaveLength(1);
    expect(r!.stderr).toContain('out-is-dir');
    expect(reads).toBe(0);
    expect(readdirSync(join(dir, 'out-is-dir'))).toEqual(['keep.txt']);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

describe('an interrupted run', () => {
  it('with the signal already aborted: 130, no output file, no temporary file, nothing read', async () => {
    mkdirSync(join(dir, 'out-pre'));
    const controller = new AbortController();
    controller.abort();
    let reads = 0;
    const counting = async (p: string) => (reads++, readFile(p));
    const r = await cli(['--format', 'json', '--output', 'out-pre/result.json', GOOD1, GOOD2], { signal: controller.signal, readFile: counting });
    expect(r.code).toBe(130);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/interrupt/i);
    expect(readdirSync(join(dir, 'out-pre'))).toEqual([]);
    expect(reads).toBeLessThanOrEqual(1);
  });

  it('aborted after the first document is read: 130, no output file, no temporary file', async () => {
    mkdirSync(join(dir, 'out-mid'));
    const controller = new AbortController();
    let reads = 0;
    const abortingAfterFirst = async (p: string) => {
      const bytes = await readFile(p);
      if (++reads === 2) controller.abort();
      return bytes;
    };
    const r = await cli(['--format', 'ndjson', '--output', 'out-mid/result.ndjson', GOOD1, GOOD2, 'folder/a.txt', 'folder/b.txt'], {
      signal: controller.signal,
      readFile: abortingAfterFirst,
    });
    expect(reads).toBeGreaterThanOrEqual(2);
    expect(r.code).toBe(130);
    expect(r.stdout).toBe('');
    expect(readdirSync(join(dir, 'out-mid'))).toEqual([]);
    expect(tempFilesIn(dir)).toEqual([]);
  });

  it('an interrupted run to standard output also exits 130', async () => {
    const controller = new AbortController();
    const aborting = async (p: string) => {
      controller.abort();
      return readFile(p);
    };
    const r = await cli(['--format', 'ndjson', GOOD1, GOOD2], { signal: controller.signal, readFile: aborting });
    expect(r.code).toBe(130);
  });
});
