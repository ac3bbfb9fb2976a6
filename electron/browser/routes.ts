import type { BrowserContext } from 'playwright-core';
import { serveStatic } from '../hostkit/static';

/** A name under .invalid (RFC 6761) can never resolve, so nothing outside this process can answer for it. */
export const ORIGIN = 'https://haven.app.invalid';

export function isOurUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.origin === ORIGIN && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/**
 * Every request of the context passes here: our origin is answered from the built renderer with the CSP
 * header, anything else is aborted. Haven in Chromium has no network at all, and no listening port.
 */
export async function routeApp(context: BrowserContext, rendererDir: string): Promise<void> {
  await context.route('**/*', async (route) => {
    const request = route.request();
    if (!isOurUrl(request.url())) {
      await route.abort('blockedbyclient');
      return;
    }
    const r = await serveStatic(rendererDir, request.method(), new URL(request.url()).pathname);
    await route.fulfill({ status: r.status, headers: r.headers, body: r.body });
  });
}
