import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

/**
 * `npm run build:electron`: bundles the Electron main process, the preload and the core worker into
 * dist/electron. package.json says "type": "module", so the CommonJS outputs end in .cjs and the ESM
 * worker in .mjs; main passes the worker's path to startCoreWorker explicitly (see electron/main/paths.ts).
 */
const root = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_OUT = `${root}dist/electron`;

// Native modules stay outside the bundle: they load their .node binaries relative to their own package.
const NATIVE = ['better-sqlite3-multiple-ciphers', '@node-rs/argon2'];

const common: BuildOptions = {
  absWorkingDir: root,
  bundle: true,
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // Electron 45 ships Node 22 and Chromium 140.
  target: ['node22', 'chrome140'],
};

/** Writes the three bundles to `out` (tests bundle elsewhere so they never race a real build). */
export async function bundle(out: string = DEFAULT_OUT): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  await Promise.all([
    build({
      ...common,
      entryPoints: ['electron/main/index.ts'],
      outfile: `${out}/main.cjs`,
      platform: 'node',
      format: 'cjs',
      external: ['electron', ...NATIVE],
      // import.meta is empty in CommonJS; give it main.cjs's own URL so paths resolve beside the bundle.
      define: { 'import.meta.url': '__havenModuleUrl' },
      banner: { js: '"use strict";\n' + "const __havenModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    }),
    build({
      ...common,
      entryPoints: ['electron/preload/index.ts'],
      outfile: `${out}/preload.cjs`,
      // A sandboxed preload is a browser context with a small require() that knows 'electron' only.
      platform: 'browser',
      format: 'cjs',
      external: ['electron'],
    }),
    build({
      ...common,
      entryPoints: ['electron/core/worker.ts'],
      outfile: `${out}/worker.mjs`,
      platform: 'node',
      format: 'esm',
      external: NATIVE,
      // Bundled CommonJS dependencies call require(); ESM has none, so make one.
      banner: { js: "import { createRequire as __havenCreateRequire } from 'node:module'; const require = __havenCreateRequire(import.meta.url);" },
    }),
  ]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  bundle().then(
    () => process.stdout.write('bundled dist/electron/{main.cjs,preload.cjs,worker.mjs}\n'),
    (e: unknown) => {
      process.stderr.write(`bundle failed: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    },
  );
}
