import { BrowserWindow, type Session, type WebPreferences } from 'electron';
import { APP_ENTRY } from './protocol';
import { WINDOW_SIZE } from '../hostkit/window-size';

export interface WindowOptions {
  preload: string;
  session: Session;
  /** Developer tools only when explicitly running in development (HAVEN_DEV=1, unpackaged). */
  dev: boolean;
}

/**
 * The renderer is treated as untrusted: it is a web page that holds decrypted case data, so it gets no
 * Node, no Electron, its own isolated world for the preload and the OS sandbox.
 */
export function webPreferencesFor(o: WindowOptions): WebPreferences {
  return {
    preload: o.preload,
    session: o.session,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // The spellchecker would send typed words to a dictionary service and keep a custom word list on disk.
    spellcheck: false,
    devTools: o.dev,
    // Dropping a file on the window must not navigate away from the app.
    navigateOnDragDrop: false,
    safeDialogs: true,
    experimentalFeatures: false,
    enableWebSQL: false,
  };
}

export function createMainWindow(o: WindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Haven',
    ...WINDOW_SIZE,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: webPreferencesFor(o),
  });
  // Shown once painted, so no blank white flash.
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY);
  return win;
}
