import type { Answer } from '../../../../../shared/cases/answer';
import { inVocabulary, vocabKey } from '../vocab';
import { codeName } from './codes';
import type { FieldSpec } from './profileFields';

/** The value of a Known answer as text in the UI language; null for Unknown and Declined. */
export function formatKnown(spec: FieldSpec, a: Answer<unknown> | undefined, t: (k: string) => string, lang: string): string | null {
  if (!a || a.state !== 'known') return null;
  const v = a.value;
  const label = (x: string) => (spec.vocab && inVocabulary(spec.vocab, x) ? t(vocabKey(spec.vocab, x)) : x);
  switch (spec.kind) {
    case 'date': {
      const d = new Date(`${String(v)}T00:00:00Z`);
      // A date of birth is a calendar date, not an instant: format it in UTC so no time zone shifts it.
      return Number.isNaN(d.getTime()) ? String(v) : new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
    }
    case 'enum':
      return label(String(v));
    case 'multi':
      return (v as string[]).map(label).join(', ');
    case 'countries':
      return (v as string[]).map((c) => codeName('region', c, lang)).join(', ');
    case 'languages':
      return (v as string[]).map((c) => codeName('language', c, lang)).join(', ');
    case 'textList':
      return (v as string[]).join(', ');
    default:
      return String(v);
  }
}
