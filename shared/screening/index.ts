import type { Instrument } from './define';
import { covenantQyit } from './instruments/covenant-qyit';
import { hhsAdult } from './instruments/hhs-adult';
import { irccVtip } from './instruments/ircc-vtip';
import { veraTvitShort } from './instruments/vera-tvit-short';

export * from './define';
export * from './score';

/** Current versions. A stored screening names its instrument version; old versions stay here when replaced. */
export const INSTRUMENTS: readonly Instrument[] = [veraTvitShort, hhsAdult, covenantQyit, irccVtip];

export function findInstrument(id: string, version?: number): Instrument | undefined {
  return INSTRUMENTS.find((i) => i.id === id && (version === undefined || i.version === version));
}
