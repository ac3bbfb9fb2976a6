import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appHandler, isAppUrl } from '../../../electron/main/protocol';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'haven-proto-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Haven</title>');
  writeFileSync(join(root, 'assets', 'main.js'), 'export const x = 1;');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('isAppUrl', () => {
  it.each([
    ['app://haven/index.html', true],
    ['app://haven/', true],
    ['app://haven.evil/', false],
    ['app://evil/', false],
    ['app://user@haven/', false],
    ['https://haven/', false],
    ['file:///index.html', false],
    ['', false],
    [null, false],
  ])('%s -> %s', (url, ok) => expect(isAppUrl(url)).toBe(ok));
});

describe('appHandler', () => {
  const handle = (url: string, method = 'GET') => appHandler(root)(new Request(url, { method }));

  it('serves module scripts with a JavaScript type (module scripts refuse anything else)', async () => {
    const r = await handle('app://haven/assets/main.js');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await r.text()).toBe('export const x = 1;');
  });

  it('never serves outside the renderer folder, nor for another host', async () => {
    expect((await handle('app://haven/..%2f..%2f..%2fetc%2fpasswd')).status).toBe(404);
    expect((await handle('app://other/index.html')).status).toBe(404);
  });

  it('answers HEAD without a body', async () => {
    const r = await handle('app://haven/index.html', 'HEAD');
    expect(r.status).toBe(200);
    expect(await r.text()).toBe('');
  });
});
