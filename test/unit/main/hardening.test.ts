import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import type * as Paths from '../../../electron/main/paths';
import { CHANNELS } from '../../../shared/contract';
import { electron, FakeContents, type FakeFrame, type FakeSession, type FakeWindow, rec } from './fake-electron';

/**
 * Loads the real electron/main composition root against a recording 'electron' and a stub core, then
 * checks each hardening setting by calling back what main registered. The expected values are written out
 * here, not imported from main, so changing a setting in main turns this red.
 */
const core = vi.hoisted(() => ({
  options: null as unknown,
  request: null as unknown as Mock<(channel: string, input?: unknown) => Promise<unknown>>,
  close: null as unknown as Mock<() => Promise<void>>,
}));
const tmp = vi.hoisted(() => ({ renderer: '', worker: '/bundle/worker.mjs', preload: '/bundle/preload.cjs' }));

vi.mock('electron', () => electron);
vi.mock('../../../electron/core/host', async () => {
  const { vi: v } = await import('vitest');
  core.request = v.fn(async (channel: string) => (channel === 'vault.lock' ? { ok: true, value: { locked: true } } : { ok: true, value: {} }));
  core.close = v.fn(async () => undefined);
  return { startCoreWorker: (options: unknown) => ((core.options = options), { request: core.request, close: core.close }) };
});
vi.mock('../../../electron/main/paths', async (original) => ({
  ...(await original<typeof Paths>()),
  bundlePaths: () => ({ preload: tmp.preload, worker: tmp.worker, renderer: tmp.renderer }),
}));

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

let root: string;
let win: FakeWindow;
let contents: FakeContents;
let ses: FakeSession;

const goodEvent = () => ({ sender: contents, senderFrame: contents.mainFrame });
const invoke = (channel: string, event: unknown, input: unknown = {}) => rec.ipcHandles.get(channel)!(event, input);
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'haven-main-'));
  tmp.renderer = join(root, 'renderer');
  mkdirSync(tmp.renderer);
  writeFileSync(join(tmp.renderer, 'index.html'), '<!doctype html><title>Haven</title>');
  rec.paths.userData = join(root, 'userData');
  rec.paths.crashDumps = join(root, 'Crashpad');
  mkdirSync(rec.paths.crashDumps);
  writeFileSync(join(rec.paths.crashDumps, 'old.dmp'), 'memory');
  vi.stubEnv('HAVEN_DATA_DIR', join(root, 'data'));
  vi.stubEnv('HAVEN_DEV', '');

  await import('../../../electron/main/index');
  // Before ready: the scheme is registered and nothing else has happened yet.
  expect(rec.privileged).toHaveLength(1);
  expect(rec.windows).toHaveLength(0);
  rec.ready!();
  await vi.waitFor(() => expect(rec.windows).toHaveLength(1));
  win = rec.windows[0]!;
  contents = win.webContents;
  ses = win.options.webPreferences.session as FakeSession;
});

afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(root, { recursive: true, force: true });
});

beforeEach(() => {
  core.request.mockClear();
  contents.forcefullyCrashRenderer.mockClear();
  contents.reload.mockClear();
  electron.clipboard.clear.mockClear();
});

describe('window', () => {
  it('opens at 1280x800 and cannot be made smaller than the 1024x640 the layout is tested at', () => {
    expect(win.options).toMatchObject({ width: 1280, height: 800, minWidth: 1024, minHeight: 640 });
  });

  it('creates one window with isolation, sandbox, no Node, web security, no webview, no spellcheck, no devtools', () => {
    expect(win.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
      preload: tmp.preload,
    });
  });

  it('loads the app from app://haven, in an in-memory session', () => {
    expect(win.loadURL).toHaveBeenCalledWith('app://haven/index.html');
    expect(ses.partition).toBe('haven');
    expect(ses.partition.startsWith('persist:')).toBe(false);
  });

  it('enforces the sandbox app-wide and keeps one instance', () => {
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
  });

  it('removes crash dumps an earlier run left behind', () => {
    expect(existsSync(join(rec.paths.crashDumps, 'old.dmp'))).toBe(false);
  });
});

