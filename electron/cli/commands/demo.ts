import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateCentre, type CentreSize } from '../../../test/fixtures/generator';
import type { Result } from '../../../shared/errors';
import { parse, readPassword, requireOpt, UsageError } from '../args';
import { closeCore, openCore, print } from '../session';

export const help = `haven demo --data-dir D [--size small|centre] [--seed N] [--canary TEXT] [--user ADMIN]
  Fills D with a fictional centre from the test generator: staff of every role, with demo passwords
  printed once. On an empty D it creates the vault too (the first generated admin); on an existing
  vault it runs as ADMIN (password from HAVEN_PASSWORD or --password-file).
  --canary TEXT puts TEXT into every free-text field, so you can grep D for plaintext afterwards.`;

function must<T>(r: Result<T>, what: string): T {
  if (!r.ok) throw new Error(`${what}: ${r.error.code}`);
  return r.value;
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, { size: { type: 'string' }, seed: { type: 'string' }, canary: { type: 'string' } });
  const dataDir = requireOpt(values['data-dir'], 'data-dir');
  const size = (values.size ?? 'small') as CentreSize;
  if (size !== 'small' && size !== 'centre') throw new UsageError('--size is small or centre');
  const centre = generateCentre({ size, seed: values.seed ? Number(values.seed) : undefined, canary: values.canary });
  const [first, ...rest] = centre.staff;
  const fresh = !existsSync(join(dataDir, 'haven.db'));
  let recoveryKey: string | null = null;
  const { core, unlock } = fresh
    ? await openCore(dataDir)
    : await openCore(dataDir, { username: requireOpt(values.user, 'user'), password: readPassword(values['password-file']) });
  if (unlock && !unlock.ok) {
    print(unlock);
    await closeCore(core, false);
    return 1;
  }
  try {
    const created = fresh ? [first!] : [];
    if (fresh) {
      const r = must(
        (await core.request('vault.setup', {
          centreName: centre.centreName,
          jurisdiction: centre.jurisdiction,
          admin: { username: first!.username, displayName: first!.displayName, password: first!.password },
        })) as Result<{ recoveryKey: string }>,
        'setup',
      );
      recoveryKey = r.recoveryKey;
    } else {
      const s = must((await core.request('settings.get', {})) as Result<{ version: number }>, 'settings');
      must(await core.request('settings.update', { version: s.version, centreName: centre.centreName }), 'settings');
    }
    for (const st of fresh ? rest : centre.staff) {
      const r = await core.request('staff.create', { username: st.username, displayName: st.displayName, roles: st.roles, temporaryPassword: st.password });
      if (r.ok) created.push(st);
      else if (r.error.code !== 'CONFLICT') throw new Error(`staff: ${r.error.code}`);
    }
    process.stdout.write(`Fictional centre in ${dataDir}. Demo passwords (shown once; staff change them at first unlock):\n`);
    for (const s of created) process.stdout.write(`  ${s.username.padEnd(24)} ${s.roles.join('+').padEnd(20)} ${s.password}\n`);
    if (recoveryKey) process.stdout.write(`\nRecovery key (shown once): ${recoveryKey}\n`);
  } finally {
    await closeCore(core, true);
  }
  return 0;
}
