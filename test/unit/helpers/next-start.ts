import { join } from 'node:path';
import { expect } from 'vitest';
import { createCore } from '../../../electron/core/index';
import { readDbSalt } from '../../../electron/core/store/health';
import { FAST_KDF_COST } from '../../../electron/core/vault/crypto';
import { readKeyring } from '../../../electron/core/vault/keyring';
import { ADMIN } from './vault';

/** vault.status's recovery state from a new core on `dataDir`, as the start screen sees it before anyone signs in. */
export async function recoveryOnStart(dataDir: string): Promise<unknown> {
  const core = createCore({ dataDir, kdfCost: FAST_KDF_COST });
  try {
    const r = await core.handle({ channel: 'vault.status', input: {} });
    expect(r.ok, JSON.stringify(r)).toBe(true);
    return (r as { value: { recovery: unknown } }).value.recovery;
  } finally {
    await core.close();
  }
}

/**
 * The next start after a re-key: the keyring records the file's salt, vault.status has no recovery state (the lock
 * screen, not the recovery screen), and the admin unlocks.
 */
export async function expectNormalStart(dataDir: string): Promise<void> {
  expect(readKeyring(dataDir).dbSalt).toBe(readDbSalt(join(dataDir, 'haven.db'))!.toString('base64'));
  expect(await recoveryOnStart(dataDir)).toBeNull();
  const core = createCore({ dataDir, kdfCost: FAST_KDF_COST });
  try {
    expect(await core.handle({ channel: 'vault.unlock', input: { username: ADMIN.username, password: ADMIN.password } })).toMatchObject({ ok: true });
  } finally {
    await core.close();
  }
}
