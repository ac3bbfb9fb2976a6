import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { App, Session, WebContents } from 'electron';
import { isAppUrl } from './protocol';

/** Sub-frames may hold an inert blank or srcdoc document (same origin, no preload, refused by IPC anyway). */
const isInertFrameUrl = (url: string) => url === 'about:blank' || url === 'about:srcdoc';

/**
 * Applied to every webContents the app ever creates (see web-contents-created), not only our window, so a
 * future dialog or devtools view cannot become the one unguarded door. The page may never leave app://haven,
 * open windows or attach a <webview>.
 */
export function hardenContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (isAppUrl(event.url) || (!event.isMainFrame && isInertFrameUrl(event.url))) return;
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

export function isNetworkUrl(url: string): boolean {
  try {
    return NETWORK_SCHEMES.has(new URL(url).protocol);
  } catch {
    return true;
  }
}

/**
 * One permission only: writing (never reading) the clipboard, from our own page, so the recovery key's
 * "Copy" button works; main clears what the app wrote at lock. Everything else (camera, notifications,
 * clipboard read, geolocation, …) is refused: each is a way for a compromised page to reach beyond its
 * window. Requests to the network or to file:// are cancelled below the CSP as well, so a mistake in the
 * policy still sends nothing anywhere.
 */
export function permissionAllowed(permission: string, requester: string | undefined | null): boolean {
  return permission === 'clipboard-sanitized-write' && (requester === 'app://haven' || isAppUrl(requester));
}

export function hardenSession(ses: Session): void {
  ses.setPermissionRequestHandler((contents, permission, callback, details) => callback(permissionAllowed(permission, details?.requestingUrl ?? contents?.getURL())));
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permissionAllowed(permission, requestingOrigin));
  ses.setDevicePermissionHandler(() => false);
  ses.setSpellCheckerEnabled(false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: isNetworkUrl(details.url) }));
}

/**
 * After unlock the renderer and the core hold decrypted case files and the database key, and a crash dump
 * is a copy of that memory on disk, in the clear. So: crashReporter is never started (nothing collected or
 * uploaded); dumps an earlier crash may have left are removed; on Linux this process's core-file limit is
 * set to 0 (Node has no setrlimit, util-linux's prlimit does it from outside; systemd-coredump honours it).
 * Chromium's zygote is forked before this code runs, which is why scripts/start.ts also launches Electron
 * under `prlimit --core=0`, and why a packaged build should do the same in its launcher.
 */
export function limitCrashDumps(app: Pick<App, 'getPath'>, platform: NodeJS.Platform = process.platform): void {
  try {
    rmSync(app.getPath('crashDumps'), { recursive: true, force: true });
  } catch {
    // Best effort: an unreadable folder must not keep the app from starting.
  }
  if (platform === 'linux') execFile('prlimit', ['--pid', String(process.pid), '--core=0:0'], () => undefined);
}

export function hardenApp(app: App): void {
  // Every renderer sandboxed, whatever a later webPreferences says.
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenContents(contents));
  limitCrashDumps(app);
}
