import { CASE_ROLES, type CaseRole } from '../../../../shared/cases/access';
import { ANSWER_STATES } from '../../../../shared/cases/answer';
import {
  AGE_BANDS,
  CASE_STATUSES,
  CITIZENSHIP,
  CONTACT_KINDS,
  DOCUMENT_KINDS,
  GENDERS,
  MEANS_OF_CONTROL,
  MINOR_FLAGS,
  NOTE_TYPES,
  POLARIS_TYPES,
  TRAFFICKING_TYPES,
  VULNERABILITIES,
  YES_NO_UNKNOWN,
} from '../../../../shared/cases/vocab';
import { BANDS, SCREENING_ANSWERS } from '../../../../shared/screening/define';

export type CaseStatus = (typeof CASE_STATUSES)[number];
export type NoteType = (typeof NOTE_TYPES)[number];
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export type ContactKind = (typeof CONTACT_KINDS)[number];
export type YesNoUnknown = (typeof YES_NO_UNKNOWN)[number];
export type TraffickingType = (typeof TRAFFICKING_TYPES)[number];
export type { CaseRole };

/**
 * Every controlled vocabulary the case screens show, by the name of its catalogue group: a value's label is
 * `vocab.<group>.<value>` in each language. test/unit/renderer checks that every value has one everywhere.
 */
export const VOCABULARIES = {
  status: CASE_STATUSES,
  gender: GENDERS,
  traffickingType: TRAFFICKING_TYPES,
  polaris: POLARIS_TYPES,
  ageBand: AGE_BANDS,
  minor: MINOR_FLAGS,
  citizenship: CITIZENSHIP,
  meansOfControl: MEANS_OF_CONTROL,
  vulnerability: VULNERABILITIES,
  contactKind: CONTACT_KINDS,
  yesNoUnknown: YES_NO_UNKNOWN,
  noteType: NOTE_TYPES,
  documentKind: DOCUMENT_KINDS,
  caseRole: CASE_ROLES,
  band: BANDS,
  answerState: ANSWER_STATES,
  screeningAnswer: SCREENING_ANSWERS,
  population: ['adult', 'youth', 'any'],
  instrumentJurisdiction: ['US', 'CA', 'any'],
  taskKind: ['hhs_minor_notification'],
} as const;

export type Vocabulary = keyof typeof VOCABULARIES;

/** The catalogue key of one value's label. */
export function vocabKey(group: Vocabulary, value: string): string {
  return `vocab.${group}.${value}`;
}

/** True when `value` belongs to the vocabulary (lists from the core are strings until checked). */
export function inVocabulary(group: Vocabulary, value: unknown): boolean {
  return typeof value === 'string' && (VOCABULARIES[group] as readonly string[]).includes(value);
}
