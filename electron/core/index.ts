import type { Result } from '../../shared/errors';
import { route } from './router';
import { createRuntime, type CoreOptions, type Runtime } from './runtime';
import { lockVault } from './vault/service';

export type { CoreOptions } from './runtime';

export interface Core {
  /** One request in, one response out. Requests run strictly one after another: the core is the single writer. */
  handle(request: unknown): Promise<Result<unknown>>;
  /** Locks (dropping the key) and releases the database. */
  close(): Promise<void>;
  /** For tests and tools that need the open database (checksums, tamper tests). Never exposed over IPC. */
  readonly runtime: Runtime;
}

export function createCore(options: CoreOptions): Core {
  const rt = createRuntime(options);
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    runtime: rt,
    handle: (request) => serial(() => route(rt, request)),
    close: () =>
      serial(async () => {
        lockVault(rt, 'exit');
      }),
  };
}
