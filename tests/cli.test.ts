/**
 * The CLI, run in-process through runCli(argv, io) with fake standard streams and a real
 * temporary directory as its working directory. Checks the output formats, input expansion,
 * error reporting and exit statuses of ../shared/CONTRACT.md.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { extract } from '../src/index.js';

/** The CSV header: every field of the contract, in this fixed order. */
const CSV_HEADER = [
  'doc', 'kind', 'text', 'start', 'end', 'sentence',
  'amount', 'currency', 'qualifier', 'value', 'from', 'to', 'relative',
  'name', 'title', 'affiliation',
  'flow', 'reporter', 'partner', 'commodity', 'period_from', 'period_to', 'change_pct', 'forecast',
];

const A_TXT = [
  'Border Trade Report',
  '- Oct 19, 2018-',
  'In the first five months of this year, Heilongjiang exported 9.28 billion US dollars of machinery to Russia, up 5.6%.',
  '',
].join('\n');
const B_TXT = 'Trade rose 12% to $1.2 billion last year, the Ministry of Commerce said.\n';
const X1_TXT = 'Exports of timber reached 3.5 bln rubles in 2019.\n';
const X2_TXT = 'Imports of soybeans grew 7 pct in Q3 2022.\n';
const FORMULA_TXT = 'Export growth was -3.1% in 2020, and sales reached $2 billion.\n';
const QUOTED_TXT = 'The forum closed on Oct 19, 2018 after deals worth "about" $5 billion.\n';

let dir: string;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(argv: string[], options: { stdin?: Array<Buffer | string>; cwd?: string } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const chunks = options.stdin ?? [];
  const code = await runCli(argv, {
    stdout: { write: (c: string | Uint8Array) => ((stdout += typeof c === 'string' ? c : Buffer.from(c).toString('utf8')), true) },
    stderr: { write: (c: string | Uint8Array) => ((stderr += typeof c === 'string' ? c : Buffer.from(c).toString('utf8')), true) },
    stdin: (async function* () {
      for (const c of chunks) yield c;
    })(),
    cwd: options.cwd ?? dir,
    env: {},
  });
  return { code, stdout, stderr };
}

interface DocJson {
  doc: string;
  published: string | null;
  records: Array<Record<string, unknown>>;
}

const parseJson = (s: string) => JSON.parse(s) as DocJson[];
const parseNdjson = (s: string) =>
  s
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
const lines = (s: string) => s.split('\n').filter((l) => l.trim() !== '');

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      i++;
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tradefacts-cli-'));
  writeFileSync(join(dir, 'a.txt'), A_TXT);
  writeFileSync(join(dir, 'b.txt'), B_TXT);
  mkdirSync(join(dir, 'docs'));
  writeFileSync(join(dir, 'docs', 'x1.txt'), X1_TXT);
  writeFileSync(join(dir, 'docs', 'x2.txt'), X2_TXT);
  writeFileSync(join(dir, 'docs', 'notes.md'), 'Trade rose 99% to $9 billion.\n');
  writeFileSync(join(dir, '=1+2.txt'), FORMULA_TXT);
  writeFileSync(join(dir, 'q"a,b.txt'), QUOTED_TXT);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('json (default format)', () => {
  it('writes one object per input, with doc, published and records', async () => {
    const r = await run(['a.txt']);
    expect(r.code).toBe(0);
    const docs = parseJson(r.stdout);
    expect(docs).toHaveLength(1);
    expect(docs[0].doc).toBe('a.txt');
    expect(docs[0].published).toBe('2018-10-19');
    const kinds = docs[0].records.map((x) => x.kind);
    expect(kinds).toEqual(expect.arrayContaining(['money', 'percent', 'date']));
    const money = docs[0].records.find((x) => x.kind === 'money');
    expect(money).toMatchObject({ doc: 'a.txt', text: '9.28 billion US dollars', amount: 9_280_000_000, currency: 'USD', qualifier: null });
    for (const rec of docs[0].records) expect(rec.text).toBe(A_TXT.slice(rec.start as number, rec.end as number));
  });

  it('gives the same records as the library', async () => {
    const r = await run(['a.txt', '--format', 'json']);
    const lib = extract(A_TXT, { doc: 'a.txt' });
    const docs = parseJson(r.stdout);
    expect(docs[0].published).toBe(lib.published);
    expect(docs[0].records).toEqual(JSON.parse(JSON.stringify(lib.records)));
  });

  it('keeps the input order of the arguments, not an alphabetical one', async () => {
    const r = await run(['b.txt', 'a.txt']);
    expect(r.code).toBe(0);
    expect(parseJson(r.stdout).map((d) => d.doc)).toEqual(['b.txt', 'a.txt']);
  });

  it('writes an empty array when the only input fails', async () => {
    const r = await run(['nope.txt']);
    expect(r.code).toBe(1);
    expect(parseJson(r.stdout)).toEqual([]);
  });
});

