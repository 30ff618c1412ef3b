// Bundles the CLI and its worker into one file each: Node's ES module loader spends most of
// start-up resolving and reading a hundred small modules, and `extract` must start fast.
// The library (dist/index.js) stays unbundled for `import { extract } from 'tradefacts'`.
import { build } from 'esbuild';

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // loaded lazily where needed, straight from node_modules
  external: ['chrono-node', 'cli-progress', 'csv-stringify'],
  // CommonJS dependencies bundled into an ES module need a require of their own
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
};

await Promise.all([
  build({ ...shared, entryPoints: ['dist/cli/main.js'], outfile: 'dist/bundle/cli.js' }),
  build({ ...shared, entryPoints: ['dist/cli/worker.js'], outfile: 'dist/bundle/worker.js' }),
]);
