import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** One thing to read: a path as the user gave it (or found by a glob), or standard input. */
export type Input = { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'error'; path: string; message: string };

export interface ExpandOptions {
  cwd: string;
  recursive: boolean;
}

/**
 * Turns command-line arguments into inputs, in the order given. Globs are expanded here
 * too (quoted globs, Windows shells); a directory stands for its *.txt files.
 */
export async function* expandInputs(args: string[], options: ExpandOptions): AsyncGenerator<Input> {
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    if (isDynamicPattern(arg, { caseSensitiveMatch: true })) {
      const matches = (await glob(arg, { cwd: options.cwd, onlyFiles: true, expandDirectories: false })).sort(compareNatural);
      if (matches.length === 0) yield { kind: 'error', path: arg, message: 'no files match this pattern' };
      for (const path of matches) yield { kind: 'file', path: arg.startsWith('./') && !path.startsWith('./') ? `./${path}` : path };
      continue;
    }
    let info;
    try {
      info = await stat(resolve(options.cwd, arg));
    } catch (e) {
      yield { kind: 'error', path: arg, message: describeFsError(e) };
      continue;
    }
    if (info.isDirectory()) {
      const pattern = options.recursive ? '**/*.txt' : '*.txt';
      const matches = (await glob(pattern, { cwd: resolve(options.cwd, arg), onlyFiles: true })).sort(compareNatural);
      if (matches.length === 0) yield { kind: 'error', path: arg, message: `directory has no ${options.recursive ? '' : 'top-level '}.txt files` };
      const prefix = arg.endsWith('/') ? arg : `${arg}/`;
      for (const m of matches) yield { kind: 'file', path: prefix + m };
    } else yield { kind: 'file', path: arg };
  }
}

const compareNatural = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return (e as Error)?.message ?? String(e);
  }
}
