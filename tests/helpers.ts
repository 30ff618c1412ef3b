import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { runCli, type CliIo } from '../src/cli/run.js';

export const ROOT = join(import.meta.dirname, '..');
export const SHARED = join(ROOT, '..', 'shared');
export const FIXTURES = join(ROOT, 'fixtures');

export const listTxt = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
export const readText = (path: string) => readFileSync(path, 'utf8').replace(/^\uFEFF/, '');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output; stdin is the given text (or empty). */
export async function runInProcess(argv: string[], options: { cwd?: string; stdin?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const io: CliIo = {
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), true), isTTY: false },
    stdin,
    cwd: options.cwd ?? ROOT,
    env: options.env ?? {},
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
