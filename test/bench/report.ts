import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One tracked measurement. Names are stable across sessions so runs can be compared. */
export interface Row {
  name: string;
  unit: string;
  value: number;
  /** Upper bound the value should stay under; null when the row is informational. */
  target: number | null;
  /** Reported, never asserted: a missed target does not fail the run. */
  ok: boolean;
}

export interface SuiteOptions {
  /** Smaller time budgets and sample counts: the whole quick run must fit in 60 s on 2 cores. */
  quick: boolean;
}

/** A suite sets up its own data, measures, cleans up, and returns its rows. */
export type Suite = (o: SuiteOptions) => Promise<Row[]>;

/** Every target so far is an upper bound (latency, overhead ratio). Four significant digits are plenty. */
export function row(name: string, unit: string, value: number, target: number | null = null): Row {
  const v = Number(value.toPrecision(4));
  return { name, unit, value: v, target, ok: target === null || v <= target };
}

export function writeReport(file: string, rows: readonly Row[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(rows, null, 2) + '\n');
}

export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((r) => [
    r.name,
    String(r.value),
    r.unit,
    r.target === null ? '' : `≤ ${r.target}`,
    r.target === null ? '' : r.ok ? 'ok' : 'MISSED',
  ]);
  const head = ['name', 'value', 'unit', 'target', 'status'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => (i === 1 ? x.padStart(widths[i]!) : x.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n') + '\n';
}
