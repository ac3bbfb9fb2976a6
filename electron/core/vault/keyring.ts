import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { fail } from '../errors';
import { kdfParamsSchema, wrappedSchema } from './crypto';
import { pathsFor, writeFileAtomic } from './files';

/**
 * keyring.json holds only what unlocking needs: salts, KDF parameters and wrapped copies of the database
 * key, plus each account's login handle so the lock screen can offer a picker. No names, no case data.
 */
const accountSchema = z.object({
  staffId: z.number().int().positive(),
  username: z.string(),
  kdf: kdfParamsSchema,
  wrapped: wrappedSchema,
});
export type KeyringAccount = z.infer<typeof accountSchema>;

const keyringSchema = z.object({
  format: z.literal('haven-keyring'),
  version: z.literal(1),
  vaultId: z.string().uuid(),
  accounts: z.array(accountSchema),
  recovery: z.object({ salt: z.string(), wrapped: wrappedSchema }),
});
export type Keyring = z.infer<typeof keyringSchema>;

export const accountAad = (k: Pick<Keyring, 'vaultId'>, staffId: number, username: string) =>
  `haven-keyring/v1|${k.vaultId}|account|${staffId}|${username}`;
export const recoveryAad = (k: Pick<Keyring, 'vaultId'>) => `haven-keyring/v1|${k.vaultId}|recovery`;

export function keyringExists(dataDir: string): boolean {
  return existsSync(pathsFor(dataDir).keyring);
}

export function readKeyring(dataDir: string): Keyring {
  const file = pathsFor(dataDir).keyring;
  if (!existsSync(file)) fail('KEYRING_MISSING');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return fail('KEYRING_CORRUPT');
  }
  const r = keyringSchema.safeParse(parsed);
  if (!r.success) fail('KEYRING_CORRUPT');
  return r.data!;
}

/** Keeps the previous keyring beside the new one: a crash or a bad write never leaves the vault unopenable. */
export function writeKeyring(dataDir: string, k: Keyring): void {
  const p = pathsFor(dataDir);
  if (existsSync(p.keyring)) copyFileSync(p.keyring, p.keyringPrevious);
  writeFileAtomic(p.keyring, JSON.stringify(keyringSchema.parse(k), null, 2));
}
