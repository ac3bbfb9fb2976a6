import { CASE_EVENT_KINDS, CASE_EVENT_NAMES } from '../../../../../shared/cases/events';
import type { TimelineEntry } from '../../../../../shared/cases/schemas';
import { inVocabulary, vocabKey, type Vocabulary } from '../vocab';

/** Events this version has wording for (`timeline.<event>` in the catalogues): the core's own list. */
export const KNOWN_EVENTS: readonly string[] = CASE_EVENT_NAMES;

/** Kinds with their own marker and name; any other kind (written by a newer core) is shown as "other". */
export const KNOWN_KINDS: readonly string[] = CASE_EVENT_KINDS;

/** Parameters whose values are codes of a vocabulary. */
const PARAM_VOCAB: Record<string, Vocabulary> = {
  caseRole: 'caseRole',
  from: 'status',
  to: 'status',
  band: 'band',
  type: 'noteType',
  kind: 'documentKind',
  task: 'taskKind',
};

export interface LabelDeps {
  t: (key: string, params?: Record<string, string>) => string;
  /** Instrument name in the UI language, or null when this version does not know the instrument. */
  instrumentName: (id: string) => string | null;
  /** A staff member's name from the case's assignments, or null. */
  staffName: (id: number) => string | null;
  /** Catalogue key of a profile field's label, or null. */
  fieldLabel: (name: string) => string | null;
}

export function kindOf(entry: Pick<TimelineEntry, 'kind'>): string {
  return KNOWN_KINDS.includes(entry.kind) ? entry.kind : 'other';
}

export function kindLabelKey(entry: Pick<TimelineEntry, 'kind'>): string {
  return `timeline.kinds.${kindOf(entry)}`;
}

function paramText(name: string, value: string | number | null, d: LabelDeps): string {
  if (value === null) return '—';
  const text = String(value);
  const vocab = PARAM_VOCAB[name];
  if (vocab) return inVocabulary(vocab, text) ? d.t(vocabKey(vocab, text)) : text;
  if (name === 'caseRoles') return text.split(',').map((r) => (inVocabulary('caseRole', r) ? d.t(vocabKey('caseRole', r)) : r)).join(', ');
  if (name === 'instrument') return d.instrumentName(text) ?? text;
  if (name === 'staffId') return d.staffName(Number(value)) ?? d.t('timeline.someone');
  if (name === 'fields') return text.split(',').filter(Boolean).map((f) => { const k = d.fieldLabel(f); return k ? d.t(k) : f; }).join(', ');
  return text;
}

/**
 * The sentence for one event in the UI language, with every parameter translated. An event this version
 * does not know still reads sensibly ("Other: referral.sent") instead of failing.
 */
export function timelineText(entry: Pick<TimelineEntry, 'kind' | 'event' | 'params'>, d: LabelDeps): string {
  const params: Record<string, string> = {};
  for (const [k, v] of Object.entries(entry.params ?? {})) params[k] = paramText(k, v, d);
  if (KNOWN_EVENTS.includes(entry.event)) return d.t(`timeline.${entry.event}`, params);
  return d.t('timeline.generic', { kind: d.t(kindLabelKey(entry)), event: entry.event });
}

export interface DayGroup<T> {
  /** YYYY-MM-DD in local time. */
  day: string;
  entries: T[];
}

/** Groups entries by local calendar day, keeping their order (newest first when asked). */
export function groupByDay<T extends Pick<TimelineEntry, 'at'>>(entries: readonly T[], newestFirst: boolean): DayGroup<T>[] {
  const sorted = [...entries].sort((a, b) => a.at.localeCompare(b.at));
  if (newestFirst) sorted.reverse();
  const groups: DayGroup<T>[] = [];
  for (const e of sorted) {
    const d = new Date(e.at);
    const day = Number.isNaN(d.getTime()) ? 'unknown' : `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const last = groups.at(-1);
    if (last && last.day === day) last.entries.push(e);
    else groups.push({ day, entries: [e] });
  }
  return groups;
}
