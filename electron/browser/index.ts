import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startCoreWorker, type CoreClient } from '../core/host';
import { chromiumArgs, findChromium, runningAsRoot } from './chromium';
import { ORIGIN, routeApp } from './routes';
import { bindTransport } from './transport';
import { appWindowArgs, keepMinimumSize } from './window';

export { ORIGIN } from './routes';
export { findChromium } from './chromium';

export interface OpenOptions {
  dataDir: string;
  headless: boolean;
  /** Defaults to the first Chromium/Chrome found in the usual places (see chromium.ts). */
  executablePath?: string;
  /** The core worker file; defaults to host.ts's own choice (worker.js beside it, or the dev loader). */
  coreEntry?: string;
  /** The built renderer; defaults to dist/renderer. */
  rendererDir?: string;
  /** Headless only (defaults to 1280x800): a headful app window is sized by ./window.ts and the user. */
  viewport?: { width: number; height: number } | null;
}

export interface ChromiumHost {
  /** Null for the headful app window, which runs in a persistent context that owns its browser. */
  browser: Browser | null;
  context: BrowserContext;
  page: Page;
  core: CoreClient;
  url: string;
  /** Locks (the core drops its key and closes the database), then closes the browser. Safe to call twice. */
  close(): Promise<void>;
  /** Settles when the window (or the browser behind it) is gone: closed by the user, or crashed. */
  closed: Promise<void>;
}

const CONTEXT_OPTIONS = { serviceWorkers: 'block', acceptDownloads: false } as const;

interface Opened {
  browser: Browser | null;
  context: BrowserContext;
  page: Page;
}

/**
 * Headless (tests): a plain browser and a fresh context. Headful (npm start): Chromium's app window, which
 * only a persistent context can show (a context made over CDP opens tabbed windows). Its profile is a
 * throwaway one (userDataDir ''): playwright makes it and deletes it once Chromium has exited, so no cache
 * or storage of the page outlives the session.
 */
async function launch(o: OpenOptions, executablePath: string): Promise<Opened> {
  const base = chromiumArgs(runningAsRoot());
  if (o.headless) {
    const browser = await chromium.launch({ executablePath, headless: true, args: base });
    try {
      const context = await browser.newContext({ ...CONTEXT_OPTIONS, viewport: o.viewport !== undefined ? o.viewport : { width: 1280, height: 800 } });
      return { browser, context, page: await context.newPage() };
    } catch (e) {
      await browser.close().catch(() => undefined);
      throw e;
    }
  }
  const context = await chromium.launchPersistentContext('', { ...CONTEXT_OPTIONS, executablePath, headless: false, viewport: null, args: [...base, ...appWindowArgs()] });
  try {
    return { browser: null, context, page: context.pages()[0] ?? (await context.waitForEvent('page')) };
  } catch (e) {
    await context.close().catch(() => undefined);
    throw e;
  }
}

export const DEFAULT_RENDERER_DIR = fileURLToPath(new URL('../../dist/renderer', import.meta.url));

/**
 * The Chromium host: the built renderer in the system's Chromium or Chrome, driven by playwright-core,
 * wired to the same core as the Electron app with a page binding in place of IPC. Used by `npm start`
 * where no Electron binary exists and by the end-to-end tests.
 */
export async function openInChromium(o: OpenOptions): Promise<ChromiumHost> {
  const executablePath = o.executablePath ?? findChromium();
  if (!executablePath) throw new Error('No Chromium or Google Chrome was found on this machine.');
  const rendererDir = o.rendererDir ?? DEFAULT_RENDERER_DIR;
  if (!existsSync(join(rendererDir, 'index.html'))) throw new Error(`No built renderer in ${rendererDir}: run npm run build:renderer.`);
  mkdirSync(o.dataDir, { recursive: true, mode: 0o700 });

  const core = startCoreWorker({ dataDir: o.dataDir, ...(o.coreEntry ? { entry: o.coreEntry } : {}) });
  let opened: Opened | null = null;
  try {
    opened = await launch(o, executablePath);
    const { browser, context, page } = opened;
    const closed = new Promise<void>((done) => {
      page.once('close', () => done());
      context.once('close', () => done());
      browser?.once('disconnected', () => done());
    });
    await routeApp(context, rendererDir);
    // One window: a tab or window opened from the page (or by hand, Ctrl+T / Ctrl+N) is closed at once.
    context.on('page', (other) => void (other === page ? undefined : other.close()));
    await bindTransport(page, core, () => void page.reload().catch(() => undefined));
    if (!o.headless) await keepMinimumSize(context, page);
    await page.goto(`${ORIGIN}/`);

    let closing: Promise<void> | null = null;
    const close = () =>
      (closing ??= (async () => {
        await core.close().catch(() => undefined);
        await context.close().catch(() => undefined);
        await browser?.close().catch(() => undefined);
      })());
    // Closing the window locks: the core drops its key and closes the database, whoever else is listening.
    void closed.then(close);
    return { browser, context, page, core, url: `${ORIGIN}/`, close, closed };
  } catch (e) {
    await core.close().catch(() => undefined);
    await opened?.context.close().catch(() => undefined);
    await opened?.browser?.close().catch(() => undefined);
    throw e;
  }
}
