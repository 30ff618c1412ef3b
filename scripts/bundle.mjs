// Bundles the CLI and its worker into one file each: Node's ES module loader spends most of
// start-up resolving and reading a hundred small modules, and `extract` must start fast.
// The CLI bundle is CommonJS so that bin/extract.js can compile it with V8's code cache
// (src/cli/launch.ts), which this script makes by running the bundle over the fixtures.
// The library (dist/index.js) stays unbundled for `import { extract } from 'tradefacts'`.
import { build } from 'esbuild';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist/bundle');

// zod re-exports the messages of some forty languages; the tool speaks English only, and
// leaving the others out takes most of zod out of the bundle (and its compile time out of start-up).
const englishOnlyZod = {
  name: 'english-only-zod',
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${'node_modules'}/zod/`) ? { path: join(dirname(args.importer), '../locales/index.js'), namespace: 'zod-locales' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};`,
      resolveDir: dirname(args.path),
    }));
  },
};

const shared = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [englishOnlyZod],
  // loaded lazily where needed, straight from node_modules
  external: ['chrono-node', 'cli-progress', 'csv-stringify'],
};
// CommonJS dependencies bundled into an ES module need a require of their own
const esm = { ...shared, format: 'esm', banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" } };
// the CommonJS bundle still finds files beside itself through import.meta.url
const cjs = {
  ...shared,
  format: 'cjs',
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

rmSync(out, { recursive: true, force: true });
await Promise.all([
  build({ ...cjs, entryPoints: ['dist/cli/main.js'], outfile: 'dist/bundle/cli.cjs' }),
  build({ ...esm, entryPoints: ['dist/cli/worker.js'], outfile: 'dist/bundle/worker.js' }),
  build({ ...shared, format: 'esm', sourcemap: false, entryPoints: ['dist/cli/launch.js'], outfile: 'dist/bundle/launch.js' }),
]);

// The code cache: compile, run once over the fixtures so the functions a run needs are
// compiled too, and save what V8 has. Without fixtures (a source-only copy) the cache
// holds the top level only.
const { loadBundle, BUNDLE_FILE, CACHE_FILE } = await import(pathToFileURL(join(out, 'launch.js')).href);
const { exports, script } = loadBundle(BUNDLE_FILE, null);
if (existsSync(join(root, 'fixtures'))) {
  const quiet = { write: () => true };
  const status = await exports.runCli(['--quiet', '--jobs', '1', '--format', 'ndjson', 'fixtures'], {
    stdout: quiet,
    stderr: quiet,
    stdin: (async function* () {})(),
    cwd: root,
    env: {},
  });
  if (status !== 0) throw new Error(`bundle: the warm-up run over fixtures/ exited ${status}`);
}
writeFileSync(CACHE_FILE, script.createCachedData());
