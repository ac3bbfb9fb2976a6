import type { IsoDate } from '../dates';
import type { MatterFacts } from '../matter';
import type { Rule } from '../rules/rule';
import type { MatterType } from '../vocab';
import { Emitter } from './emit';
import type { EngineContext } from './types';

/** A T or U status with its approved extensions, as the other matters of the case need it. */
export interface StatusTimeline {
  rule: Rule | null;
  ownComputed: IsoDate | null;
  capped: boolean;
  own: IsoDate | null;
  extensions: { ext: MatterFacts; rule: Rule | null; fileBy: IsoDate | null; computed: IsoDate | null; capped: boolean; end: IsoDate | null }[];
  /** The last valid day of the status after every approved extension: the I-485 window closes here. */
  end: IsoDate | null;
}

export interface AdjustmentWindow {
  opens: IsoDate | null;
  openedComputed: IsoDate | null;
  rule: Rule | null;
  closes: IsoDate | null;
}

/** All matters of one case, so derivatives, extensions and I-485s can read the matter they depend on. */
export class Case {
  readonly byId: Map<number, MatterFacts>;
  readonly em: Emitter;
  readonly timelines = new Map<number, StatusTimeline>();
  readonly windows = new Map<number, AdjustmentWindow>();

  constructor(
    readonly matters: readonly MatterFacts[],
    ctx: EngineContext,
  ) {
    this.byId = new Map(matters.map((m) => [m.id, m]));
    this.em = new Emitter(ctx);
  }

  get(id: number | null): MatterFacts | null {
    return id === null ? null : (this.byId.get(id) ?? null);
  }

  /** Matters that belong to `base` (its extensions, its I-485, a renewal card), oldest filing first. */
  children(base: MatterFacts, type: MatterType): MatterFacts[] {
    return this.matters
      .filter((m) => m.type === type && m.baseMatterId === base.id)
      .sort((a, b) => (a.filedOn ?? '9999').localeCompare(b.filedOn ?? '9999') || a.id - b.id);
  }
}
