import type { CaseFile } from '../../../../../shared/cases/schemas';

/** The name to show beside the case number: known given and family names, else the preferred name. */
export function displayNameOf(file: Pick<CaseFile, 'profile' | 'contact'>): string | null {
  const p = file.profile;
  const parts = p ? [p.givenName, p.familyName].flatMap((a) => (a.state === 'known' ? [a.value] : [])) : [];
  if (parts.length) return parts.join(' ');
  const preferred = file.contact?.preferredName.trim();
  return preferred ? preferred : null;
}
