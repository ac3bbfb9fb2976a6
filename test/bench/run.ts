// env must come first: it silences the core's logger before any core module loads.
import './env';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatTable, writeReport, type Row, type Suite } from './report';

/**
 * Every file in ./suites is a suite, named after the file, exporting one Suite function: a feature adds its
 * bench by adding a file, nothing else. Foundation runs first (its rows head the report), the rest by name.
 */
const SUITE_DIR = new URL('./suites/', import.meta.url);
const files = readdirSync(SUITE_DIR)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.slice(0, -3))
  .sort((a, b) => (a === 'foundation' ? -1 : b === 'foundation' ? 1 : a.localeCompare(b)));
const SUITES: Array<[name: string, suite: Suite]> = [];
for (const name of files) {
  const mod = (await import(new URL(`${name}.ts`, SUITE_DIR).href)) as Record<string, unknown>;
  const fns = Object.values(mod).filter((v): v is Suite => typeof v === 'function');
  if (fns.length !== 1) throw new Error(`test/bench/suites/${name}.ts must export exactly one suite function (found ${fns.length})`);
  SUITES.push([name, fns[0]!]);
}

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
