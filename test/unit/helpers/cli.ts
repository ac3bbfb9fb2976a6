import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openAccountEntry } from '../../../electron/core/vault/sealed';
import { accountAad, readKeyring } from '../../../electron/core/vault/keyring';
import { openDatabase, type Db } from '../../../electron/core/store/connection';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `haven` exactly as the README does (through tsx), with the password in the environment only. */
export function haven(args: string[], opts: { password?: string; input?: string; env?: Record<string, string> } = {}): CliResult {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), HAVEN_LOG: 'silent', HAVEN_INSECURE_FAST_KDF: '1', ...opts.env };
  delete env.HAVEN_PASSWORD;
  if (opts.password !== undefined) env.HAVEN_PASSWORD = opts.password;
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'electron/cli/index.ts'), ...args], {
    cwd: ROOT,
    env,
    input: opts.input ?? '',
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Opens the database the way an investigator holding a password would: for tamper and checksum tests. */
export async function openWithPassword(dataDir: string, username: string, password: string): Promise<Db> {
  const k = readKeyring(dataDir);
  const a = k.accounts.find((x) => x.username === username)!;
  const key = await openAccountEntry(a, password, accountAad(k, a.staffId, a.username));
  if (!key) throw new Error('wrong password');
  return openDatabase(join(dataDir, 'haven.db'), key, { create: false });
}

/** Every file under dir whose bytes contain needle (as UTF-8 or UTF-16LE). */
export function filesContaining(dir: string, needle: string): string[] {
  const hits: string[] = [];
  const variants = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (variants.some((v) => readFileSync(p).includes(v))) hits.push(p);
    }
  };
  walk(dir);
  return hits;
}
