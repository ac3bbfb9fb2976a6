/**
 * The re-keying process the crash test kills (rekey-crash.test.ts bundles and runs it): opens the vault through
 * the real core as the admin, says "ready", runs vault.rotateKey, says "done". argv: dataDir password
 * [crash-after-pragma] (the last: kills itself right after PRAGMA rekey committed, through rekeySeams).
 */
import { writeSync } from 'node:fs';
import { createCore } from '../../../electron/core/index';
import { FAST_KDF_COST } from '../../../electron/core/vault/crypto';
import { rekeySeams } from '../../../electron/core/vault/rekey';

const [dataDir, password, mode] = process.argv.slice(2) as [string, string, string | undefined];
if (mode === 'crash-after-pragma') rekeySeams.afterPragma = () => process.kill(process.pid, 'SIGKILL');
const say = (line: string) => writeSync(1, line + '\n');

async function main(): Promise<void> {
  const core = createCore({ dataDir, kdfCost: FAST_KDF_COST });
  const unlocked = await core.handle({ channel: 'vault.unlock', input: { username: 'admin', password } });
  if (!unlocked.ok) {
    say(`refused ${unlocked.error.code}`);
    return;
  }
  say('ready');
  const r = await core.handle({ channel: 'vault.rotateKey', input: {} });
  say(r.ok ? 'done' : `refused ${r.error.code}`);
  await core.close();
}
void main();
