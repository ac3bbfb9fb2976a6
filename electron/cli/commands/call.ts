import { createInterface } from 'node:readline';
import { readFileSync } from 'node:fs';
import type { Result } from '../../../shared/errors';
import { parse, readPassword, requireOpt, UsageError } from '../args';
import { closeCore, openCore, print } from '../session';

export const help = `haven call --data-dir D [--user NAME] CHANNEL [JSON|-]
haven call --data-dir D [--user NAME] --batch < requests.jsonl
  Runs requests through the real router as NAME (password from HAVEN_PASSWORD or --password-file) and
  prints each response as one JSON line. JSON '-' reads the input from stdin. --batch reads lines
  {"channel": ..., "input": ...} and answers each, with one unlock for the whole batch.
  Exit 0 when every response is ok, 1 when any is an error, 2 on usage errors.`;

const badLine = (message: string): Result<unknown> => ({ ok: false, error: { code: 'VALIDATION', message } });

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { batch: { type: 'boolean' } });
  const dataDir = requireOpt(values['data-dir'], 'data-dir');
  const username = values.user;
  let single: { channel: string; input: unknown } | null = null;
  if (!values.batch) {
    const [channel, json] = positionals;
    if (!channel) throw new UsageError('CHANNEL is required (see `haven channels`)');
    const text = json === '-' ? readFileSync(0, 'utf8') : (json ?? '{}');
    try {
      single = { channel, input: JSON.parse(text) };
    } catch {
      throw new UsageError('JSON input is not valid JSON');
    }
  }
  const login = username ? { username, password: readPassword(values['password-file']) } : undefined;
  const { core, unlock } = await openCore(dataDir, login);
  if (unlock && !unlock.ok) {
    print(unlock);
    await closeCore(core, false);
    return 1;
  }
  let failed = false;
  try {
    if (single) {
      const r = await core.request(single.channel, single.input);
      failed = !r.ok;
      print(r);
    } else {
      for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
        if (line.trim() === '') continue;
        let req: unknown;
        try {
          req = JSON.parse(line);
        } catch {
          failed = true;
          print(badLine('Line is not valid JSON.'));
          continue;
        }
        const { channel, input } = (typeof req === 'object' && req !== null ? req : {}) as { channel?: unknown; input?: unknown };
        const r = typeof channel === 'string' ? await core.request(channel, input) : badLine('Each line is {"channel": string, "input": ...}.');
        failed ||= !r.ok;
        print(r);
      }
    }
  } finally {
    await closeCore(core, Boolean(login));
  }
  return failed ? 1 : 0;
}
