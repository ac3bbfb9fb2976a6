import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { hashRaw } from '@node-rs/argon2';

// @node-rs/argon2 exports Algorithm as a const enum; its value for Argon2id is 2.
const ARGON2ID = 2;
import { z } from 'zod';

/**
 * Argon2id parameters are stored with each wrapped key, so they can be raised later without locking
 * anyone out. Defaults follow OWASP's first recommended profile (m = 46 MiB would be the floor; we use 64).
 * The keyring is a file anyone with the folder can edit, so what it claims is bounded before Argon2 runs:
 * a keyring asking for 4 GiB x 64 passes would otherwise stall every unlock for minutes (or exhaust memory).
 * The bounds leave 16 times the default cost of headroom for raising it later.
 */
const MAX_MEMORY_KIB = 1024 * 1024; // 1 GiB
const MAX_ITERATIONS = 16;
const MAX_PARALLELISM = 8;
const MAX_COST = 16 * 64 * 1024 * 3; // memory x passes: 16 x the default
const base64Bytes = (min: number, max: number) =>
  z.string().refine((s) => {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s)) return false;
    const n = Buffer.from(s, 'base64').length;
    return n >= min && n <= max;
  }, `base64 of ${min}-${max} bytes`);

export const kdfParamsSchema = z
  .object({
    alg: z.literal('argon2id'),
    memoryKiB: z.number().int().min(8).max(MAX_MEMORY_KIB),
    iterations: z.number().int().min(1).max(MAX_ITERATIONS),
    parallelism: z.number().int().min(1).max(MAX_PARALLELISM),
    salt: base64Bytes(16, 64),
  })
  .refine((p) => p.memoryKiB * p.iterations <= MAX_COST && p.memoryKiB >= 8 * p.parallelism, 'KDF cost out of bounds');
export type KdfParams = z.infer<typeof kdfParamsSchema>;
export type KdfCost = Omit<KdfParams, 'alg' | 'salt'>;

export const DEFAULT_KDF_COST: KdfCost = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 };
/** Only for tests and benchmarks (HAVEN_INSECURE_FAST_KDF=1): the parameters are stored per account. */
export const FAST_KDF_COST: KdfCost = { memoryKiB: 64, iterations: 1, parallelism: 1 };

export function newKdfParams(cost: KdfCost): KdfParams {
  return { alg: 'argon2id', ...cost, salt: randomBytes(16).toString('base64') };
}

export async function deriveKey(password: string, p: KdfParams): Promise<Buffer> {
  return hashRaw(password.normalize('NFC'), {
    algorithm: ARGON2ID,
    memoryCost: p.memoryKiB,
    timeCost: p.iterations,
    parallelism: p.parallelism,
    outputLen: 32,
    salt: Buffer.from(p.salt, 'base64'),
  });
}

/** The recovery key has 160 random bits, so a fast KDF (HKDF) is enough to turn it into a wrapping key. */
export function deriveRecoveryKey(secret: Buffer, salt: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.from(salt, 'base64'), 'haven recovery wrap v1', 32));
}

export const wrappedSchema = z.object({
  alg: z.literal('aes-256-gcm'),
  iv: base64Bytes(12, 12),
  ct: base64Bytes(32, 32),
  tag: base64Bytes(16, 16),
});
export type Wrapped = z.infer<typeof wrappedSchema>;

/** AES-256-GCM with the account binding as associated data, so a wrapped key cannot be moved to another account. */
export function wrapKey(kek: Buffer, key: Buffer, aad: string): Wrapped {
  const iv = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', kek, iv);
  c.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([c.update(key), c.final()]);
  return { alg: 'aes-256-gcm', iv: iv.toString('base64'), ct: ct.toString('base64'), tag: c.getAuthTag().toString('base64') };
}

/** Returns null when the key-encryption key is wrong (or the bytes were altered): the caller cannot tell which. */
export function unwrapKey(kek: Buffer, w: Wrapped, aad: string): Buffer | null {
  try {
    const d = createDecipheriv('aes-256-gcm', kek, Buffer.from(w.iv, 'base64'));
    d.setAAD(Buffer.from(aad, 'utf8'));
    d.setAuthTag(Buffer.from(w.tag, 'base64'));
    return Buffer.concat([d.update(Buffer.from(w.ct, 'base64')), d.final()]);
  } catch {
    return null;
  }
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** 160 random bits as 32 base32 characters in groups of four: easy to read aloud and type back. */
export function newRecoverySecret(): { secret: Buffer; display: string } {
  const secret = randomBytes(20);
  let bits = '';
  for (const b of secret) bits += b.toString(2).padStart(8, '0');
  let chars = '';
  for (let i = 0; i < bits.length; i += 5) chars += B32[parseInt(bits.slice(i, i + 5), 2)];
  return { secret, display: chars.match(/.{4}/g)!.join('-') };
}

export function parseRecoverySecret(display: string): Buffer | null {
  const chars = display.toUpperCase().replace(/[\s-]/g, '');
  if (chars.length !== 32 || /[^A-Z2-7]/.test(chars)) return null;
  let bits = '';
  for (const ch of chars) bits += B32.indexOf(ch).toString(2).padStart(5, '0');
  const out = Buffer.alloc(20);
  for (let i = 0; i < 20; i++) out[i] = parseInt(bits.slice(i * 8, i * 8 + 8), 2);
  return out;
}
