import { describe, expect, it, vi } from 'vitest';
import { ORIGIN, isOurUrl } from '../../../electron/browser/routes';
import { BINDING, bindTransport, refusal } from '../../../electron/browser/transport';

/** The page binding's checks, without a browser: frames are stand-ins that know their URL and identity. */
const frame = (url: string) => ({ url: () => url }) as never;
const main = frame(`${ORIGIN}/index.html`);
const page = { mainFrame: () => main };

describe('refusal', () => {
  it('lets the main frame on our origin call a contract channel', () => {
    expect(refusal({ frame: main }, page, 'vault.status')).toBeNull();
  });

  it('refuses a sub-frame even on our origin', () => {
    expect(refusal({ frame: frame(`${ORIGIN}/index.html`) }, page, 'vault.status')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('refuses the main frame when it shows another origin', () => {
    const elsewhere = frame('https://evil.example/');
    expect(refusal({ frame: elsewhere }, { mainFrame: () => elsewhere }, 'vault.status')).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it('refuses an unknown channel, and tells a foreign frame only FORBIDDEN', () => {
    expect(refusal({ frame: main }, page, 'vault.dumpKey')).toMatchObject({ error: { code: 'UNKNOWN_CHANNEL' } });
    expect(refusal({ frame: main }, page, 'toString')).toMatchObject({ error: { code: 'UNKNOWN_CHANNEL' } });
    expect(refusal({ frame: frame('https://evil.example/') }, page, 'vault.dumpKey')).toMatchObject({ error: { code: 'FORBIDDEN' } });
  });
});

describe('isOurUrl', () => {
  it.each([
    [`${ORIGIN}/`, true],
    [`${ORIGIN}/assets/a.js?x=1`, true],
    ['http://haven.app.invalid/', false],
    ['https://haven.app.invalid.evil.example/', false],
    ['https://user@haven.app.invalid/', false],
    ['https://haven.app.invalid:8443/', false],
    ['about:srcdoc', false],
    ['not a url', false],
  ])('%s -> %s', (url, ours) => expect(isOurUrl(url)).toBe(ours));
});

describe('bindTransport', () => {
  async function bound(answer: unknown) {
    let binding: ((source: unknown, channel: unknown, input: unknown) => Promise<unknown>) | null = null;
    const fakePage = { ...page, exposeBinding: vi.fn(async (_name: string, fn: typeof binding) => void (binding = fn)) };
    const core = { request: vi.fn(async (_channel: string, _input: unknown) => answer as never) };
    const onLocked = vi.fn();
    await bindTransport(fakePage as never, core, onLocked);
    expect(fakePage.exposeBinding).toHaveBeenCalledWith(BINDING, expect.any(Function));
    return { call: binding!, core, onLocked };
  }

  it('forwards a good call to the core and answers with its result', async () => {
    const { call, core } = await bound({ ok: true, value: 42 });
    expect(await call({ frame: main }, 'vault.status', { a: 1 })).toEqual({ ok: true, value: 42 });
    expect(core.request).toHaveBeenCalledWith('vault.status', { a: 1 });
  });

  it('never reaches the core from a refused frame', async () => {
    const { call, core } = await bound({ ok: true, value: 42 });
    expect(await call({ frame: frame(`${ORIGIN}/`) }, 'vault.status', {})).toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(core.request).not.toHaveBeenCalled();
  });

  it('reloads after a successful vault.lock only', async () => {
    const ok = await bound({ ok: true, value: { locked: true } });
    await ok.call({ frame: main }, 'vault.lock', { reason: 'user' });
    await vi.waitFor(() => expect(ok.onLocked).toHaveBeenCalledTimes(1));
    const failed = await bound({ ok: false, error: { code: 'INTERNAL', message: 'x' } });
    await failed.call({ frame: main }, 'vault.lock', { reason: 'user' });
    await new Promise((r) => setTimeout(r, 5));
    expect(failed.onLocked).not.toHaveBeenCalled();
  });
});
