import { fictionalName } from '../../fiction/names';
import { seeded } from '../../fiction/random';

/** Fictional staff for the UI flows, from the same invented-syllable generator as the demo: never real names. */
const rng = seeded(4242);

function person(suffix: string) {
  const n = fictionalName(rng);
  return { username: `${n.given.toLowerCase()}.${suffix}`, displayName: `${n.given} ${n.family}`, given: n.given, family: n.family };
}

export const ADMIN_PERSON = person('admin');
export const CASEWORKER_PERSON = person('case');
export const MENTOR_PERSON = person('mentor');
export const CANARY_PERSON = person('canary');
export const AUDITOR_PERSON = person('audit');
export const WORKER_PERSON = person('worker');
export const DUAL_PERSON = person('dual');
export const SURVIVOR_PERSON = person('survivor');
