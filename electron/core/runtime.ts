import type { CaseRole, Part } from '../../shared/cases/access';
import type { Session } from '../../shared/schemas';
import type { AuditDetail } from './audit/chain';
import type { CaseAccess } from './cases/access';
import { fail } from './errors';
import type { Db } from './store/connection';
import { DEFAULT_KDF_COST, FAST_KDF_COST, type KdfCost } from './vault/crypto';

export interface CoreOptions {
  dataDir: string;
  /** Injected clock: tests move time to exercise back-off and idle lock. */
  now?: () => Date;
  /** Argon2id cost for new wrapped keys. Defaults to DEFAULT_KDF_COST. */
  kdfCost?: KdfCost;
}

/** The unlocked state lives here and nowhere else: the key never leaves the core. */
export interface Runtime {
  readonly dataDir: string;
  readonly now: () => Date;
  readonly kdfCost: KdfCost;
  db: Db | null;
  key: Buffer | null;
  session: Session | null;
  /** Idle lock enforced by the core too, so a host that fails to lock cannot leave the key in memory. */
  idle: { limitMs: number; lastActivity: number };
  /** Break-the-glass grants of this session: case id -> capacity. Dropped on lock. */
  breakGlass: Map<number, CaseRole>;
  /** Document uploads in progress (encrypting as chunks arrive). Abandoned on lock. */
  uploads: Map<string, UploadState>;
  /** Long work (backups/jobs.ts): the job in progress or the last one finished. Owned by backups/, opaque here. */
  job: LongJob | null;
  /** Set by createCore: queues one slice of long work between requests, so a long job never blocks the queue. */
  enqueue: (slice: () => void) => void;
}

/** A job that runs in slices through the request queue (a backup); cancelled when the vault locks. */
export interface LongJob {
  readonly running: boolean;
  cancel(reason: string): void;
}

/** Owned by documents/: kept opaque here so the runtime does not depend on a feature. */
export interface UploadState {
  abort(): void;
  /** Clock time (ms) of the last chunk: an upload silent for UPLOAD_IDLE_MS is abandoned. */
  touchedAt: number;
}

/** An upload that received nothing for this long is abandoned: its file descriptor and partial file go. */
export const UPLOAD_IDLE_MS = 15 * 60_000;

/** Aborts abandoned uploads. Run on every request with the injected clock, so descriptors cannot pile up. */
export function sweepUploads(rt: Runtime): void {
  const now = rt.now().getTime();
  for (const [id, u] of rt.uploads) {
    if (now - u.touchedAt > UPLOAD_IDLE_MS) {
      u.abort();
      rt.uploads.delete(id);
    }
  }
}

/** The case a case-scoped request touches, resolved and checked by the router before the service runs. */
export interface ResolvedScope {
  caseId: number;
  access: CaseAccess;
  /** The part the named record belongs to (a note's type, a document's legal flag), when the id names one. */
  recordPart: Part | null;
}

/** What the consent gate found for a sharing channel: the release that covers it (null: nothing to cover). */
export interface ShareGrant {
  consentId: number;
  expiresAt: string;
  categories: readonly string[];
}

export function createRuntime(o: CoreOptions): Runtime {
  const fast = process.env.HAVEN_INSECURE_FAST_KDF === '1';
  return {
    dataDir: o.dataDir,
    now: o.now ?? (() => new Date()),
    kdfCost: o.kdfCost ?? (fast ? FAST_KDF_COST : DEFAULT_KDF_COST),
    db: null,
    key: null,
    session: null,
    idle: { limitMs: 10 * 60_000, lastActivity: 0 },
    breakGlass: new Map(),
    uploads: new Map(),
    job: null,
    // Until a core sets it (tests that build a bare runtime): run the slice at once.
    enqueue: (slice) => slice(),
  };
}

/** What a service sees while handling one request. */
export class Ctx {
  private readonly notes: { target: string | null; detail: AuditDetail } = { target: null, detail: {} };
  /** State outside the database (files, grants, timers) changes here, only once the request's rows are committed. */
  readonly afterCommit: Array<() => void> = [];
  /** Undo for work prepared outside the database (a sealed partial file) when the request rolls back. */
  readonly afterRollback: Array<() => void> = [];
  /** Set by the router for case-scoped channels (ChannelSpec.scope). */
  scope: ResolvedScope | null = null;
  /** Set by the router for channels that share (ChannelSpec.shares): the consent that allowed it. */
  share: ShareGrant | null = null;
  readonly now: Date;

  constructor(readonly rt: Runtime) {
    this.now = rt.now();
  }

  get db(): Db {
    return this.rt.db ?? fail('UNAUTHENTICATED');
  }

  get session(): Session {
    return this.rt.session ?? fail('UNAUTHENTICATED');
  }

  get key(): Buffer {
    return this.rt.key ?? fail('UNAUTHENTICATED');
  }

  get nowIso(): string {
    return this.now.toISOString();
  }

  /** The caller's access to the case this request is scoped to; only case-scoped channels have one. */
  get caseAccess(): CaseAccess {
    return this.scope?.access ?? fail('INTERNAL');
  }

  /** Names what a change touched, for its audit record: ids and codes only, never free text. */
  note(target: string | null, detail: AuditDetail = {}): void {
    this.notes.target = target;
    Object.assign(this.notes.detail, detail);
  }

  get auditNote() {
    return this.notes;
  }
}
