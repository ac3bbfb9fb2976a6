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

/**
 * Chromium refuses to start as root with its sandbox on, so --no-sandbox is added only then (containers,
 * CI); a desktop user keeps the sandbox. The rest stops Chromium's own traffic: Haven's page has no network.
 */
export function chromiumArgs(isRoot: boolean): string[] {
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
