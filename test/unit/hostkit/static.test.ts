import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as hostStatic from '../../../electron/hostkit/static';

/** Both hosts serve the built renderer through electron/hostkit/static.ts. */
let root: string;
let outside: string;

beforeAll(() => {
  const base = mkdtempSync(join(tmpdir(), 'haven-static-'));
  root = join(base, 'renderer');
  outside = join(base, 'secret.txt');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Haven</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'export {};');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(outside, 'not for the page');
  symlinkSync(outside, join(root, 'assets', 'link.txt'));
});
afterAll(() => rmSync(join(root, '..'), { recursive: true, force: true }));

it('sends a strict CSP', () => {
  expect(hostStatic.CSP).toBe(
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  );
});

describe.each([['hostkit', hostStatic.serveStatic]])('%s: serveStatic', (_name, serve) => {
  it.each([
    ['/', 'text/html; charset=utf-8'],
    ['/index.html', 'text/html; charset=utf-8'],
    ['/assets/app.js', 'text/javascript; charset=utf-8'],
    ['/assets/app.css', 'text/css; charset=utf-8'],
    // A client-side route (no extension) gets the app, so a reload on it still works.
    ['/cases/12', 'text/html; charset=utf-8'],
  ])('serves %s as %s with the security headers', async (path, type) => {
    const r = await serve(root, 'GET', path);
    expect(r.status).toBe(200);
    expect(r.headers['Content-Type']).toBe(type);
    expect(r.headers['Content-Security-Policy']).toBe(hostStatic.CSP);
    expect(r.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e%2fsecret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets/link.txt',
    '/index.html%00.js',
    '/%E0%A4%A',
    '/assets/missing.js',
  ])('refuses %s with a 404 that still carries the CSP', async (path) => {
    const r = await serve(root, 'GET', path);
    expect(r.status).toBe(404);
    expect(r.body.toString()).not.toContain('not for the page');
    expect(r.headers['Content-Security-Policy']).toBe(hostStatic.CSP);
  });

  it('treats a backslash or NUL in the decoded path as an escape attempt (Windows separators)', () => {
    const resolveInside = hostStatic.resolveInside;
    expect(resolveInside(root, '/..%5csecret.txt')).toBeNull();
    expect(resolveInside(root, '/assets%5capp.js')).toBeNull();
    expect(resolveInside(root, '/index.html%00')).toBeNull();
    expect(resolveInside(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
  });

  it('answers only GET and HEAD', async () => {
    expect((await serve(root, 'POST', '/index.html')).status).toBe(405);
    const head = await serve(root, 'HEAD', '/index.html');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });
});
