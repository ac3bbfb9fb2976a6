import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

const COMMON_OPTIONS = {
  'data-dir': { type: 'string' },
  user: { type: 'string' },
  'password-file': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Options = NonNullable<ParseArgsConfig['options']>;

export function parse<const O extends Options>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options: { ...COMMON_OPTIONS, ...options }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

export function requireOpt(v: string | boolean | undefined, name: string): string {
  if (typeof v !== 'string' || v === '') throw new UsageError(`--${name} is required`);
  return v;
}

/** Passwords come from HAVEN_PASSWORD or a file, never from argv (argv is visible to every local user). */
export function readPassword(file: string | undefined): string {
  if (file) return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
  const env = process.env.HAVEN_PASSWORD;
  if (!env) throw new UsageError('set HAVEN_PASSWORD or pass --password-file F');
  return env;
}
