import type { Profile } from '../../../../../shared/cases/schemas';
import { answerOf, draftOf, sameAnswer, type Draft, type FieldKind } from '../answers';
import type { Vocabulary } from '../vocab';

export type ProfileField = keyof Profile;
export type ProfileDrafts = Record<ProfileField, Draft>;

export interface FieldSpec {
  name: ProfileField;
  kind: FieldKind;
  /** For enum and multi fields: the vocabulary its values come from. */
  vocab?: Vocabulary;
  /** Catalogue key of the label. */
  label: string;
  help?: string;
}

/** Identity: who the person is and how to address them. */
export const IDENTITY_FIELDS: readonly FieldSpec[] = [
  { name: 'givenName', kind: 'text', label: 'profileFields.givenName' },
  { name: 'familyName', kind: 'text', label: 'profileFields.familyName' },
  { name: 'aliases', kind: 'textList', label: 'profileFields.aliases', help: 'profileFields.aliasesHelp' },
  { name: 'dateOfBirth', kind: 'date', label: 'profileFields.dateOfBirth' },
  { name: 'ageBand', kind: 'enum', vocab: 'ageBand', label: 'profileFields.ageBand', help: 'profileFields.ageBandHelp' },
  { name: 'minor', kind: 'enum', vocab: 'minor', label: 'profileFields.minor', help: 'profileFields.minorHelp' },
  { name: 'gender', kind: 'enum', vocab: 'gender', label: 'profileFields.gender' },
  { name: 'nationality', kind: 'countries', label: 'profileFields.nationality', help: 'profileFields.nationalityHelp' },
  { name: 'languages', kind: 'languages', label: 'profileFields.languages' },
];

/** Background: status and the trafficking situation (HTCDS victim context). */
export const BACKGROUND_FIELDS: readonly FieldSpec[] = [
  { name: 'citizenship', kind: 'enum', vocab: 'citizenship', label: 'profileFields.citizenship' },
  { name: 'traffickingType', kind: 'enum', vocab: 'traffickingType', label: 'profileFields.traffickingType' },
  { name: 'polarisType', kind: 'enum', vocab: 'polaris', label: 'profileFields.polarisType', help: 'profileFields.polarisHelp' },
  { name: 'meansOfControl', kind: 'multi', vocab: 'meansOfControl', label: 'profileFields.meansOfControl' },
  { name: 'vulnerabilities', kind: 'multi', vocab: 'vulnerability', label: 'profileFields.vulnerabilities' },
];

export const ALL_FIELDS: readonly FieldSpec[] = [...IDENTITY_FIELDS, ...BACKGROUND_FIELDS];

export function draftsOf(profile: Profile | null): ProfileDrafts {
  return Object.fromEntries(ALL_FIELDS.map((f) => [f.name, draftOf(profile?.[f.name], f.kind)])) as ProfileDrafts;
}

export interface PatchResult {
  /** Only the fields that differ from `base` (all of them when there is no base yet). */
  patch: Partial<Profile>;
  /** Field name -> catalogue key of the problem. */
  errors: Partial<Record<ProfileField, string>>;
}

/** Builds the profile patch for some fields, checking each draft. */
export function profilePatch(fields: readonly FieldSpec[], drafts: ProfileDrafts, base: Profile | null): PatchResult {
  const patch: Record<string, unknown> = {};
  const errors: Partial<Record<ProfileField, string>> = {};
  for (const f of fields) {
    const r = answerOf(drafts[f.name], f.kind);
    if (!r.ok) errors[f.name] = r.error === 'valueRequired' ? 'answers.valueRequired' : `answers.invalid_${f.kind}`;
    else if (!base || !sameAnswer(base[f.name], r.answer)) patch[f.name] = r.answer;
  }
  return { patch: patch as Partial<Profile>, errors };
}
