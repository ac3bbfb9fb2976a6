import { mkdirSync } from 'node:fs';
import { app, clipboard, ipcMain, Menu, Notification, powerMonitor, protocol, session, type BrowserWindow } from 'electron';
import { startCoreWorker, type CoreClient } from '../core/host';
import { hardenApp, hardenSession } from './hardening';
import { registerIpc } from './ipc';
import { createLocker, lockOnSystemEvents, type Locker } from './lock';
import { menuTemplate } from './menu';
import { bundlePaths, resolveDataDir } from './paths';
import { APP_SCHEME_PRIVILEGES, serveApp } from './protocol';
import { createReminderNotifier } from './reminders';
import { createMainWindow } from './window';

/**
 * Composition root of the Electron main process. Order matters: the scheme and the app-wide hardening are
 * set before ready; the core, session, protocol, window, IPC and lock wiring after it.
 */

// In memory only (no "persist:" prefix): the renderer's cache, storage and cookies never reach the disk.
const PARTITION = 'haven';
const dev = !app.isPackaged && process.env.HAVEN_DEV === '1';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
hardenApp(app);

let win: BrowserWindow | null = null;
let core: CoreClient | null = null;
let locker: Locker | null = null;

async function start(): Promise<void> {
  const paths = bundlePaths();
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Bundled, import.meta.url is main.cjs: name the worker explicitly rather than rely on host.ts's guess.
  const running = startCoreWorker({ dataDir, entry: paths.worker });
  core = running;

  const ses = session.fromPartition(PARTITION);
  hardenSession(ses);
  hardenSession(session.defaultSession);
  serveApp(ses.protocol, paths.renderer);

  const appContents = () => (win && !win.isDestroyed() ? win.webContents : null);
  const locks = createLocker({ core: running, clipboard, appContents });
  locker = locks;
  // Due legal reminders become OS notifications (case number only); clicking one brings the window forward.
  const reminders = createReminderNotifier({
    locale: () => app.getLocale(),
    show: (n) => {
      if (!Notification.isSupported()) return;
      const note = new Notification({ title: n.title, body: n.body });
      note.on('click', () => win?.show());
      note.show();
    },
  });
  registerIpc({
    ipcMain,
    core: running,
    appContents,
    onResult: (channel, result) => {
      locks.observe(channel, result);
      reminders.observe(channel, result);
    },
  });
  lockOnSystemEvents(powerMonitor, locks);
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(locks, { dev, platform: process.platform })));

  win = createMainWindow({ preload: paths.preload, session: ses, dev });
  win.on('closed', () => (win = null));
}

/**
 * Quit locks: the clipboard rule applies, and the core drops its key and closes the database before the
 * process ends. Bounded at 5 s so a stuck worker cannot keep a closed app alive.
 */
let closed = false;
app.on('will-quit', (event) => {
  if (closed || !core) return;
  event.preventDefault();
  const timeout = new Promise((resolve) => setTimeout(resolve, 5_000).unref());
  void Promise.race([Promise.all([locker?.clearClipboard(), core.close()]), timeout]).finally(() => {
    closed = true;
    app.quit();
  });
});

// Closing the window ends the session on every platform, macOS included: a case-file app left running
// without a window would be an unlocked vault nobody is looking at.
app.on('window-all-closed', () => app.quit());

// One instance per profile: a second one would be a second writer on the same database.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      // The name only: a message could carry a path or data.
      process.stderr.write(`haven: could not start (${e instanceof Error ? e.name : 'error'})\n`);
      app.exit(1);
    });
}
