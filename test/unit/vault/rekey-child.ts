/**
 * The re-keying process the crash test kills (rekey-crash.test.ts bundles and runs it): opens the vault through
 * the real core as the admin, says "ready", runs vault.rotateKey, says "done". argv: dataDir password
 * [crash-after-pragma | deactivate-crash-before-pragma] (the first: kills itself right after PRAGMA rekey committed;
 * the second: deactivates cw2 instead, and kills itself once the pre-rekey copy is made; both through rekeySeams).
 */
import { writeSync } from 'node:fs';
import { createCore } from '../../../electron/core/index';
import { FAST_KDF_COST } from '../../../electron/core/vault/crypto';
import { rekeySeams } from '../../../electron/core/vault/rekey';

const [dataDir, password, mode] = process.argv.slice(2) as [string, string, string | undefined];
if (mode === 'crash-after-pragma') rekeySeams.afterPragma = () => process.kill(process.pid, 'SIGKILL');
if (mode === 'deactivate-crash-before-pragma') rekeySeams.beforePragma = () => process.kill(process.pid, 'SIGKILL');
const say = (line: string) => writeSync(1, line + '\n');

async function main(): Promise<void> {
  const core = createCore({ dataDir, kdfCost: FAST_KDF_COST });
  const unlocked = await core.handle({ channel: 'vault.unlock', input: { username: 'admin', password } });
  if (!unlocked.ok) {
    say(`refused ${unlocked.error.code}`);
    return;
  }
  say('ready');
  let r;
  if (mode === 'deactivate-crash-before-pragma') {
    const list = await core.handle({ channel: 'staff.list', input: { includeInactive: true } });
    const cw2 = list.ok ? (list.value as { id: number; username: string; version: number }[]).find((s) => s.username === 'cw2') : undefined;
    r = await core.handle({ channel: 'staff.deactivate', input: { id: cw2?.id ?? 0, version: cw2?.version ?? 0 } });
  } else {
    r = await core.handle({ channel: 'vault.rotateKey', input: {} });
  }
  say(r.ok ? 'done' : `refused ${r.error.code}`);
  await core.close();
}
void main();