describe('ndjson', () => {
  it('writes one record per line, each carrying its doc, documents in input order', async () => {
    const r = await run(['--format', 'ndjson', 'b.txt', 'a.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith('\n')).toBe(true);
    const records = parseNdjson(r.stdout);
    const docs = records.map((x) => x.doc);
    const firstA = docs.indexOf('a.txt');
    expect(firstA).toBeGreaterThan(0);
    expect(docs.slice(0, firstA).every((d) => d === 'b.txt')).toBe(true);
    expect(docs.slice(firstA).every((d) => d === 'a.txt')).toBe(true);
    // within a document, records come in text order
    for (const name of ['a.txt', 'b.txt']) {
      const starts = records.filter((x) => x.doc === name).map((x) => x.start as number);
      expect(starts).toEqual([...starts].sort((p, q) => p - q));
    }
    const lib = [...extract(B_TXT, { doc: 'b.txt' }).records, ...extract(A_TXT, { doc: 'a.txt' }).records];
    expect(records).toEqual(JSON.parse(JSON.stringify(lib)));
  });

  it('leaves out fields that do not apply to a kind', async () => {
    const r = await run(['--format', 'ndjson', 'a.txt']);
    for (const rec of parseNdjson(r.stdout)) {
      if (rec.kind === 'percent') {
        expect(rec).toHaveProperty('value');
        expect(rec).not.toHaveProperty('amount');
        expect(rec).not.toHaveProperty('from');
      }
      if (rec.kind === 'money') expect(rec).not.toHaveProperty('value');
    }
  });
});

describe('csv', () => {
  it('has one header row with the fixed column order, and one row per record', async () => {
    const r = await run(['--format', 'csv', 'a.txt', 'b.txt']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(CSV_HEADER);
    const nd = parseNdjson((await run(['--format', 'ndjson', 'a.txt', 'b.txt'])).stdout);
    expect(rows.length - 1).toBe(nd.length);
    for (const [i, rec] of nd.entries()) {
      const row = rows[i + 1];
      expect(row).toHaveLength(CSV_HEADER.length);
      CSV_HEADER.forEach((col, k) => {
        const v = rec[col];
        // a field that does not apply, or is null, is an empty cell
        const want = v === undefined || v === null ? '' : String(v);
        expect(row[k], `${rec.kind} "${rec.text}" column ${col}`).toBe(want);
      });
    }
  });

  it('keeps the same header whatever kinds are kept, and writes only the header when nothing is found', async () => {
    const r = await run(['--format', 'csv', '--kinds', 'percent', 'a.txt']);
    const rows = parseCsv(r.stdout);
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows.slice(1).map((row) => row[1])).toEqual(['percent']);
    const none = await run(['--format', 'csv', '--kinds', 'official', 'b.txt']);
    expect(none.code).toBe(0);
    expect(parseCsv(none.stdout)).toEqual([CSV_HEADER]);
  });

  it('writes amounts as plain numbers, never with an exponent', async () => {
    const r = await run(['--format', 'csv', '--kinds', 'money', 'a.txt']);
    const rows = parseCsv(r.stdout);
    expect(rows[1][CSV_HEADER.indexOf('amount')]).toBe('9280000000');
  });

  it('neutralises cells a spreadsheet would read as a formula', async () => {
    const r = await run(['--format', 'csv', '=1+2.txt']);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.stdout).slice(1);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row[0]).toBe("'=1+2.txt");
    const pct = rows.find((row) => row[1] === 'percent');
    expect(pct?.[2]).toBe("'-3.1%");
    // numbers stay numbers
    expect(pct?.[CSV_HEADER.indexOf('value')]).toBe('-3.1');
    // no raw cell starts with a formula character
    for (const row of rows) for (const cell of row) if (/^[=+@]/.test(cell)) throw new Error(`formula-like cell ${cell}`);
  });

  it('quotes fields with commas and quotes the RFC 4180 way', async () => {
    const r = await run(['--format', 'csv', 'q"a,b.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"q""a,b.txt"');
    expect(r.stdout).toContain('"Oct 19, 2018"');
    const rows = parseCsv(r.stdout).slice(1);
    expect(rows.every((row) => row[0] === 'q"a,b.txt' && row.length === CSV_HEADER.length)).toBe(true);
    expect(rows.map((row) => row[2])).toContain('Oct 19, 2018');
  });

  it('--excel adds a byte-order mark and CRLF line ends', async () => {
    const r = await run(['--format', 'csv', '--excel', 'b.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\ufeffdoc,kind,')).toBe(true);
    expect(r.stdout).toContain('\r\n');
    expect(r.stdout.replace(/\r\n/g, '')).not.toContain('\n');
  });
});

describe('--kinds', () => {
  it('keeps only the kinds asked for', async () => {
    const r = await run(['--format', 'ndjson', '--kinds', 'money,percent', 'a.txt', 'b.txt']);
    expect(r.code).toBe(0);
    const kinds = new Set(parseNdjson(r.stdout).map((x) => x.kind));
    expect([...kinds].sort()).toEqual(['money', 'percent']);
  });

  it('accepts the short option and spaces after commas', async () => {
    const r = await run(['-f', 'ndjson', '-k', 'date, organization', 'b.txt']);
    expect(r.code).toBe(0);
    const kinds = new Set(parseNdjson(r.stdout).map((x) => x.kind));
    expect([...kinds].sort()).toEqual(['date', 'organization']);
  });
});

describe('--reference-date', () => {
  it('resolves relative dates when the article has no dateline', async () => {
    const without = parseNdjson((await run(['-f', 'ndjson', '-k', 'date', 'b.txt'])).stdout);
    expect(without).toEqual([expect.objectContaining({ text: 'last year', from: null, to: null, relative: true })]);
    const r = await run(['-f', 'ndjson', '-k', 'date', '--reference-date', '2020-05-01', 'b.txt']);
    expect(r.code).toBe(0);
    expect(parseNdjson(r.stdout)).toEqual([expect.objectContaining({ text: 'last year', from: '2019-01-01', to: '2019-12-31', relative: true })]);
  });

  it('wins over the dateline; published stays the dateline', async () => {
    const r = await run(['--reference-date', '2019-02-01', 'a.txt']);
    const [doc] = parseJson(r.stdout);
    expect(doc.published).toBe('2018-10-19');
    const period = doc.records.find((x) => x.text === 'the first five months of this year');
    expect(period).toMatchObject({ from: '2019-01-01', to: '2019-05-31', relative: true });
    const own = parseJson((await run(['a.txt'])).stdout)[0].records.find((x) => x.text === 'the first five months of this year');
    expect(own).toMatchObject({ from: '2018-01-01', to: '2018-05-31', relative: true });
  });
});

describe('inputs', () => {
  it('"-" reads standard input, decoding UTF-8 split across chunks; doc is "-"', async () => {
    const bytes = Buffer.from('EU exports of wine to China were \u20ac4.1 billion last year.\n', 'utf8');
    const cut = bytes.indexOf(0xe2) + 1; // inside the euro sign
    const r = await run(['-f', 'ndjson', '-k', 'money', '-'], { stdin: [bytes.subarray(0, cut), bytes.subarray(cut)] });
    expect(r.code).toBe(0);
    expect(parseNdjson(r.stdout)).toEqual([
      expect.objectContaining({ doc: '-', kind: 'money', text: '\u20ac4.1 billion', amount: 4_100_000_000, currency: 'EUR' }),
    ]);
  });

  it('"-" mixes with files, in argument order', async () => {
    const r = await run(['b.txt', '-', 'a.txt'], { stdin: ['Coal exports dropped 7 pct in April.\n'] });
    expect(r.code).toBe(0);
    expect(parseJson(r.stdout).map((d) => d.doc)).toEqual(['b.txt', '-', 'a.txt']);
  });

  it('a leading byte-order mark is not part of the document', async () => {
    const r = await run(['-f', 'ndjson', '-k', 'percent', '-'], { stdin: [Buffer.from('\ufeffExports rose 5.6% in May.\n', 'utf8')] });
    expect(parseNdjson(r.stdout)).toEqual([expect.objectContaining({ text: '5.6%', start: 13, end: 17 })]);
  });

  it('expands a quoted glob itself, in sorted order, files only', async () => {
    const r = await run(['docs/*.txt']);
    expect(r.code).toBe(0);
    expect(parseJson(r.stdout).map((d) => d.doc)).toEqual(['docs/x1.txt', 'docs/x2.txt']);
  });

  it('a glob that matches nothing is an input error', async () => {
    const r = await run(['nothing/*.txt', 'b.txt']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr).filter((l) => l.includes('nothing/*.txt'))).toHaveLength(1);
    expect(parseJson(r.stdout).map((d) => d.doc)).toEqual(['b.txt']);
  });

  it('a directory stands for its .txt files', async () => {
    for (const arg of ['docs', 'docs/']) {
      const r = await run([arg]);
      expect(r.code).toBe(0);
      expect(parseJson(r.stdout).map((d) => d.doc)).toEqual(['docs/x1.txt', 'docs/x2.txt']);
    }
  });

  it('a missing file: one stderr line naming it, exit 1, the other inputs still written', async () => {
    const r = await run(['a.txt', 'missing.txt', 'b.txt']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr).filter((l) => l.includes('missing.txt'))).toHaveLength(1);
    expect(r.stderr).not.toContain('a.txt');
    expect(r.stdout).not.toContain('missing.txt');
    expect(parseJson(r.stdout).map((d) => d.doc)).toEqual(['a.txt', 'b.txt']);
  });

  it('a missing file with --quiet: standard error is exactly that one line', async () => {
    const r = await run(['-q', '-f', 'ndjson', 'missing.txt', 'b.txt']);
    expect(r.code).toBe(1);
    expect(lines(r.stderr)).toHaveLength(1);
    expect(r.stderr).toContain('missing.txt');
    expect(new Set(parseNdjson(r.stdout).map((x) => x.doc))).toEqual(new Set(['b.txt']));
  });

  it('a binary file is an input error that names it', async () => {
    writeFileSync(join(dir, 'blob.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    try {
      const r = await run(['blob.txt', 'b.txt']);
      expect(r.code).toBe(1);
      expect(lines(r.stderr).filter((l) => l.includes('blob.txt'))).toHaveLength(1);
      expect(parseJson(r.stdout).map((d) => d.doc)).toEqual(['b.txt']);
    } finally {
      rmSync(join(dir, 'blob.txt'));
    }
  });
});

