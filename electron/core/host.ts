import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Result } from '../../shared/errors';
import { exceedsDepth, MAX_INPUT_DEPTH } from './depth';
import type { CoreOptions } from './runtime';

export type WorkerRequest = { seq: number; kind: 'request'; request: unknown } | { seq: number; kind: 'close' };
export interface WorkerReply {
  seq: number;
  response: Result<unknown>;
}

export interface CoreClient {
  request(channel: string, input: unknown): Promise<Result<unknown>>;
  close(): Promise<void>;
}

/** Bundled builds ship worker.js beside this file; from source (CLI, tests) worker-dev.mjs loads the .ts. */
function workerEntry(): string {
  const js = fileURLToPath(new URL('./worker.js', import.meta.url));
  return existsSync(js) ? js : fileURLToPath(new URL('./worker-dev.mjs', import.meta.url));
}

/**
 * Starts the core on a worker thread. Requests carry a sequence number; the worker answers in order because
 * the core runs one request at a time. If the worker dies, every pending and later request gets INTERNAL.
 */
export function startCoreWorker(options: CoreOptions & { entry?: string }): CoreClient {
  const { entry, ...coreOptions } = options;
  const worker = new Worker(entry ?? workerEntry(), { workerData: { ...coreOptions, now: undefined } });
  const pending = new Map<number, (r: Result<unknown>) => void>();
  let seq = 0;
  let dead = false;
  const tooDeep: Result<unknown> = { ok: false, error: { code: 'VALIDATION', message: `The request is nested too deeply (more than ${MAX_INPUT_DEPTH} levels).`, fields: { '(input)': 'too deeply nested' } } };
  const died: Result<unknown> = { ok: false, error: { code: 'INTERNAL', message: 'The Haven core stopped. Restart Haven.' } };
  worker.on('message', (m: WorkerReply) => {
    pending.get(m.seq)?.(m.response);
    pending.delete(m.seq);
  });
  const failAll = () => {
    dead = true;
    for (const resolve of pending.values()) resolve(died);
    pending.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', failAll);
  const send = (msg: { kind: 'request'; request: unknown } | { kind: 'close' }): Promise<Result<unknown>> => {
    if (dead) return Promise.resolve(died);
    const s = ++seq;
    return new Promise((resolve) => {
      pending.set(s, resolve);
      try {
        worker.postMessage({ ...msg, seq: s });
      } catch {
        // Not cloneable (a function, a cycle too deep): this request fails alone, the worker lives on.
        pending.delete(s);
        resolve(tooDeep);
      }
    });
  };
  return {
    request: (channel, input) => (exceedsDepth(input) ? Promise.resolve(tooDeep) : send({ kind: 'request', request: { channel, input } })),
    close: async () => {
      await send({ kind: 'close' });
      await worker.terminate();
    },
  };
}
