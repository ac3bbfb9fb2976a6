import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Channel } from '../../../shared/contract';
import type { Result } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import { createCore, type Core } from '../../../electron/core/index';
import { FAST_KDF_COST } from '../../../electron/core/vault/crypto';

export const ADMIN = { username: 'admin', displayName: 'Fictional Admin', password: 'admin-pass-1234' };
export const passwordOf = (username: string) => `${username}-pass-1234`;

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'haven-test-'));
  dirs.push(d);
  return d;
}

export interface TestVault {
  core: Core;
  dataDir: string;
  clock: { now: number };
  call<T = unknown>(channel: Channel | string, input?: unknown): Promise<Result<T>>;
  ok<T = unknown>(channel: Channel | string, input?: unknown): Promise<T>;
  unlockAs(username: string, password?: string): Promise<void>;
  recoveryKey: string;
}

/** A fresh vault in a temp dir with a fake clock, set up with one admin, left unlocked as that admin. */
export async function makeVault(opts: { dataDir?: string } = {}): Promise<TestVault> {
  const dataDir = opts.dataDir ?? join(tempDir(), 'data');
  const clock = { now: Date.parse('2026-11-25T09:00:00Z') };
  const core = createCore({ dataDir, kdfCost: FAST_KDF_COST, now: () => new Date(clock.now) });
  const call = <T>(channel: string, input: unknown = {}) => core.handle({ channel, input }) as Promise<Result<T>>;
  const ok = async <T>(channel: string, input: unknown = {}) => {
    const r = await call<T>(channel, input);
    if (!r.ok) throw new Error(`${channel} failed: ${r.error.code} ${JSON.stringify(r.error.fields ?? {})}`);
    return r.value;
  };
  const setup = await ok<{ recoveryKey: string }>('vault.setup', { centreName: 'Fictional Centre', jurisdiction: 'both', admin: ADMIN });
  return {
    core,
    dataDir,
    clock,
    call,
    ok,
    recoveryKey: setup.recoveryKey,
    unlockAs: async (username, password = passwordOf(username)) => {
      await ok('vault.unlock', { username, password });
    },
  };
}

/** Adds one active account per role (login = role name), each with its password already changed. */
export async function addStaffOfEveryRole(v: TestVault): Promise<Record<Role, number>> {
  const ids = {} as Record<Role, number>;
  for (const role of ['admin', 'caseworker', 'mentor', 'legal_aide'] as const) {
    const username = role === 'admin' ? 'admin2' : role.replace('_', '');
    const s = await v.ok<{ id: number }>('staff.create', { username, displayName: `Fictional ${role}`, roles: [role], temporaryPassword: `temp-${username}-000` });
    ids[role] = s.id;
  }
  return ids;
}
