/**
 * What a person at a terminal sees on standard error: a progress bar on long runs and a
 * closing summary, coloured unless NO_COLOR or --no-color; never anything on standard output
 * but data, and nothing at all with --quiet or when standard error is not a terminal.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { FIXTURES } from './helpers.js';

const ANSI = /\x1b\[[0-9;]*m/;

async function runAtTerminal(argv: string[], env: Record<string, string> = {}, tty = true) {
  let stdout = '';
  let stderr = '';
  let clock = 0;
  const stdin = new PassThrough();
  stdin.end();
  const code = await runCli(argv, {
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY: tty, columns: 100 },
    stdin,
    cwd: FIXTURES,
    env,
    // every reading of the clock moves it on, so the run looks long enough for a bar
    now: () => (clock += 250),
  });
  return { code, stdout, stderr };
}

describe('on a terminal', () => {
  it('draws a progress bar and a summary on standard error, data alone on standard output', async () => {
    const r = await runAtTerminal(['--format', 'ndjson', '*.txt']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/files \| [\d.]+ MB\/s/);
    expect(r.stderr).toMatch(/summary/);
    expect(r.stderr).toMatch(/trade_fact\s+\S*\d/);
    expect(r.stderr).toMatch(/failed\s+\S*0/);
    for (const line of r.stdout.trim().split('\n')) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('colours the summary, unless NO_COLOR or --no-color says not to', async () => {
    expect((await runAtTerminal(['--format', 'ndjson', '*.txt'])).stderr).toMatch(ANSI);
    expect((await runAtTerminal(['--format', 'ndjson', '*.txt'], { NO_COLOR: '1' })).stderr).not.toMatch(ANSI);
    expect((await runAtTerminal(['--format', 'ndjson', '--no-color', '*.txt'])).stderr).not.toMatch(ANSI);
  });

  it('--quiet turns the bar and the summary off', async () => {
    const r = await runAtTerminal(['--format', 'ndjson', '--quiet', '*.txt']);
    expect(r.stderr).toBe('');
  });

  it('shows neither when standard error is not a terminal', async () => {
    const r = await runAtTerminal(['--format', 'ndjson', '*.txt'], {}, false);
    expect(r.stderr).toBe('');
  });
});
