import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, type ElectronApplication } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { bundle } from '../../../build/bundle';
import { ROOT, electronBinary } from '../../../build/electron-binary';

/**
 * The real Electron app, where an Electron binary is installed: the window opens on app://haven, the page
 * has window.haven and no Node, and a call reaches the core. Elsewhere it says plainly that it was skipped.
 */
const bin = electronBinary();
const main = join(ROOT, 'dist', 'electron', 'main.cjs');
const renderer = join(ROOT, 'dist', 'renderer', 'index.html');
if (!bin) console.log('electron smoke: skipped — no Electron binary on this machine');

describe.skipIf(!bin)('Electron smoke', () => {
  let app: ElectronApplication | null = null;
  const dataDir = mkdtempSync(join(tmpdir(), 'haven-electron-'));
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens Haven’s window with the setup or lock screen, window.haven and no Node', { timeout: 120_000 }, async () => {
    if (!existsSync(renderer)) throw new Error('dist/renderer is missing: run npm run build:renderer first.');
    if (!existsSync(main)) await bundle();
    app = await _electron.launch({
      executablePath: bin!,
      args: [main, `--data-dir=${dataDir}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
      env: { ...process.env, HAVEN_LOG: 'silent' } as Record<string, string>,
    });
    const page = await app.firstWindow();
    expect(new URL(page.url()).protocol).toBe('app:');
    await expect.poll(() => page.title()).toMatch(/Haven/);
    await page.waitForFunction(() => document.body.innerText.trim().length > 0);
    const probe = await page.evaluate(async () => {
      const w = window as unknown as { haven?: { vault: { status(): Promise<{ ok: boolean }> } }; require?: unknown; process?: unknown };
      return { status: await w.haven?.vault.status(), require: typeof w.require, process: typeof w.process };
    });
    expect(probe).toMatchObject({ status: { ok: true }, require: 'undefined', process: 'undefined' });
  });
});
