import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const ELECTRON_PACKAGE = join(ROOT, 'node_modules', 'electron');

/**
 * The Electron executable if its binary is on disk, else null. This reads the package's path.txt itself
 * instead of require('electron'): from Electron 45 that require starts a download when the binary is
 * missing, and deciding whether to download is the caller's business.
 */
export function electronBinary(pkgDir: string = ELECTRON_PACKAGE, env: Record<string, string | undefined> = process.env): string | null {
  try {
    const relative = readFileSync(join(pkgDir, 'path.txt'), 'utf8').trim();
    const bin = env.ELECTRON_OVERRIDE_DIST_PATH ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative) : join(pkgDir, 'dist', relative);
    return relative && existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}
