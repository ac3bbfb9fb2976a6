import { parse, readPassword, requireOpt } from '../args';
import { closeCore, openCore, print } from '../session';

export const help = `haven verify --data-dir D --user NAME
  Runs SQLite's integrity_check and walks the audit hash chain. Prints the report; exit 0 when both
  hold, 1 when either fails (naming the first bad audit record).`;

export async function run(argv: string[]): Promise<number> {
  const { values } = parse(argv, {});
  const dataDir = requireOpt(values['data-dir'], 'data-dir');
  const username = requireOpt(values.user, 'user');
  const { core, unlock } = await openCore(dataDir, { username, password: readPassword(values['password-file']) });
  if (!unlock?.ok) {
    print(unlock);
    await closeCore(core, false);
    return 1;
  }
  const r = await core.request('system.verify', {});
  await closeCore(core, true);
  print(r);
  if (!r.ok) return 1;
  const v = r.value as { integrity: string[]; audit: { ok: boolean; firstBadId: number | null; reason: string | null } };
  const intact = v.integrity.length === 1 && v.integrity[0] === 'ok';
  if (!v.audit.ok) process.stderr.write(`audit chain broken at record ${v.audit.firstBadId}: ${v.audit.reason}\n`);
  if (!intact) process.stderr.write('database integrity check failed\n');
  return intact && v.audit.ok ? 0 : 1;
}
