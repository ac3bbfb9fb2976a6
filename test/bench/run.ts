// env must come first: it silences the core's logger before any core module loads.
import './env';
import { fileURLToPath } from 'node:url';
import { formatTable, writeReport, type Row, type Suite } from './report';
import { cases } from './suites/cases';
import { foundation } from './suites/foundation';
import { referrals } from './suites/referrals';

/** Add a feature's suite here; each returns its own rows. */
const SUITES: Array<[name: string, suite: Suite]> = [
  ['foundation', foundation],
  ['cases', cases],
  ['referrals', referrals],
];

const args = process.argv.slice(2);
const quick = args.includes('--quick');
// `npm run bench -- [--quick] [suite…]`: name suites to run only those (the report then holds only their rows).
const only = args.filter((a) => !a.startsWith('--'));
const unknown = only.filter((n) => !SUITES.some(([name]) => name === n));
if (unknown.length) throw new Error(`unknown suite(s): ${unknown.join(', ')}; known: ${SUITES.map(([n]) => n).join(', ')}`);
const out = fileURLToPath(new URL('./out/report.json', import.meta.url));
const started = performance.now();

const rows: Row[] = [];
for (const [name, suite] of SUITES) {
  if (only.length && !only.includes(name)) continue;
  process.stdout.write(`running ${name}${quick ? ' (quick)' : ''}…\n`);
  rows.push(...(await suite({ quick })));
}
writeReport(out, rows);

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const missed = rows.filter((r) => !r.ok).length;
process.stdout.write(`\n${formatTable(rows)}\n${rows.length} rows, ${missed} target(s) missed, ${seconds} s. Report: ${out}\n`);
// Targets are tracked, not enforced: exit 0 even when one is missed (a crash above still exits non-zero).
