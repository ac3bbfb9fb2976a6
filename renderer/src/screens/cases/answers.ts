import type { Answer, AnswerState } from '../../../../shared/cases/answer';

/** How a profile field's value is edited and checked (mirrors shared/cases/schemas profileSchema). */
export type FieldKind = 'text' | 'textList' | 'date' | 'enum' | 'multi' | 'countries' | 'languages';

/**
 * What an answer field holds while it is edited. The value is kept when the person switches to Unknown or
 * Declined and back, so a mis-click never loses typing; only a Known answer sends it.
 */
export interface Draft {
  state: AnswerState;
  value: string | string[];
}

export type AnswerCheck = { ok: true; answer: Answer<unknown> } | { ok: false; error: 'valueRequired' | 'invalid' };

const LIST_KINDS: readonly FieldKind[] = ['multi', 'countries', 'languages'];
const LIMITS: Partial<Record<FieldKind, number>> = { textList: 10, countries: 4, languages: 8 };

export const isListKind = (kind: FieldKind) => LIST_KINDS.includes(kind);

export function emptyValue(kind: FieldKind): string | string[] {
  return isListKind(kind) ? [] : '';
}

const isEmptyValue = (v: string | string[]) => (Array.isArray(v) ? v.length === 0 : v.trim() === '');

/**
 * A value typed or chosen in a field: any content makes the answer Known (no "Known" click first); clearing
 * a Known answer makes it Unknown again, so an emptied field is not a missing value. Declined stays Declined
 * until something is entered.
 */
export function withValue(d: Draft, value: string | string[]): Draft {
  if (!isEmptyValue(value)) return { state: 'known', value };
  return { state: d.state === 'known' ? 'unknown' : d.state, value };
}

/** True when the draft says something: a Known value or a Declined answer (Unknown is the blank). */
export const saysSomething = (d: Draft) => d.state === 'declined' || (d.state === 'known' && !isEmptyValue(d.value));

/** The editable form of a stored answer. */
export function draftOf(a: Answer<unknown> | undefined, kind: FieldKind): Draft {
  if (!a || a.state !== 'known') return { state: a?.state ?? 'unknown', value: emptyValue(kind) };
  if (kind === 'textList') return { state: 'known', value: (a.value as string[]).join(', ') };
  if (isListKind(kind)) return { state: 'known', value: [...(a.value as string[])] };
  return { state: 'known', value: String(a.value) };
}

/** Splits "Ana, La Güera" into distinct trimmed entries. */
export function splitList(text: string): string[] {
  const out: string[] = [];
  for (const part of text.split(/[,;\n]/)) {
    const v = part.trim();
    if (v && !out.includes(v)) out.push(v);
  }
  return out;
}

function isRealDate(iso: string, today: Date): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso) && d.getTime() <= today.getTime() && d.getUTCFullYear() >= 1900;
}

/** Turns a draft into the answer the core stores, or says why it cannot. Unknown and Declined need no value. */
export function answerOf(d: Draft, kind: FieldKind, today = new Date()): AnswerCheck {
  if (d.state === 'unknown') return { ok: true, answer: { state: 'unknown' } };
  if (d.state === 'declined') return { ok: true, answer: { state: 'declined' } };
  if (Array.isArray(d.value)) {
    const list = [...new Set(d.value)];
    if (list.length === 0) return { ok: false, error: 'valueRequired' };
    if (list.length > (LIMITS[kind] ?? Infinity)) return { ok: false, error: 'invalid' };
    return { ok: true, answer: { state: 'known', value: list } };
  }
  const text = d.value.trim();
  if (!text) return { ok: false, error: 'valueRequired' };
  if (kind === 'textList') {
    const list = splitList(text);
    if (list.length > (LIMITS.textList ?? 10) || list.some((v) => v.length > 100)) return { ok: false, error: 'invalid' };
    return { ok: true, answer: { state: 'known', value: list } };
  }
  if (kind === 'date' && !isRealDate(text, today)) return { ok: false, error: 'invalid' };
  if (kind === 'text' && text.length > 100) return { ok: false, error: 'invalid' };
  return { ok: true, answer: { state: 'known', value: text } };
}

/** Same stored answer? (Key order and list order of a Known value matter as the core stores them.) */
export function sameAnswer(a: Answer<unknown> | undefined, b: Answer<unknown> | undefined): boolean {
  const norm = (x: Answer<unknown> | undefined) => (x ? JSON.stringify(x.state === 'known' ? { state: x.state, value: x.value } : { state: x.state }) : 'null');
  return norm(a) === norm(b);
}

/** Counts of a set of answers, for the review step ("3 declined, 2 unknown"). */
export function countStates(answers: readonly (Answer<unknown> | undefined)[]): Record<AnswerState, number> {
  const out: Record<AnswerState, number> = { known: 0, unknown: 0, declined: 0 };
  for (const a of answers) out[a?.state ?? 'unknown']++;
  return out;
}
