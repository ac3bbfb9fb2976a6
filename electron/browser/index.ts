import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startCoreWorker, type CoreClient } from '../core/host';
import { chromiumArgs, findChromium, runningAsRoot } from './chromium';
import { ORIGIN, routeApp } from './routes';
import { bindTransport } from './transport';

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
  /** Defaults to 1280x800 headless; headful windows size themselves. */
  viewport?: { width: number; height: number } | null;
}

export interface ChromiumHost {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  core: CoreClient;
  url: string;
  /** Locks (the core drops its key and closes the database), then closes the browser. Safe to call twice. */
  close(): Promise<void>;
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
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath,
      headless: o.headless,
      args: [...chromiumArgs(runningAsRoot()), ...(o.headless ? [] : ['--window-size=1280,800'])],
    });
    const context = await browser.newContext({
      viewport: o.viewport !== undefined ? o.viewport : o.headless ? { width: 1280, height: 800 } : null,
      serviceWorkers: 'block',
      acceptDownloads: false,
    });
    await routeApp(context, rendererDir);
    const page = await context.newPage();
    // One window: a tab opened from the page (or by hand) is closed at once; it could not load anything anyway.
    context.on('page', (other) => void (other === page ? undefined : other.close()));
    await bindTransport(page, core, () => void page.reload().catch(() => undefined));
    await page.goto(`${ORIGIN}/`);

    let closing: Promise<void> | null = null;
    const opened = browser;
    const close = () =>
      (closing ??= (async () => {
        await core.close().catch(() => undefined);
        await opened.close().catch(() => undefined);
      })());
    return { browser, context, page, core, url: `${ORIGIN}/`, close };
  } catch (e) {
    await core.close().catch(() => undefined);
    await browser?.close().catch(() => undefined);
    throw e;
  }
}
