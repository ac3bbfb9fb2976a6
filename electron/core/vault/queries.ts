import { prep, type Db } from '../store/connection';

/** Whether a committed audit record names this staged keyring (keyring.ts): the change it belongs to committed. */
export const keyringIntentCommitted = (db: Db, intent: string): boolean =>
  prep(db, 'SELECT 1 FROM audit WHERE instr(detail, ?) > 0 LIMIT 1').get(`"keyringIntent":"${intent}"`) !== undefined;
