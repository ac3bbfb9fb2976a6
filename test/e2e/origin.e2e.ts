import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP } from '../../electron/hostkit/static';
import { ORIGIN } from '../../electron/browser';
import { callFrom, openHaven, type Harness } from './harness';

/**
 * The Chromium host's door: the page binding exists in every frame, so these are the attacks it must turn
 * away — a frame inside our page, a frame with an opaque origin, and our main frame after it was navigated
 * to someone else's origin — plus the checks that it still answers us and that nothing reaches the network.
 */
describe('Chromium host: origin and frame checks on the page binding', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await openHaven();
  });
  afterAll(async () => {
    await h?.cleanup();
  });

  async function addFrame(attrs: string): Promise<Frame> {
    const before = new Set(h.page.frames());
    await h.page.evaluate((a) => {
      const holder = document.createElement('div');
      holder.innerHTML = `<iframe ${a}></iframe>`;
      document.body.append(holder);
    }, attrs);
    await expect.poll(() => h.page.frames().length).toBeGreaterThan(before.size);
    const frame = h.page.frames().find((f) => !before.has(f))!;
    await frame.waitForLoadState();
    return frame;
  }

  it('serves the built renderer with the CSP header, and it renders without errors', async () => {
    const problems: string[] = [];
    h.page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    h.page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    const response = await h.page.reload();
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toBe(CSP);
    expect(new URL(h.page.url()).origin).toBe(ORIGIN);
    await h.page.waitForFunction(() => document.body.innerText.trim().length > 0);
    await h.screenshot('origin-first-screen');
    expect(problems).toEqual([]);
  });

  it('answers vault.status called from the main frame', async () => {
    const r = await callFrom(h.page, 'vault.status');
    expect(r).toMatchObject({ ok: true, value: { initialized: false, unlocked: false } });
  });

  it('refuses a srcdoc iframe inside our page with FORBIDDEN', async () => {
    const frame = await addFrame('srcdoc="<p>inner</p>"');
    expect(frame.parentFrame()).toBe(h.page.mainFrame());
    const r = await callFrom(frame, 'vault.status');
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses a sub-frame showing a page of our own origin with FORBIDDEN', async () => {
    // Our real responses forbid framing (frame-ancestors 'none'); a test-only route serves one that allows
    // it, so that only the main-frame check stands between this frame and the core.
    await h.page.route(`${ORIGIN}/framed.html`, (route) => route.fulfill({ contentType: 'text/html', body: '<p>framed</p>' }));
    const frame = await addFrame('src="/framed.html"');
    expect(frame.url()).toBe(`${ORIGIN}/framed.html`);
    const r = await callFrom(frame, 'vault.status');
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await h.page.unroute(`${ORIGIN}/framed.html`);
  });

  it('refuses a frame with an opaque origin (sandboxed iframe) with FORBIDDEN', async () => {
    const frame = await addFrame('sandbox="allow-scripts" srcdoc="<p>inner</p>"');
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    const r = await callFrom(frame, 'vault.status');
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses an unknown channel with UNKNOWN_CHANNEL', async () => {
    const r = await callFrom(h.page, 'vault.dumpKey');
    expect(r).toMatchObject({ ok: false, error: { code: 'UNKNOWN_CHANNEL' } });
  });

  it('has no network: any other origin is aborted', async () => {
    await expect(h.page.goto('https://example.com/')).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
    // Chromium commits its own error page after the refusal; let it, then come back.
    await h.page.waitForURL((u) => u.protocol === 'chrome-error:');
    await h.page.goto(`${ORIGIN}/`);
  });

  it('refuses our main frame once it shows another origin', async () => {
    // A test-only route stands in for a site the window was somehow navigated to.
    await h.page.route('https://elsewhere.invalid/**', (route) => route.fulfill({ contentType: 'text/html', body: '<p>elsewhere</p>' }));
    await h.page.goto('https://elsewhere.invalid/');
    const r = await callFrom(h.page, 'vault.status');
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await h.page.unroute('https://elsewhere.invalid/**');
    await h.page.goto(`${ORIGIN}/`);
    expect(await callFrom(h.page, 'vault.status')).toMatchObject({ ok: true });
  });

  it('reloads the page after a successful vault.lock', async () => {
    await h.page.evaluate(() => ((window as unknown as { __marker: boolean }).__marker = true));
    const loaded = h.page.waitForEvent('load');
    const r = await callFrom(h.page, 'vault.lock', { reason: 'user' }).catch(() => null);
    if (r) expect(r).toMatchObject({ ok: true, value: { locked: true } });
    await loaded;
    expect(await h.page.evaluate(() => (window as unknown as { __marker?: boolean }).__marker ?? false)).toBe(false);
  });
});
