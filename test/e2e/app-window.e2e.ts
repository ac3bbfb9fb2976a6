import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ORIGIN, openInChromium, type ChromiumHost } from '../../electron/browser';
import { START_URL, WINDOW } from '../../electron/browser/window';
import { createCore } from '../../electron/core/index';
import { rendererDir } from './harness';

const ADMIN = { username: 'admin', displayName: 'Fictional Admin', password: 'admin-pass-1234' };
const dirs: string[] = [];
afterAll(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function dataDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'haven-e2e-window-'));
  dirs.push(d);
  return join(d, 'data');
}

async function setUp(host: ChromiumHost): Promise<void> {
  expect(await host.core.request('vault.setup', { centreName: 'Fictional Centre', jurisdiction: 'US', admin: ADMIN })).toMatchObject({ ok: true });
  expect(await host.core.request('session.current', {})).toMatchObject({ ok: true, value: { username: 'admin' } });
}

/** The newest lock record in the data folder's audit log, read back through a fresh core. */
async function lastLockReason(dir: string): Promise<unknown> {
  const core = createCore({ dataDir: dir });
  try {
    const unlocked = await core.handle({ channel: 'vault.unlock', input: { username: ADMIN.username, password: ADMIN.password } });
    expect(unlocked).toMatchObject({ ok: true });
    const audit = await core.handle({ channel: 'audit.list', input: { limit: 50 } });
    if (!audit.ok) throw new Error(audit.error.code);
    return (audit.value as { action: string; detail: { reason?: string } }[]).find((a) => a.action === 'vault.lock')?.detail.reason;
  } finally {
    await core.close();
  }
}

/** The --user-data-dir of the running Chromium that shows Haven's app window (Linux: read from /proc). */
function appWindowProfile(): string | undefined {
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    let argv: string[];
    try {
      argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    } catch {
      continue;
    }
    if (!argv.includes(`--app=${START_URL}`)) continue;
    const dir = argv.find((a) => a.startsWith('--user-data-dir='));
    if (dir) return dir.slice('--user-data-dir='.length);
  }
  return undefined;
}

/** Closing the window is the user's way out: it must lock (key dropped, database closed) and end the core. */
async function expectClosingLocks(host: ChromiumHost, dir: string): Promise<void> {
  await host.page.close();
  await host.closed;
  // Nobody calls host.close() here: the window's closing alone must lock and end the core worker.
  await expect.poll(() => host.core.request('vault.status', {})).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  expect(await lastLockReason(dir)).toBe('exit');
}

describe('the Chromium host window', () => {
  it('closing the page locks the vault and ends the core (headless)', async () => {
    const dir = dataDir();
    const host = await openInChromium({ dataDir: dir, headless: true, rendererDir });
    try {
      await setUp(host);
      await expectClosingLocks(host, dir);
    } finally {
      await host.close();
    }
  });

  // The app window needs a display: a private Xvfb when the machine has one (apt-get install -y xvfb x11-utils).
  const canShowWindows = spawnSync('sh', ['-c', 'command -v Xvfb && command -v xwininfo'], { stdio: 'ignore' }).status === 0;

  it.skipIf(!canShowWindows)('opens an app window (no tabs, no address bar) titled Haven, keeps its minimum size, and closing it locks', async () => {
    const display = `:${90 + Math.floor(Math.random() * 9)}`;
    const xvfb: ChildProcess = spawn('Xvfb', [display, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
    const before = process.env.DISPLAY;
    let host: ChromiumHost | null = null;
    try {
      await expect.poll(() => existsSync(`/tmp/.X11-unix/X${display.slice(1)}`)).toBe(true);
      process.env.DISPLAY = display;
      const dir = dataDir();
      host = await openInChromium({ dataDir: dir, headless: false, rendererDir });
      expect(host.page.url()).toBe(`${ORIGIN}/`);
      expect(host.context.pages()).toHaveLength(1);
      // A tabbed browser window is titled "<page> - Chromium"; an app window carries the page's title alone.
      const windowNames = () => spawnSync('xwininfo', ['-root', '-tree', '-display', display], { encoding: 'utf8' }).stdout;
      await expect.poll(() => /"Haven"/.test(windowNames())).toBe(true);
      expect(windowNames()).not.toMatch(/ - (Chromium|Google Chrome)"/);

      // Made smaller than the minimum (as a user dragging its edge would), it grows back.
      const cdp = await host.context.newCDPSession(host.page);
      const { windowId } = await cdp.send('Browser.getWindowForTarget');
      await cdp.send('Browser.setWindowBounds', { windowId, bounds: { width: 600, height: 400 } });
      await expect
        .poll(async () => (await cdp.send('Browser.getWindowBounds', { windowId })).bounds)
        .toMatchObject({ width: WINDOW.minWidth, height: WINDOW.minHeight });
      await cdp.detach();
      // Chromium's profile for this window (from its command line), to check it is gone with the window.
      const profile = appWindowProfile();
      expect(profile && existsSync(profile)).toBeTruthy();

      await setUp(host);
      await expectClosingLocks(host, dir);
      // The throwaway Chromium profile (cache, storage of the page) is gone with the window.
      await expect.poll(() => existsSync(profile!)).toBe(false);
    } finally {
      await host?.close();
      if (before === undefined) delete process.env.DISPLAY;
      else process.env.DISPLAY = before;
      xvfb.kill();
    }
  });
});