describe('--output', () => {
  it('writes the file and nothing to standard output', async () => {
    const r = await run(['--output', 'out.json', 'a.txt', 'b.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const docs = parseJson(readFileSync(join(dir, 'out.json'), 'utf8'));
    expect(docs.map((d) => d.doc)).toEqual(['a.txt', 'b.txt']);
    expect(docs).toEqual(parseJson((await run(['a.txt', 'b.txt'])).stdout));
    // no temporary file is left beside it
    expect(readdirSync(dir).filter((f) => f.includes('out.json'))).toEqual(['out.json']);
  });

  it('with ndjson and a failing input: the file holds the other inputs, exit 1', async () => {
    const r = await run(['-o', 'out.ndjson', '-f', 'ndjson', 'missing.txt', 'b.txt']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const recs = parseNdjson(readFileSync(join(dir, 'out.ndjson'), 'utf8'));
    expect(recs.length).toBeGreaterThan(0);
    expect(recs.every((x) => x.doc === 'b.txt')).toBe(true);
  });
});

describe('usage errors exit 2 and write nothing to standard output', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['unknown --format', ['--format', 'xml', 'a.txt'], /xml|format/i],
    ['unknown kind in --kinds', ['--kinds', 'money,bogus', 'a.txt'], /bogus/],
    ['empty --kinds', ['--kinds', '', 'a.txt'], /kinds/],
    ['impossible --reference-date', ['--reference-date', '2018-13-45', 'a.txt'], /2018-13-45/],
    ['--reference-date not a day of that month', ['--reference-date', '2019-02-29', 'a.txt'], /2019-02-29/],
    ['--reference-date in another format', ['--reference-date', '19/10/2018', 'a.txt'], /19\/10\/2018/],
    ['--reference-date a word', ['--reference-date', 'yesterday', 'a.txt'], /yesterday/],
    ['no inputs at all', [], /input/i],
    ['an unknown option', ['--frobnicate', 'a.txt'], /frobnicate/],
    ['--excel without csv', ['--excel', 'a.txt'], /excel/],
  ];
  for (const [name, argv, message] of cases) {
    it(name, async () => {
      const r = await run(argv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    });
  }

  it('a usage error does not create the --output file', async () => {
    const r = await run(['--output', 'never.json', '--format', 'xml', 'a.txt']);
    expect(r.code).toBe(2);
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  });
});
