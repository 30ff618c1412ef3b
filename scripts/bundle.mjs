// Bundles the CLI and its worker into one file each: Node's ES module loader spends most of
// start-up resolving and reading a hundred small modules, and `extract` must start fast.
// The library (dist/index.js) stays unbundled for `import { extract } from 'tradefacts'`.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';

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
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [englishOnlyZod],
  // loaded lazily where needed, straight from node_modules
  external: ['chrono-node', 'cli-progress', 'csv-stringify'],
  // CommonJS dependencies bundled into an ES module need a require of their own
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

await Promise.all([
  build({ ...shared, entryPoints: ['dist/cli/main.js'], outfile: 'dist/bundle/cli.js' }),
  build({ ...shared, entryPoints: ['dist/cli/worker.js'], outfile: 'dist/bundle/worker.js' }),
]);