describe('app:// protocol', () => {
  it('registers app as standard and secure, with no CSP bypass, CORS, service workers or streams', () => {
    expect(rec.privileged[0]).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });

  it('is served on the window’s own session, not the global protocol', () => {
    expect(ses.protocolHandlers.has('app')).toBe(true);
    expect(rec.globalProtocolHandles).toEqual([]);
  });

  it('answers with the strict CSP header, on files and on refusals alike', async () => {
    const handler = ses.protocolHandlers.get('app')!;
    const ok = await handler(new Request('app://haven/index.html'));
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toBe(CSP);
    expect(ok.headers.get('content-type')).toBe('text/html; charset=utf-8');
    for (const url of ['app://haven/..%2f..%2fetc%2fpasswd', 'app://haven/missing.js', 'app://elsewhere/index.html']) {
      const r = await handler(new Request(url));
      expect(r.status, url).toBe(404);
      expect(r.headers.get('content-security-policy'), url).toBe(CSP);
    }
  });
});

describe('navigation, windows, webviews (web-contents-created)', () => {
  const fire = (event: string, details: Record<string, unknown>) => {
    const e = { ...details, preventDefault: vi.fn() };
    contents.emit(event, e, details.url);
    return e.preventDefault;
  };

  it('prevents will-navigate to a foreign URL and allows app://haven', () => {
    expect(fire('will-navigate', { url: 'https://evil.example/' })).toHaveBeenCalled();
    expect(fire('will-navigate', { url: 'file:///etc/passwd' })).toHaveBeenCalled();
    expect(fire('will-navigate', { url: 'app://haven/index.html' })).not.toHaveBeenCalled();
  });

  it('prevents will-redirect and foreign frame navigations', () => {
    expect(fire('will-redirect', { url: 'https://evil.example/' })).toHaveBeenCalled();
    expect(fire('will-frame-navigate', { url: 'https://evil.example/', isMainFrame: false })).toHaveBeenCalled();
    expect(fire('will-frame-navigate', { url: 'about:blank', isMainFrame: true })).toHaveBeenCalled();
    expect(fire('will-frame-navigate', { url: 'about:srcdoc', isMainFrame: false })).not.toHaveBeenCalled();
  });

  it('denies every new window and every webview', () => {
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'app://haven/index.html' })).toEqual({ action: 'deny' });
    expect(fire('will-attach-webview', {})).toHaveBeenCalled();
  });

  it('hardens any later webContents too', () => {
    const other = new FakeContents();
    electron.app.emit('web-contents-created', {}, other);
    expect(other.windowOpenHandler!({ url: 'https://x.example/' })).toEqual({ action: 'deny' });
    expect(other.handlers.get('will-navigate')).toHaveLength(1);
  });
});

describe('session: permissions and network', () => {
  it.each(['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal'])('denies %s', (permission) => {
    for (const s of [ses, rec.sessions.get('(default)')!]) {
      const callback = vi.fn();
      s.permissionRequest!(contents, permission, callback, { requestingUrl: 'app://haven/index.html' });
      expect(callback).toHaveBeenCalledWith(false);
      expect(s.permissionCheck!(contents, permission, 'app://haven', {})).toBe(false);
    }
  });

  it('allows clipboard writing (the recovery key Copy button) from our page only', () => {
    for (const s of [ses, rec.sessions.get('(default)')!]) {
      const ours = vi.fn();
      s.permissionRequest!(contents, 'clipboard-sanitized-write', ours, { requestingUrl: 'app://haven/index.html' });
      expect(ours).toHaveBeenCalledWith(true);
      const foreign = vi.fn();
      s.permissionRequest!(contents, 'clipboard-sanitized-write', foreign, { requestingUrl: 'https://evil.example/' });
      expect(foreign).toHaveBeenCalledWith(false);
      expect(s.permissionCheck!(contents, 'clipboard-sanitized-write', 'app://haven', {})).toBe(true);
      expect(s.permissionCheck!(contents, 'clipboard-sanitized-write', 'https://evil.example', {})).toBe(false);
    }
  });

  it('denies device access and cancels every network or file request', () => {
    expect(ses.devicePermission!({})).toBe(false);
    const cancelled = (url: string) => {
      let answer: boolean | undefined;
      ses.beforeRequest!({ url }, (r) => (answer = r.cancel));
      return answer;
    };
    expect(cancelled('https://tracker.example/p.gif')).toBe(true);
    expect(cancelled('wss://x.example/')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('app://haven/assets/main.js')).toBe(false);
  });
});

