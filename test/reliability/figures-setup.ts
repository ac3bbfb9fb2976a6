import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

/** Collects every proof's figures in a file and prints them as one table when the run ends. */
export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'haven-figures-'));
  const file = join(dir, 'figures.jsonl');
  project.provide('reliabilityFigures', file);
  return () => {
    const lines = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').filter(Boolean) : [];
    process.stdout.write('\n=== Haven reliability figures ===\n');
    for (const l of lines) {
      const { proof, ...rest } = JSON.parse(l) as Record<string, unknown>;
      process.stdout.write(`${String(proof).padEnd(10)} ${Object.entries(rest).map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`).join('  ')}\n`);
    }
    rmSync(dir, { recursive: true, force: true });
  };
}
