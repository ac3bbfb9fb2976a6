import type { CaseRole } from '../../shared/cases/access';
import type { Session } from '../../shared/schemas';
import type { AuditDetail } from './audit/chain';
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
}

/** Owned by documents/: kept opaque here so the runtime does not depend on a feature. */
export interface UploadState {
  abort(): void;
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
  };
}

/** What a service sees while handling one request. */
export class Ctx {
  private readonly notes: { target: string | null; detail: AuditDetail } = { target: null, detail: {} };
  readonly afterCommit: Array<() => void> = [];
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

  /** Names what a change touched, for its audit record: ids and codes only, never free text. */
  note(target: string | null, detail: AuditDetail = {}): void {
    this.notes.target = target;
    Object.assign(this.notes.detail, detail);
  }

  get auditNote() {
    return this.notes;
  }
}
