import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { WINDOW_SIZE } from '../hostkit/window-size';

/**
 * The window Haven opens in Chromium: an app window (Chromium's --app mode: no tab strip, no address bar,
 * no back and forward), titled by the page, at the size the layout is designed for, and never smaller than
 * the smallest size the layout is tested at (1024×640). A survivor's file must not sit one click from a new tab.
 */
export const WINDOW = WINDOW_SIZE;

/**
 * What the app window first shows, before the context's routes and binding are in place (they need the page
 * to exist, and the page exists only once the window does). A data: URL is not a network request, so it
 * needs no route; its title is the app's own, so the title bar never says "about:blank" or the origin.
 */
export const START_URL = 'data:text/html,<!doctype html><title>Haven</title>';

/** The flags that make the window an app window of that size. */
export function appWindowArgs(size: { width: number; height: number } = WINDOW): string[] {
  return [`--app=${START_URL}`, `--window-size=${size.width},${size.height}`];
}

export interface WindowBounds {
  width?: number;
  height?: number;
  windowState?: 'normal' | 'minimized' | 'maximized' | 'fullscreen';
}

/**
 * The size to put the window back to when the user made it smaller than the minimum; null when it is fine.
 * Only a normal window is resized: a minimized or maximized one has no size of its own to correct.
 */
export function correctedSize(b: WindowBounds, min: { minWidth: number; minHeight: number } = WINDOW): { width: number; height: number } | null {
  if ((b.windowState ?? 'normal') !== 'normal' || b.width === undefined || b.height === undefined) return null;
  if (b.width >= min.minWidth && b.height >= min.minHeight) return null;
  return { width: Math.max(b.width, min.minWidth), height: Math.max(b.height, min.minHeight) };
}

/**
 * Chromium's command line has no minimum window size, so the host enforces one: whenever the page's frame
 * is resized (CDP Page.frameResized, which puts nothing into the page), it reads the window's bounds and
 * sets them back up to the minimum. Returns the session so the caller can detach it.
 */
export async function keepMinimumSize(context: BrowserContext, page: Page): Promise<CDPSession> {
  const cdp = await context.newCDPSession(page);
  const { windowId } = await cdp.send('Browser.getWindowForTarget');
  // One check at a time; a resize during a check asks for one more, so the last size is always looked at.
  let running = false;
  let again = false;
  const check = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const { bounds } = await cdp.send('Browser.getWindowBounds', { windowId });
        const size = correctedSize(bounds);
        if (size) await cdp.send('Browser.setWindowBounds', { windowId, bounds: size });
      } while (again);
    } catch {
      // The window is closing; there is nothing left to keep.
    } finally {
      running = false;
    }
  };
  cdp.on('Page.frameResized', () => void check());
  await cdp.send('Page.enable');
  await check();
  return cdp;
}
