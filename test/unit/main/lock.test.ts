import { describe, expect, it, vi } from 'vitest';
import { createLocker } from '../../../electron/main/lock';

/** The clipboard rule and the renderer scrub, with the Linux PRIMARY selection in play. */
function setup() {
  const board = (initial: string) => {
    const b = { text: initial, readText: vi.fn(async () => b.text), clear: vi.fn(() => void (b.text = '')) };
    return b;
  };
  const clipboard = Object.assign(board('before'), { selection: board('selected before') });
  const contents = { isDestroyed: () => false, forcefullyCrashRenderer: vi.fn(), reload: vi.fn() };
  const core = { request: vi.fn(async () => ({ ok: true as const, value: { locked: true } })) };
  const locker = createLocker({ core, clipboard, appContents: () => contents as never });
  return { clipboard, contents, core, locker };
}
const ok = { ok: true as const, value: {} };

describe('createLocker', () => {
  it('clears both the clipboard and the selection when they changed during the session', async () => {
    const { clipboard, locker } = setup();
    locker.observe('vault.unlock', ok);
    clipboard.text = 'copied';
    clipboard.selection.text = 'a selected survivor name';
    await locker.lock('os-lock');
    await vi.waitFor(() => expect(clipboard.selection.clear).toHaveBeenCalled());
    expect(clipboard.clear).toHaveBeenCalled();
  });

  it('leaves both alone when nothing changed, and when the vault was never unlocked', async () => {
    const { clipboard, locker } = setup();
    await locker.lock('suspend');
    locker.observe('vault.unlock', ok);
    await locker.lock('suspend');
    await locker.clearClipboard();
    expect(clipboard.clear).not.toHaveBeenCalled();
    expect(clipboard.selection.clear).not.toHaveBeenCalled();
  });

  it('keeps the first snapshot across a user switch', async () => {
    const { clipboard, locker } = setup();
    locker.observe('vault.unlock', ok);
    clipboard.text = 'copied by the first user';
    locker.observe('vault.unlock', ok);
    await locker.lock('shortcut');
    await vi.waitFor(() => expect(clipboard.clear).toHaveBeenCalled());
  });

  it('kills the renderer process before reloading it, and only after the core said locked', async () => {
    const { contents, core, locker } = setup();
    core.request.mockResolvedValueOnce({ ok: false, error: { code: 'INTERNAL', message: 'x' } } as never);
    await locker.lock('os-lock');
    expect(contents.reload).not.toHaveBeenCalled();
    await locker.lock('os-lock');
    expect(core.request).toHaveBeenLastCalledWith('vault.lock', { reason: 'os-lock' });
    expect(contents.forcefullyCrashRenderer).toHaveBeenCalledTimes(1);
    expect(contents.forcefullyCrashRenderer.mock.invocationCallOrder[0]!).toBeLessThan(contents.reload.mock.invocationCallOrder[0]!);
  });
});
