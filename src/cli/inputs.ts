import { opendir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import picomatch from 'picomatch';

/** One thing to read: a path as the user gave it (or found by a glob), or standard input. */
export type Input = { kind: 'file'; path: string } | { kind: 'stdin' } | { kind: 'error'; path: string; message: string };

export interface ExpandOptions {
  cwd: string;
  recursive: boolean;
}

/**
 * Turns command-line arguments into inputs, in the order given. Globs are expanded here
 * too (quoted globs, Windows shells); a directory stands for its *.txt files. Directories
 * are walked lazily, so the first file is read before the last folder is listed.
 */
export async function* expandInputs(args: string[], options: ExpandOptions): AsyncGenerator<Input> {
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    const scan = picomatch.scan(arg);
    if (scan.isGlob) {
      const base = scan.base || '.';
      const matches = picomatch(scan.glob, { dot: false });
      const deep = scan.glob.includes('/') || scan.isGlobstar || scan.glob.includes('**');
      let any = false;
      for await (const rel of walk(resolve(options.cwd, base), deep)) {
        if (!matches(rel)) continue;
        any = true;
        yield { kind: 'file', path: scan.base ? `${scan.base}/${rel}` : rel };
      }
      if (!any) yield { kind: 'error', path: arg, message: 'no files match this pattern' };
      continue;
    }
    let info;
    try {
      info = await stat(resolve(options.cwd, arg));
    } catch (e) {
      yield { kind: 'error', path: arg, message: describeFsError(e) };
      continue;
    }
    if (!info.isDirectory()) {
      yield { kind: 'file', path: arg };
      continue;
    }
    const prefix = arg.endsWith('/') ? arg : `${arg}/`;
    let any = false;
    for await (const rel of walk(resolve(options.cwd, arg), options.recursive)) {
      if (!rel.endsWith('.txt')) continue;
      any = true;
      yield { kind: 'file', path: prefix + rel };
    }
    if (!any) yield { kind: 'error', path: arg, message: `directory has no ${options.recursive ? '' : 'top-level '}.txt files` };
  }
}

/**
 * The files below a folder as paths relative to it, one folder listed at a time, in a
 * fixed order (names sorted, each folder's files before its subfolders).
 */
async function* walk(root: string, deep: boolean, rel = ''): AsyncGenerator<string> {
  let dir;
  try {
    dir = await opendir(rel ? join(root, rel) : root);
  } catch {
    return; // a folder that cannot be listed has no inputs; the glob reports if nothing matched
  }
  const files: string[] = [];
  const folders: string[] = [];
  for await (const entry of dir) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) folders.push(entry.name);
    else if (entry.isFile() || entry.isSymbolicLink()) files.push(entry.name);
  }
  files.sort(compareNames);
  folders.sort(compareNames);
  for (const f of files) yield rel ? `${rel}/${f}` : f;
  if (deep) for (const d of folders) yield* walk(root, deep, rel ? `${rel}/${d}` : d);
}

const compareNames = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
