import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where Debian's Chromium and Google Chrome install themselves, most likely first. */
export function chromiumCandidates(platform: NodeJS.Platform, env: Record<string, string | undefined>): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      ...(env.HOME ? [join(env.HOME, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome')] : []),
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    return roots.map((r) => `${r}\\Google\\Chrome\\Application\\chrome.exe`);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
}

export function findChromium(
  platform: NodeJS.Platform = process.platform,
  env: Record<string, string | undefined> = process.env,
  exists: (path: string) => boolean = existsSync,
): string | null {
  return chromiumCandidates(platform, env).find((p) => exists(p)) ?? null;
}

/** The explicit opt-in for running Chromium without its sandbox (as root: containers, CI). */
export const NO_SANDBOX_ENV = 'HAVEN_ALLOW_NO_SANDBOX';

/**
 * Chromium refuses to start as root with its sandbox on, and without the sandbox a compromised page is a
 * compromised process holding decrypted case files. So as root Haven refuses to start unless the operator
 * opts in (HAVEN_ALLOW_NO_SANDBOX=1) or it runs under the test runner, and it says so on start whenever the
 * sandbox is off. A desktop user keeps the sandbox. The rest stops Chromium's own traffic: Haven's page has
 * no network.
 */
export function chromiumArgs(
  isRoot: boolean,
  env: Record<string, string | undefined> = process.env,
  warn: (line: string) => void = (line) => process.stderr.write(line + '\n'),
): string[] {
  if (isRoot) {
    const optedIn = env[NO_SANDBOX_ENV] === '1';
    if (!optedIn && !env.VITEST) {
      throw new Error(`Haven will not start Chromium as root: its sandbox cannot run as root. Run as a normal user, or set ${NO_SANDBOX_ENV}=1 to accept running without the sandbox.`);
    }
    warn(`haven: running as root, so Chromium starts WITHOUT its sandbox (--no-sandbox)${optedIn ? ` because ${NO_SANDBOX_ENV}=1` : ' under the test runner'}.`);
  }
  return [
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-features=Translate,OptimizationHints,MediaRouter',
  ];
}

export const runningAsRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;
