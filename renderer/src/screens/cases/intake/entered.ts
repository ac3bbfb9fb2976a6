import type { Contact, Profile } from '../../../../../shared/cases/schemas';

/** What a save of an intake that has no case yet answers when nothing was entered: no case is created. */
export const NOTHING_ENTERED = 'nothing-entered' as const;

/** True when a profile patch says something (a Known value or a Declined answer); all-Unknown is a blank form. */
export const patchSaysSomething = (patch: Partial<Profile>) => Object.values(patch).some((a) => a && a.state !== 'unknown');

/** True when a contact holds anything a person entered. */
export const contactSaysSomething = (c: Contact) =>
  c.doNotContact || c.preferredName.trim() !== '' || c.safetyNotes.trim() !== '' || c.methods.length > 0 || c.unsafePersonMayMonitor !== 'unknown' || c.othersAwareOfContact !== 'unknown';
