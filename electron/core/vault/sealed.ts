import { createPrivateKey, createPublicKey, diffieHellman, generateKeyPairSync, hkdfSync, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { deriveKey, deriveRecoveryKey, unwrapKey, wrapKey, wrappedSchema, type Wrapped } from './crypto';

/**
 * Why public keys in a keyring: re-keying the database (deactivation, "rotate key") must give every account
 * that stays the new key without knowing its password, and must leave a keyring copied earlier useless. So
 * each account (and the recovery key) has an X25519 key pair: the private key is wrapped under the key its
 * password (or recovery secret) derives, the public key is in the clear, and the database key is SEALED to the
 * public key (ephemeral X25519 + HKDF-SHA256 + AES-256-GCM, all node:crypto; the same shape as HPKE's base
 * mode). Re-keying seals the new key to each remaining public key; a removed account's entry is gone, and an
 * old keyring only ever held the old key.
 *
 * Entries written before this (no publicKey) wrap the database key directly under the password key; they are
 * still read, and are upgraded the next time their password is set. A keyring with such an entry cannot carry
 * it through a re-key (rekey.ts says so).
 */
export const sealedSchema = wrappedSchema.extend({ epk: z.string().regex(/^[A-Za-z0-9_-]{43}$/) });
export type Sealed = z.infer<typeof sealedSchema>;
/** base64url of the raw 32-byte X25519 public key (JWK x). */
export const publicKeySchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

const privateAad = (aad: string) => `${aad}|x25519-private`;

const publicKeyObject = (x: string): KeyObject => createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x }, format: 'jwk' });
const privateKeyObject = (d: Buffer, x: string): KeyObject => createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', x, d: d.toString('base64url') }, format: 'jwk' });

function sealKey(shared: Buffer, epk: string, recipient: string, aad: string): Buffer {
  return Buffer.from(hkdfSync('sha256', shared, Buffer.from(`${epk}|${recipient}`, 'utf8'), `haven-seal/v1|${aad}`, 32));
}

/** The database key sealed to a public key: only the holder of the private key opens it. */
export function seal(recipient: string, dbKey: Buffer, aad: string): Sealed {
  const eph = generateKeyPairSync('x25519');
  const epk = eph.publicKey.export({ format: 'jwk' }).x!;
  const shared = diffieHellman({ privateKey: eph.privateKey, publicKey: publicKeyObject(recipient) });
  return { ...wrapKey(sealKey(shared, epk, recipient, aad), dbKey, aad), epk };
}

export function openSeal(privateD: Buffer, recipient: string, s: Sealed, aad: string): Buffer | null {
  try {
    const shared = diffieHellman({ privateKey: privateKeyObject(privateD, recipient), publicKey: publicKeyObject(s.epk) });
    return unwrapKey(sealKey(shared, s.epk, recipient, aad), s, aad);
  } catch {
    return null;
  }
}

/** A fresh key pair whose private half is wrapped under `kek`. */
export function newKeyPair(kek: Buffer, aad: string): { publicKey: string; wrapped: Wrapped } {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  const d = Buffer.from(privateKey.export({ format: 'jwk' }).d!, 'base64url');
  const out = { publicKey: publicKey.export({ format: 'jwk' }).x!, wrapped: wrapKey(kek, d, privateAad(aad)) };
  d.fill(0);
  return out;
}

/** What an account or the recovery entry holds: a direct wrap (older), or a wrapped private key and a seal. */
export interface KeyEntry {
  wrapped: Wrapped;
  publicKey?: string | undefined;
  sealed?: Sealed | undefined;
}

/** The database key from an entry and its unwrapping key, or null (wrong password, altered bytes). */
export function openEntry(kek: Buffer, e: KeyEntry, aad: string): Buffer | null {
  if (!e.publicKey || !e.sealed) return unwrapKey(kek, e.wrapped, aad);
  const d = unwrapKey(kek, e.wrapped, privateAad(aad));
  if (!d) return null;
  const key = openSeal(d, e.publicKey, e.sealed, aad);
  d.fill(0);
  return key;
}

/** A new entry for `dbKey` under `kek`, in the sealed form. */
export function newEntry(kek: Buffer, dbKey: Buffer, aad: string): Required<KeyEntry> {
  const pair = newKeyPair(kek, aad);
  return { ...pair, sealed: seal(pair.publicKey, dbKey, aad) };
}

/** Opens an account entry with its password (both forms); for the vault and for tools that hold a password. */
export async function openAccountEntry(account: KeyEntry & { kdf: Parameters<typeof deriveKey>[1] }, password: string, aad: string): Promise<Buffer | null> {
  return openEntry(await deriveKey(password, account.kdf), account, aad);
}

export function openRecoveryEntry(recovery: KeyEntry & { salt: string }, secret: Buffer, aad: string): Buffer | null {
  return openEntry(deriveRecoveryKey(secret, recovery.salt), recovery, aad);
}
