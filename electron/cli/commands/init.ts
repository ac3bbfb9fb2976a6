import { parse, readPassword, requireOpt, UsageError } from '../args';
import { closeCore, openCore } from '../session';

export const help = `haven init --data-dir D --admin NAME [--centre TEXT] [--jurisdiction US|CA|both] [--display-name TEXT]
  Creates the encrypted vault in D and its first admin (login NAME, password from HAVEN_PASSWORD or
  --password-file). Prints the recovery key ONCE: write it down and keep it somewhere safe.`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    admin: { type: 'string' },
    centre: { type: 'string' },
    jurisdiction: { type: 'string' },
    'display-name': { type: 'string' },
  });
  const dataDir = requireOpt(values['data-dir'], 'data-dir');
  const admin = requireOpt(values.admin, 'admin');
  const jurisdiction = values.jurisdiction ?? 'US';
  if (!['US', 'CA', 'both'].includes(jurisdiction)) throw new UsageError('--jurisdiction is US, CA or both');
  const password = readPassword(values['password-file']);
  const { core } = await openCore(dataDir);
  const r = await core.request('vault.setup', {
    centreName: values.centre ?? 'Haven centre',
    jurisdiction,
    admin: { username: admin, displayName: values['display-name'] ?? admin, password },
  });
  await closeCore(core, r.ok);
  if (!r.ok) {
    process.stdout.write(JSON.stringify(r) + '\n');
    return 1;
  }
  const { recoveryKey } = r.value as { recoveryKey: string };
  process.stdout.write(
    `Haven vault created in ${dataDir}\n\nRecovery key (shown once; store it offline, it can reset any account):\n\n    ${recoveryKey}\n\n`,
  );
  return 0;
}
