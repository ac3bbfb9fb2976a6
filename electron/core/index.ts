import type { Result } from '../../shared/errors';
import { finishInterruptedSwap } from './backups/restore';
import { backupSchedule } from './backups/schedule';
import { quietWork } from './quiet';
import { route } from './router';
import { exceedsDepth, MAX_INPUT_DEPTH } from './depth';
import { refuseWhenDamaged } from './store/guard';
import { createRuntime, type CoreOptions, type Runtime } from './runtime';
import { idleTimer, isIdle, realScheduler, type Scheduler } from './vault/idle';
import { lockVault } from './vault/service';
import { prepareDataDir } from './vault/start';
import { instanceLock, refuseWhenInUse } from './vault/instance';

export type { CoreOptions } from './runtime';

export interface Core {
  /** One request in, one response out. Requests run strictly one after another: the core is the single writer. */
  handle(request: unknown): Promise<Result<unknown>>;
  /** Locks (dropping the key) and releases the database. */
  close(): Promise<void>;
  /** For tests and tools that need the open database (checksums, tamper tests). Never exposed over IPC. */
  readonly runtime: Runtime;
}

/** Hosts check depth before the hop to the worker (host.ts); this covers callers that embed the core. */
function tooDeep(request: unknown): Result<unknown> | null {
  if (!exceedsDepth(request, MAX_INPUT_DEPTH + 1)) return null;
  return { ok: false, error: { code: 'VALIDATION', message: `The request is nested too deeply (more than ${MAX_INPUT_DEPTH} levels).`, fields: { '(input)': 'too deeply nested' } } };
}

export function createCore(options: CoreOptions, scheduler: Scheduler = realScheduler): Core {
  const rt = createRuntime(options);
  // One process per data folder (vault/instance.ts); a second one answers DATA_DIR_IN_USE and touches nothing.
  const instance = instanceLock(rt.dataDir);
  // Temporaries a dead writer left, an interrupted setup, loose permissions: settled before the first request.
  // A folder that cannot be fixed now (read-only, not ours) is met again, with a code, by status and unlock.
  // Only by the process that holds the folder: another one's temporaries and staging are not ours to settle.
  if (instance.acquire()) try {
    // A restore's swap cut between its two renames is finished first (backups/restore.ts).
    finishInterruptedSwap(rt.dataDir);
    prepareDataDir(rt.dataDir);
  } catch {
    // see above
  }
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };
  const idle = idleTimer(rt, scheduler, () => {
    void serial(async () => {
      if (isIdle(rt)) lockVault(rt, 'idle');
      else idle.arm();
    });
  });
  const quiet = quietWork(rt, scheduler, (job) => void serial(async () => job()));
  rt.enqueue = (slice) => void serial(async () => slice());
  const backups = backupSchedule(rt, scheduler, rt.enqueue);
  return {
    runtime: rt,
    handle: (request) =>
      serial(async () => {
        const response = tooDeep(request) ?? refuseWhenInUse(instance) ?? refuseWhenDamaged(rt, request) ?? (await route(rt, request));
        // A folder made by this request (vault.setup) is held from now on.
        instance.acquire();
        idle.arm();
        quiet.arm();
        backups.arm();
        return response;
      }),
    close: () =>
      serial(async () => {
        idle.cancel();
        quiet.cancel();
        backups.cancel();
        lockVault(rt, 'exit');
        instance.release();
      }),
  };
}
