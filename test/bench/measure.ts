import { Bench, type Fn, type FnOptions, type Task } from 'tinybench';

export interface Budget {
  /** Minimum milliseconds per task (tinybench keeps going until both limits are met). */
  time: number;
  /** Minimum iterations per task. */
  iterations: number;
}

export interface Latency {
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  samples: number;
  /** Sum of the samples: with `samples`, lets several runs be pooled into one mean. */
  totalMs: number;
}

type TaskSpec = [name: string, fn: Fn, opts?: FnOptions];

/** Runs tasks one after another and returns their latency, in the order given. */
export async function measure(budget: Budget, tasks: TaskSpec[], warmup = true): Promise<Latency[]> {
  // throws: a failing task must stop the run, not quietly report an empty result.
  // retainSamples: tinybench 6 reports p50/p75/p99 but not p95, which is computed from the samples.
  const bench = new Bench({
    time: budget.time,
    iterations: budget.iterations,
    warmup,
    warmupTime: Math.min(250, budget.time),
    warmupIterations: 8,
    retainSamples: true,
    throws: true,
  });
  for (const [name, fn, opts] of tasks) bench.add(name, fn, opts);
  await bench.run();
  return bench.tasks.map(latencyOf);
}

function latencyOf(task: Task): Latency {
  const r = task.result;
  if (r.state !== 'completed') throw new Error(`bench task ${task.name} ended as ${r.state}`);
  const l = r.latency;
  return { meanMs: l.mean, p50Ms: l.p50, p95Ms: quantile(l.samples ?? [], 0.95), samples: l.samplesCount, totalMs: r.totalTime };
}

/** Linear interpolation between order statistics, the same rule tinybench uses for its own percentiles. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const a = sorted[lo]!;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)]!;
  return a + (pos - lo) * (b - a);
}

export interface PairResult {
  /** meanA / meanB. */
  ratio: number;
  meanAMs: number;
  meanBMs: number;
}

/**
 * A against B, interleaved in many short slices (A B, B A, A B …) and pooled into one mean per side.
 * Why: on this kind of VM fsync latency swings by 10x within seconds and GC drifts as the heap grows; two
 * long back-to-back runs would compare two different machines. Fine interleaving gives both sides the
 * same mix of good and bad moments, so the ratio measures the code, not the weather.
 */
export async function comparePair(perSideMs: number, slices: number, a: [string, Fn], b: [string, Fn]): Promise<PairResult> {
  const slice: Budget = { time: perSideMs / slices, iterations: 8 };
  const sum = { aMs: 0, aN: 0, bMs: 0, bN: 0 };
  for (let s = 0; s < slices; s++) {
    const swap = s % 2 === 1;
    const out = await measure(slice, swap ? [b, a] : [a, b], s === 0);
    const [la, lb] = swap ? [out[1]!, out[0]!] : [out[0]!, out[1]!];
    sum.aMs += la.totalMs;
    sum.aN += la.samples;
    sum.bMs += lb.totalMs;
    sum.bN += lb.samples;
  }
  const meanAMs = sum.aMs / sum.aN;
  const meanBMs = sum.bMs / sum.bN;
  return { ratio: meanAMs / meanBMs, meanAMs, meanBMs };
}

export interface Box {
  /** Keep sampling for at least this long… */
  timeMs: number;
  /** …and at least this many samples… */
  minSamples: number;
  /** …but stop once this much time has gone, whatever the count (at least one sample is always taken). */
  capMs: number;
}

/**
 * Latency of one task with a hard time box. tinybench runs until BOTH its time and iteration minimums are
 * met, so a call that regresses to seconds would stretch a quick run to many minutes; here it ends near
 * capMs with fewer samples (see `samples`). One untimed call warms caches first, unless `warmup` is false.
 */
export async function timeBoxed(fn: () => unknown, box: Box, warmup = true): Promise<Latency> {
  if (warmup) await fn();
  const samples: number[] = [];
  const started = performance.now();
  for (;;) {
    const elapsed = performance.now() - started;
    if (samples.length > 0 && (elapsed >= box.capMs || (elapsed >= box.timeMs && samples.length >= box.minSamples))) break;
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  const total = samples.reduce((s, x) => s + x, 0);
  samples.sort((a, b) => a - b);
  return { meanMs: total / samples.length, p50Ms: quantile(samples, 0.5), p95Ms: quantile(samples, 0.95), samples: samples.length, totalMs: total };
}

/**
 * comparePair with a hard time box: A and B alternate in `slices` slices (A B, B A, …), each side running
 * for perSideMs / slices (at least one call). When a call is slower than a slice, fewer slices run so the
 * whole comparison stays near capMs.
 */
export async function comparePairBoxed(perSideMs: number, slices: number, capMs: number, a: () => unknown, b: () => unknown): Promise<PairResult & { samples: number }> {
  const sum = { aMs: 0, aN: 0, bMs: 0, bN: 0 };
  const run = async (fn: () => unknown, ms: number) => {
    let total = 0;
    let n = 0;
    while (n === 0 || total < ms) {
      const t = performance.now();
      await fn();
      total += performance.now() - t;
      n++;
    }
    return { total, n };
  };
  await a();
  await b();
  const started = performance.now();
  for (let s = 0; s < slices && (s === 0 || performance.now() - started < capMs); s++) {
    const order: Array<['a' | 'b', () => unknown]> = s % 2 === 0 ? [['a', a], ['b', b]] : [['b', b], ['a', a]];
    for (const [side, fn] of order) {
      const r = await run(fn, perSideMs / slices);
      if (side === 'a') {
        sum.aMs += r.total;
        sum.aN += r.n;
      } else {
        sum.bMs += r.total;
        sum.bN += r.n;
      }
    }
  }
  const meanAMs = sum.aMs / sum.aN;
  const meanBMs = sum.bMs / sum.bN;
  return { ratio: meanAMs / meanBMs, meanAMs, meanBMs, samples: Math.min(sum.aN, sum.bN) };
}
