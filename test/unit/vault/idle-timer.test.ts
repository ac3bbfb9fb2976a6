import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createCore } from '../../../electron/core/index';
import { FAST_KDF_COST } from '../../../electron/core/vault/crypto';
import { ADMIN, tempDir } from '../helpers/vault';

afterEach(() => {
  vi.useRealTimers();
});

describe('idle lock on a timer', () => {
  it('drops the key after the idle limit with no request at all', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-11-25T09:00:00Z'));
    const core = createCore({ dataDir: join(tempDir(), 'data'), kdfCost: FAST_KDF_COST });
    const r = await core.handle({ channel: 'vault.setup', input: { centreName: 'Fictional Centre', jurisdiction: 'US', admin: ADMIN } });
    expect(r.ok).toBe(true);
    const limit = core.runtime.idle.limitMs;
    expect(core.runtime.key).not.toBeNull();

    await vi.advanceTimersByTimeAsync(limit - 1000);
    expect(core.runtime.key).not.toBeNull();
    // No request is sent: only the timer can lock.
    await vi.advanceTimersByTimeAsync(2000);
    expect(core.runtime.key).toBeNull();
    expect(core.runtime.session).toBeNull();
    await core.close();
  });

  it('a request pushes the deadline back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-11-25T09:00:00Z'));
    const core = createCore({ dataDir: join(tempDir(), 'data'), kdfCost: FAST_KDF_COST });
    await core.handle({ channel: 'vault.setup', input: { centreName: 'Fictional Centre', jurisdiction: 'US', admin: ADMIN } });
    const limit = core.runtime.idle.limitMs;
    await vi.advanceTimersByTimeAsync(limit - 1000);
    expect(await core.handle({ channel: 'session.current', input: {} })).toMatchObject({ ok: true });
    await vi.advanceTimersByTimeAsync(limit - 1000);
    expect(core.runtime.key).not.toBeNull();
    await vi.advanceTimersByTimeAsync(2000);
    expect(core.runtime.key).toBeNull();
    await core.close();
  });
});
