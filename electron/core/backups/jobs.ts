import { randomUUID } from 'node:crypto';
import type { BackupJob } from '../../../shared/contract/backups';
import { CoreError } from '../errors';
import { logEvent } from '../log';
import type { LongJob, Runtime } from '../runtime';
import { isCorruption, markDamaged } from '../store/health';

type Phase = BackupJob['phase'];
export interface Slice {
  phase: Phase;
  done: number;
  total: number;
}

/**
 * A long job (a backup) as a generator of slices, resumed one slice per turn of the core's request queue: a
 * request (a progress poll, a lock) waits for at most one slice, never the whole job. The view is what
 * backups.progress answers. Locking cancels it; the generator's own cleanup (its `finally`/`catch`) runs.
 */
export class SlicedJob implements LongJob {
  view: BackupJob;
  private finished = false;

  constructor(
    private readonly rt: Runtime,
    kind: BackupJob['kind'],
    private readonly steps: Generator<Slice, string | null>,
    private readonly onEnd: (outcome: { backupId: string | null; error: string | null }) => void,
  ) {
    this.view = { jobId: randomUUID(), kind, phase: 'database', done: 0, total: 0, startedAt: rt.now().toISOString(), finishedAt: null, backupId: null, error: null };
  }

  get running(): boolean {
    return !this.finished;
  }

  start(): void {
    this.rt.enqueue(() => this.turn());
  }

  cancel(reason: string): void {
    if (this.finished) return;
    try {
      this.steps.throw(new CoreError(reason === 'LOCKED' ? 'LOCKED' : 'INTERNAL'));
    } catch {
      // The generator's cleanup ran; the error it rethrows is the cancellation itself.
    }
    this.end(null, reason);
  }

  private turn(): void {
    if (this.finished) return;
    try {
      const r = this.steps.next();
      if (r.done) return this.end(r.value, null);
      this.view = { ...this.view, phase: r.value.phase, done: r.value.done, total: r.value.total };
      this.rt.enqueue(() => this.turn());
    } catch (e) {
      if (isCorruption(e)) markDamaged(this.rt.db);
      const code = e instanceof CoreError ? e.code : isCorruption(e) ? 'DATABASE_CORRUPT' : 'INTERNAL';
      if (!(e instanceof CoreError)) logEvent('core.backup-job', { error: e instanceof Error ? e.name : typeof e });
      this.end(null, code);
    }
  }

  private end(backupId: string | null, error: string | null): void {
    this.finished = true;
    this.view = { ...this.view, phase: error ? 'failed' : 'done', backupId: backupId ?? this.view.backupId, error, finishedAt: this.rt.now().toISOString() };
    try {
      this.onEnd({ backupId, error });
    } catch (e) {
      logEvent('core.backup-job', { error: e instanceof Error ? e.name : typeof e });
    }
  }
}

export const jobView = (rt: Runtime): BackupJob | null => (rt.job instanceof SlicedJob ? rt.job.view : null);