describe('IPC', () => {
  it('registers exactly the contract channels through handle, and nothing else', () => {
    expect([...rec.ipcHandles.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(rec.ipcOther).toEqual([]);
  });

  it('forwards a call from our main frame to the core, input untouched', async () => {
    const r = await invoke('vault.status', goodEvent(), { probe: 1 });
    expect(core.request).toHaveBeenCalledWith('vault.status', { probe: 1 });
    expect(r).toEqual({ ok: true, value: {} });
  });

  it('refuses a foreign origin, a sub-frame, a stale main frame, another webContents and a missing frame', async () => {
    const foreign: FakeFrame = { ...contents.mainFrame, url: 'https://evil.example/' };
    // Each of these fails one check only: a child frame claiming the main frame's ids, and a parentless
    // frame that is no longer (or not yet) the main frame, e.g. the page before a navigation.
    const sub: FakeFrame = { ...contents.mainFrame, parent: contents.mainFrame };
    const stale: FakeFrame = { ...contents.mainFrame, routingId: 2 };
    const events = [
      { sender: contents, senderFrame: foreign },
      { sender: contents, senderFrame: sub },
      { sender: contents, senderFrame: stale },
      { sender: new FakeContents(), senderFrame: contents.mainFrame },
      { sender: contents, senderFrame: null },
      { sender: contents, senderFrame: { ...contents.mainFrame, url: 'app://havenx/index.html' } },
    ];
    for (const event of events) {
      expect(await invoke('vault.status', event)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(core.request).not.toHaveBeenCalled();
  });
});

describe('locking', () => {
  it('locks on OS screen lock and on suspend, then kills and reloads the renderer', async () => {
    electron.powerMonitor.emit('lock-screen');
    await flush();
    expect(core.request).toHaveBeenCalledWith('vault.lock', { reason: 'os-lock' });
    electron.powerMonitor.emit('suspend');
    await flush();
    expect(core.request).toHaveBeenCalledWith('vault.lock', { reason: 'suspend' });
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledTimes(2);
    expect(contents.reload).toHaveBeenCalledTimes(2);
  });

  it('reloads after a vault.lock over IPC, but not when the core refused it', async () => {
    await invoke('vault.lock', goodEvent(), { reason: 'user' });
    expect(contents.reload).toHaveBeenCalledTimes(1);
    core.request.mockResolvedValueOnce({ ok: false, error: { code: 'INTERNAL', message: 'x' } });
    await invoke('vault.lock', goodEvent(), { reason: 'user' });
    expect(contents.reload).toHaveBeenCalledTimes(1);
  });

  it('clears clipboard text that changed while unlocked, and leaves text that was there before', async () => {
    rec.clipboardText = 'from before';
    await invoke('vault.unlock', goodEvent(), { username: 'ada', password: 'x' });
    rec.clipboardText = 'an address copied during the session';
    await invoke('vault.lock', goodEvent(), { reason: 'user' });
    await vi.waitFor(() => expect(electron.clipboard.clear).toHaveBeenCalledTimes(1));

    rec.clipboardText = 'from before';
    await invoke('vault.unlock', goodEvent(), { username: 'ada', password: 'x' });
    await invoke('vault.lock', goodEvent(), { reason: 'user' });
    await flush();
    expect(electron.clipboard.clear).toHaveBeenCalledTimes(1);
  });

  it('has a Lock menu item on Ctrl/Cmd+L that locks with reason "shortcut"', async () => {
    const file = (rec.menuTemplate as Array<{ submenu?: Array<{ id?: string; accelerator?: string; click?: () => void }> }>)
      .flatMap((m) => m.submenu ?? [])
      .find((i) => i.id === 'lock')!;
    expect(file.accelerator).toBe('CmdOrCtrl+L');
    file.click!();
    await flush();
    expect(core.request).toHaveBeenCalledWith('vault.lock', { reason: 'shortcut' });
  });
});

describe('core and quit', () => {
  it('starts the core on the data folder with the bundled worker as entry', () => {
    expect(core.options).toEqual({ dataDir: join(root, 'data'), entry: tmp.worker });
    expect(existsSync(join(root, 'data'))).toBe(true);
  });

  it('quits with the last window, and closes (locks) the core before quitting', async () => {
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalledTimes(1);
    const event = { preventDefault: vi.fn() };
    electron.app.emit('will-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledTimes(2));
    expect(core.close).toHaveBeenCalled();
  });
});
