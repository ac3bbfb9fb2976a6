import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundle } from '../../../build/bundle';
import { ROOT } from '../../../build/electron-binary';
import { electron, type FakeSession, rec } from './fake-electron';

/**
 * The bundles as they ship, run under Node with the recording 'electron': main.cjs must find preload.cjs,
 * worker.mjs and the renderer beside it (import.meta.url differs once bundled), and a call must travel
 * IPC wrapper -> bundled worker -> real core and back. The preload bundle must stand alone (a sandboxed
 * preload cannot require local files) and expose one function per channel.
 */
// Inside the repo so the bundled worker resolves the native modules; under dist/, which git and eslint
// ignore, so a run that dies half-way leaves nothing to lint or commit.
const out = join(ROOT, 'dist', `.bundle-test-${process.pid}`);
const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }));
const fake = { ...electron, contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) }, ipcRenderer: { invoke } };
let data: string;

type Load = (request: string, ...rest: unknown[]) => unknown;
const loader = Module as unknown as { _load: Load };
const originalLoad = loader._load;

beforeAll(async () => {
  await bundle(join(out, 'electron'));
  mkdirSync(join(out, 'renderer'));
  writeFileSync(join(out, 'renderer', 'index.html'), '<!doctype html><title>Haven</title>');
  data = mkdtempSync(join(tmpdir(), 'haven-bundle-'));
  rec.paths.userData = data;
  rec.paths.crashDumps = join(data, 'Crashpad');
  vi.stubEnv('HAVEN_DATA_DIR', join(data, 'vault'));
  loader._load = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === 'electron' ? fake : originalLoad.call(this, request, ...rest);
  };
  const require = createRequire(import.meta.url);
  require(join(out, 'electron', 'main.cjs'));
  require(join(out, 'electron', 'preload.cjs'));
  rec.ready!();
  await vi.waitFor(() => expect(rec.windows).toHaveLength(1));
}, 60_000);

afterAll(async () => {
  electron.app.emit('will-quit', { preventDefault: () => undefined });
  await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalled(), { timeout: 10_000 });
  loader._load = originalLoad;
  vi.unstubAllEnvs();
  rmSync(out, { recursive: true, force: true });
  rmSync(data, { recursive: true, force: true });
});

describe('bundled main.cjs', () => {
  it('points the window at the bundled preload, which exists', () => {
    const preload = rec.windows[0]!.options.webPreferences.preload as string;
    expect(preload).toBe(join(out, 'electron', 'preload.cjs'));
    expect(existsSync(preload)).toBe(true);
  });

  it('serves the renderer from dist/renderer beside it', async () => {
    const ses = rec.windows[0]!.options.webPreferences.session as FakeSession;
    const r = await ses.protocolHandlers.get('app')!(new Request('app://haven/index.html'));
    expect(r.status).toBe(200);
    expect(await r.text()).toContain('<title>Haven</title>');
  });

  it('answers over IPC from the bundled worker and the real core', async () => {
    const contents = rec.windows[0]!.webContents;
    const r = await rec.ipcHandles.get('vault.status')!({ sender: contents, senderFrame: contents.mainFrame }, {});
    expect(r).toMatchObject({ ok: true, value: { initialized: false, unlocked: false } });
    expect(existsSync(join(data, 'vault'))).toBe(true);
  });
});

describe('bundled preload.cjs', () => {
  it('exposes window.haven with one function per channel, over ipcRenderer.invoke', async () => {
    const haven = exposed.haven as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
    expect(Object.keys(exposed)).toEqual(['haven']);
    expect(await haven.vault!.status!()).toEqual({ ok: true, value: { channel: 'vault.status', input: {} } });
    expect(invoke).toHaveBeenCalledWith('vault.status', {});
    expect(haven).not.toHaveProperty('invoke');
  });
});
