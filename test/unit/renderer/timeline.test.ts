import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../renderer/src/i18n/languages';
import { groupByDay, KNOWN_EVENTS, KNOWN_KINDS, kindLabelKey, timelineText, type LabelDeps } from '../../../renderer/src/screens/cases/timeline/timelineLabels';
import { VOCABULARIES, vocabKey } from '../../../renderer/src/screens/cases/vocab';

const LOCALES = join(import.meta.dirname, '../../../renderer/src/i18n/locales');
type Tree = { [k: string]: string | Tree };
const catalogue = (lang: string) => JSON.parse(readFileSync(join(LOCALES, `${lang}.json`), 'utf8')) as Tree;
const lookup = (tree: Tree, key: string): string | undefined => {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
};

const en = catalogue('en');
/** A t() that fills {{params}} from the English catalogue and fails loudly on a missing key. */
const t = (key: string, params: Record<string, string> = {}) => {
  const text = lookup(en, key);
  if (text === undefined) throw new Error(`missing key ${key}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, p: string) => params[p] ?? `{{${p}}}`);
};
const deps: LabelDeps = {
  t,
  instrumentName: (id) => (id === 'vera_tvit_short' ? 'Vera TVIT' : null),
  staffName: (id) => (id === 7 ? 'Fictional Staffer' : null),
  fieldLabel: (name) => (name === 'minor' ? 'profileFields.minor' : null),
};

describe('timeline event labels', () => {
  it('has wording for every known event and kind, in every language', () => {
    for (const { code } of LANGUAGES) {
      const cat = catalogue(code);
      for (const e of KNOWN_EVENTS) expect(lookup(cat, `timeline.${e}`), `${code}: timeline.${e}`).toBeTypeOf('string');
      for (const k of [...KNOWN_KINDS, 'other']) expect(lookup(cat, `timeline.kinds.${k}`), `${code}: kind ${k}`).toBeTypeOf('string');
    }
  });

  it('translates parameters: statuses, case roles, bands, note types, document kinds, instruments, staff, fields', () => {
    expect(timelineText({ kind: 'status', event: 'status.changed', params: { from: 'Active', to: 'ClosedReferred' } }, deps)).toBe('Status changed from Active to Closed – referred');
    expect(timelineText({ kind: 'assignment', event: 'assignment.added', params: { staffId: 7, caseRole: 'lead_caseworker' } }, deps)).toBe('Fictional Staffer added as Lead caseworker');
    expect(timelineText({ kind: 'assignment', event: 'assignment.removed', params: { staffId: 99, caseRoles: 'mentor,legal_aide' } }, deps)).toBe('A staff member taken off the case (Peer mentor, Legal aide)');
    expect(timelineText({ kind: 'screening', event: 'screening.completed', params: { instrument: 'vera_tvit_short', band: 'likely', score: 6 } }, deps)).toBe('Screening completed: Vera TVIT — Likely trafficking (score 6)');
    expect(timelineText({ kind: 'screening', event: 'screening.started', params: { instrument: 'retired_tool' } }, deps)).toBe('Screening started: retired_tool');
    expect(timelineText({ kind: 'note', event: 'note.redacted', params: { type: 'case_plan' } }, deps)).toBe('Passage redacted from a note (Case plan)');
    expect(timelineText({ kind: 'document', event: 'document.added', params: { kind: 'id_copy' } }, deps)).toBe('Document added: Copy of ID');
    expect(timelineText({ kind: 'task', event: 'task.created', params: { task: 'hhs_minor_notification', rule: 'x' } }, deps)).toBe('Task created: Notify HHS within 24 hours (possible minor)');
    expect(timelineText({ kind: 'intake', event: 'profile.updated', params: { fields: 'minor,shoeSize' } }, deps)).toBe('Profile updated: Under 18?, shoeSize');
    expect(timelineText({ kind: 'break_glass', event: 'break_glass.opened', params: { caseRole: 'legal_aide' } }, deps)).toBe('Opened by breaking the glass (as Legal aide)');
  });

  it('renders events and kinds it does not know generically, without failing', () => {
    expect(timelineText({ kind: 'meeting', event: 'meeting.booked', params: { room: 3 } }, deps)).toBe('Other: meeting.booked');
    expect(timelineText({ kind: 'note', event: 'note.pinned', params: {} }, deps)).toBe('Note: note.pinned');
    expect(kindLabelKey({ kind: 'meeting' })).toBe('timeline.kinds.other');
    expect(timelineText({ kind: 'status', event: 'status.changed', params: { from: 'Archived', to: null } }, deps)).toBe('Status changed from Archived to —');
  });

  it('groups by local day, newest or oldest first', () => {
    const at = (d: number, h: number) => new Date(2026, 10, d, h).toISOString();
    const entries = [{ at: at(3, 9) }, { at: at(3, 15) }, { at: at(5, 8) }];
    const newest = groupByDay(entries, true);
    expect(newest.map((g) => g.day)).toEqual(['2026-11-05', '2026-11-03']);
    expect(newest[1]!.entries[0]!.at).toBe(at(3, 15));
    expect(groupByDay(entries, false)[0]!.entries.map((e) => e.at)).toEqual([at(3, 9), at(3, 15)]);
  });
});

describe('vocabulary labels', () => {
  it('every value of every vocabulary has a label in en, fr-CA and es', () => {
    const missing: string[] = [];
    for (const { code } of LANGUAGES) {
      const cat = catalogue(code);
      for (const [group, values] of Object.entries(VOCABULARIES)) {
        for (const v of values) if (!lookup(cat, vocabKey(group as keyof typeof VOCABULARIES, v))) missing.push(`${code}: ${group}.${v}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('labels Declined differently from Unknown in every language', () => {
    for (const { code } of LANGUAGES) {
      const cat = catalogue(code);
      expect(lookup(cat, 'vocab.answerState.declined')).not.toBe(lookup(cat, 'vocab.answerState.unknown'));
      expect(lookup(cat, 'vocab.screeningAnswer.declined')).not.toBe(lookup(cat, 'vocab.screeningAnswer.unknown'));
    }
  });
});
