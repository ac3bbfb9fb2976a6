import { setLogSink } from '../core/log';
import { UsageError } from './args';
import * as backup from './commands/backup';
import * as call from './commands/call';
import * as channels from './commands/channels';
import * as demo from './commands/demo';
import * as init from './commands/init';
import * as restore from './commands/restore';
import * as verify from './commands/verify';

/** `haven`: the terminal host of the same core the app runs: same router, same access checks, same audit. */
const COMMANDS: Record<string, { help: string; run: (argv: string[]) => Promise<number> }> = { init, channels, call, verify, demo, backup, restore };

const usage = `haven — administer a Haven data folder from a terminal

Usage: npm run -s haven -- <command> [options]

${Object.values(COMMANDS)
  .map((c) => c.help)
  .join('\n\n')}

Passwords are read from HAVEN_PASSWORD or --password-file F, never from the command line.
`;

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage);
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    process.stderr.write(`unknown command '${name}'\n\n${usage}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(cmd.help + '\n');
    return 0;
  }
  try {
    return await cmd.run(rest);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`haven ${name}: ${e.message}\n\n${cmd.help}\n`);
      return 2;
    }
    // No stack traces: they can carry paths and data. The code/name is enough to report a bug.
    process.stderr.write(`haven ${name}: failed (${e instanceof Error ? e.message.slice(0, 200) : 'error'})\n`);
    return 1;
  }
}

setLogSink((line) => process.stderr.write(line + '\n'));
// exitCode, not exit(): a large answer on a pipe must drain before the process ends.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
