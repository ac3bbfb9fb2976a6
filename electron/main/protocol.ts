import type { CustomScheme, Protocol } from 'electron';
import { notFound, serveStatic } from '../hostkit/static';

export const APP_SCHEME = 'app';
export const APP_HOST = 'haven';
export const APP_ENTRY = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * standard: real origin semantics (relative URLs, same-origin module scripts, localStorage scoped to it);
 * secure: a secure context like https; supportFetchAPI: the page may fetch its own assets. Deliberately
 * not bypassCSP, corsEnabled, allowServiceWorkers or stream: the page gets nothing beyond that.
 * Must be registered before the app's ready event.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** True for app://haven/... only. Node's URL gives 'null' as the origin of custom schemes, so compare parts. */
export function isAppUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/** Builds the app:// handler: files from the built renderer, every response with the CSP header. */
export function appHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    const r = isAppUrl(request.url) ? await serveStatic(rendererDir, request.method, new URL(request.url).pathname) : notFound();
    // A null body for HEAD: a Response may not carry one there.
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(r.body), { status: r.status, headers: r.headers });
  };
}

export function serveApp(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, appHandler(rendererDir));
}
