import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/**
 * Start-up with V8's code cache. The CLI is one CommonJS bundle; compiling it from source
 * takes a sixth of start-up, and every function compiled on first call adds more. The build
 * runs the bundle once over the fixtures and saves V8's compiled code next to it, including
 * what that run compiled; here the bundle is compiled with that cache. A cache V8 refuses
 * (another Node version) is ignored and the source compiled as usual.
 */

/** The wrapper the bundle runs in. The cache belongs to this exact text: build and launch share it. */
export const wrapBundle = (source: string) => `(function (exports, require, module, __filename, __dirname) {${source}\n})`;

export interface LoadedBundle {
  exports: Record<string, unknown>;
  script: Script;
  cacheRejected: boolean;
}

export function loadBundle(file: string, cacheFile: string | null): LoadedBundle {
  const source = readFileSync(file, 'utf8');
  let cachedData: Buffer | undefined;
  try {
    if (cacheFile) cachedData = readFileSync(cacheFile);
  } catch {
    /* no cache (a build without it): compile from source */
  }
  const script = new Script(wrapBundle(source), { filename: file, cachedData });
  const module = { exports: {} as Record<string, unknown> };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return { exports: module.exports, script, cacheRejected: cachedData !== undefined && script.cachedDataRejected === true };
}

/** Where the bundle and its cache are, beside this launcher. */
export const BUNDLE_FILE = fileURLToPath(new URL('./cli.cjs', import.meta.url));
export const CACHE_FILE = fileURLToPath(new URL('./cli.cache', import.meta.url));

export function launch(): Promise<void> {
  const { exports } = loadBundle(BUNDLE_FILE, CACHE_FILE);
  return (exports.main as () => Promise<void>)();
}
