import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The data folder: --data-dir D (or --data-dir=D), then HAVEN_DATA_DIR, then <userData>/data.
 * `npm start` always passes --data-dir, so the Electron and Chromium hosts open the same folder.
 */
export function resolveDataDir(argv: readonly string[], env: Record<string, string | undefined>, userData: string): string {
  let fromArgs: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--data-dir') fromArgs = argv[i + 1];
    else if (arg.startsWith('--data-dir=')) fromArgs = arg.slice('--data-dir='.length);
  });
  const chosen = fromArgs || env.HAVEN_DATA_DIR || join(userData, 'data');
  return isAbsolute(chosen) ? chosen : resolve(chosen);
}

export interface BundlePaths {
  preload: string;
  worker: string;
  renderer: string;
}

/**
 * build/bundle.ts writes main.cjs, preload.cjs and worker.mjs side by side in dist/electron, and vite writes
 * the renderer to dist/renderer. In the bundle import.meta.url is defined as main.cjs's own file URL.
 */
export function bundlePaths(moduleUrl: string = import.meta.url): BundlePaths {
  const dir = fileURLToPath(new URL('.', moduleUrl));
  return {
    preload: join(dir, 'preload.cjs'),
    worker: join(dir, 'worker.mjs'),
    renderer: resolve(dir, '..', 'renderer'),
  };
}
