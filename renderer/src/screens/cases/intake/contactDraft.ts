import type { Contact } from '../../../../../shared/cases/schemas';
import type { ContactKind } from '../vocab';

export const MAX_METHODS = 8;

export const EMPTY_CONTACT: Contact = {
  preferredName: '',
  methods: [],
  unsafePersonMayMonitor: 'unknown',
  othersAwareOfContact: 'unknown',
  doNotContact: false,
  safetyNotes: '',
};

export const newMethod = (kind: ContactKind = 'phone'): Contact['methods'][number] => ({ kind, value: '', safeToLeaveMessage: 'unknown', safeTimes: '' });

const isBlankMethod = (m: Contact['methods'][number]) => m.kind === 'phone' && !m.value.trim() && !m.safeTimes.trim() && m.safeToLeaveMessage === 'unknown';

/** The intake's contact step starts with one method row ready to type into (one action fewer per intake). */
export const withBlankMethod = (c: Contact): Contact => (c.methods.length ? c : { ...c, methods: [newMethod()] });

/** Method rows left as they started are not answers: they are dropped before checking and saving. */
export const dropBlankMethods = (c: Contact): Contact => ({ ...c, methods: c.methods.filter((m) => !isBlankMethod(m)) });

/** Field path (e.g. "methods.0.value") -> catalogue key of the problem. */
export type ContactErrors = Record<string, string>;

/** Checks the limits the core enforces, so the person hears about them in their language and in place. */
export function checkContact(c: Contact): ContactErrors {
  const e: ContactErrors = {};
  if (c.preferredName.trim().length > 100) e.preferredName = 'contactForm.tooLong';
  if (c.safetyNotes.trim().length > 2000) e.safetyNotes = 'contactForm.tooLong';
  if (c.methods.length > MAX_METHODS) e.methods = 'contactForm.tooMany';
  c.methods.forEach((m, i) => {
    if (!m.value.trim() && m.kind !== 'in_person' && m.kind !== 'via_advocate') e[`methods.${i}.value`] = 'contactForm.valueRequired';
    if (m.value.trim().length > 200) e[`methods.${i}.value`] = 'contactForm.tooLong';
    if (m.safeTimes.trim().length > 100) e[`methods.${i}.safeTimes`] = 'contactForm.tooLong';
  });
  return e;
}

/** The contact as the core stores it: every text trimmed. */
export function normalizeContact(c: Contact): Contact {
  return {
    ...c,
    preferredName: c.preferredName.trim(),
    safetyNotes: c.safetyNotes.trim(),
    methods: c.methods.map((m) => ({ ...m, value: m.value.trim(), safeTimes: m.safeTimes.trim() })),
  };
}

export const sameContact = (a: Contact | null, b: Contact) => JSON.stringify(a ? normalizeContact(a) : null) === JSON.stringify(normalizeContact(b));
