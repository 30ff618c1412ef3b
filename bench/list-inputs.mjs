// Input arguments of floor.mjs and naive.mjs: files, or directories standing for their
// *.txt files (sorted), like extract's own directory arguments.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function listInputFiles(args) {
  return args.flatMap((arg) =>
    statSync(arg).isDirectory()
      ? readdirSync(arg).filter((n) => n.endsWith('.txt')).sort().map((n) => join(arg, n))
      : [arg],
  );
}
