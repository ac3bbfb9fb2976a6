import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

/**
 * The renderer's Content-Security-Policy, sent as a header on every response of both hosts (app:// in
 * Electron, the routed origin in the Chromium host): a <meta> tag cannot carry frame-ancestors, and a page
 * that went wrong cannot remove a header. One file serves both hosts, so the policy cannot drift.
 * connect-src 'none': the renderer reaches the core only through window.haven, never over the network.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export const contentTypeOf = (file: string): string => TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

/** Headers on every response, errors included. no-store: nothing of the app lingers in an HTTP cache. */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

/**
 * Maps a URL path to a file inside root, or null when it would leave root. The URL parser already folds
 * "..", but an encoded slash or backslash ("..%2f", "..%5c") survives it, so the decoded path is checked.
 */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const base = resolve(root);
  const full = resolve(base, decoded.replace(/^\/+/, '') || 'index.html');
  return full.startsWith(base + sep) ? full : null;
}

export interface StaticReply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const reply = (status: number, text: string): StaticReply => ({
  status,
  headers: securityHeaders('text/plain; charset=utf-8'),
  body: Buffer.from(text),
});

export const notFound = (): StaticReply => reply(404, 'Not found');

async function isFileInside(root: string, file: string): Promise<boolean> {
  try {
    if (!(await stat(file)).isFile()) return false;
    // A symlink inside dist/renderer must not lead out of it either.
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    return realFile.startsWith(realRoot + sep);
  } catch {
    return false;
  }
}

/**
 * Serves one GET from the built renderer. Paths without an extension fall back to index.html, so a
 * client-side route survives a reload; a missing asset is a plain 404, never a directory listing.
 */
export async function serveStatic(root: string, method: string, urlPath: string): Promise<StaticReply> {
  if (method !== 'GET' && method !== 'HEAD') return reply(405, 'Method not allowed');
  const file = resolveInside(root, urlPath);
  if (!file) return notFound();
  let target = file;
  if (!(await isFileInside(root, target))) {
    if (extname(file) !== '') return notFound();
    target = resolve(root, 'index.html');
    if (!(await isFileInside(root, target))) return notFound();
  }
  const body = method === 'HEAD' ? Buffer.alloc(0) : await readFile(target);
  return { status: 200, headers: securityHeaders(contentTypeOf(target)), body };
}
