import { appendFileSync } from 'node:fs';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by figures-setup.ts under the reliability config; absent when the fast part runs in the unit suite. */
    reliabilityFigures?: string;
  }
}

/** HAVEN_RELIABILITY=full runs the counts the issue asks for; otherwise a fast slice that fits in `npm test`. */
export const FULL = process.env.HAVEN_RELIABILITY === 'full';
export const size = (fast: number, full: number) => (FULL ? full : fast);

export type Figures = Record<string, number | string | Record<string, number>>;

/** Prints a proof's figures and hands them to the run's summary table (figures-setup.ts). */
export function report(proof: string, figures: Figures): void {
  const line = { proof, mode: FULL ? 'full' : 'fast', ...figures };
  console.log(`[reliability] ${JSON.stringify(line)}`);
  const file = inject('reliabilityFigures');
  if (file) appendFileSync(file, JSON.stringify(line) + '\n');
}
