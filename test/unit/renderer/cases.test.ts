import { describe, expect, it } from 'vitest';
import type { Contact } from '../../../shared/cases/schemas';
import { nextOffset } from '../../../renderer/src/data/paging';
import { answerOf, countStates, draftOf, sameAnswer, splitList } from '../../../renderer/src/screens/cases/answers';
import { base64Length, CHUNK_SIZE, chunkCount, chunkRanges, fromBase64, MAX_FILENAME, percentOf, safeFilename, safeMime, toBase64, viewKindOf } from '../../../renderer/src/screens/cases/documents/chunks';
import { checkContact, EMPTY_CONTACT, newMethod, sameContact } from '../../../renderer/src/screens/cases/intake/contactDraft';
import { draftsOf, IDENTITY_FIELDS, profilePatch } from '../../../renderer/src/screens/cases/intake/profileFields';
import { INITIAL_LIST_STATE, listParams } from '../../../renderer/src/screens/cases/list/listState';
import { HIT_END, HIT_START, splitSnippet } from '../../../renderer/src/screens/cases/notes/marks';
import { readableTypes, splitRedactions, writableTypes } from '../../../renderer/src/screens/cases/notes/noteTypes';
import { visibleTabs } from '../../../renderer/src/screens/cases/page/caseTabs';
import { safetyItems, safetyLevel } from '../../../renderer/src/screens/cases/page/contactSafety';
import { readingOf } from '../../../renderer/src/screens/cases/screening/reading';

describe('search snippets to marks', () => {
  it('splits hits from plain text', () => {
    expect(splitSnippet(`…work ${HIT_START}permit${HIT_END}; prefers ${HIT_START}Spanish${HIT_END}.`)).toEqual([
      { text: '…work ', hit: false },
      { text: 'permit', hit: true },
      { text: '; prefers ', hit: false },
      { text: 'Spanish', hit: true },
      { text: '.', hit: false },
    ]);
  });

  it('handles hits at the edges and adjacent hits', () => {
    expect(splitSnippet(`${HIT_START}a${HIT_END}${HIT_START}b${HIT_END}`)).toEqual([{ text: 'ab', hit: true }]);
    expect(splitSnippet('no hits')).toEqual([{ text: 'no hits', hit: false }]);
    expect(splitSnippet('')).toEqual([]);
  });

  it('never leaks a marker: unclosed hits run to the end, stray ends are dropped', () => {
    expect(splitSnippet(`x ${HIT_START}open`)).toEqual([
      { text: 'x ', hit: false },
      { text: 'open', hit: true },
    ]);
    expect(splitSnippet(`stray${HIT_END} end`)).toEqual([{ text: 'stray end', hit: false }]);
    const all = splitSnippet(`${HIT_END}${HIT_START}${HIT_START}x${HIT_END}${HIT_END}`).map((p) => p.text).join('');
    expect(all).toBe('x');
  });

  it('keeps markup as text (no HTML parsing)', () => {
    expect(splitSnippet(`<img src=x onerror=alert(1)> ${HIT_START}<b>${HIT_END}`)).toEqual([
      { text: '<img src=x onerror=alert(1)> ', hit: false },
      { text: '<b>', hit: true },
    ]);
  });
});

describe('chunking and base64', () => {
  it('cuts a file into 512 KiB chunks in order, the last one short', () => {
    expect(CHUNK_SIZE).toBe(512 * 1024);
    expect(chunkCount(0)).toBe(0);
    expect(chunkCount(1)).toBe(1);
    expect(chunkCount(CHUNK_SIZE)).toBe(1);
    expect(chunkCount(CHUNK_SIZE + 1)).toBe(2);
    const size = 3 * CHUNK_SIZE + 10;
    const ranges = chunkRanges(size);
    expect(ranges.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(ranges[0]).toEqual({ index: 0, start: 0, end: CHUNK_SIZE });
    expect(ranges.at(-1)).toEqual({ index: 3, start: 3 * CHUNK_SIZE, end: size });
    expect(ranges.reduce((n, r) => n + (r.end - r.start), 0)).toBe(size);
    for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.start).toBe(ranges[i - 1]!.end);
  });

  it('keeps every chunk under the core limit once base64-encoded (1 MiB of data)', () => {
    const coreLimit = Math.ceil((1024 * 1024 * 4) / 3) + 4;
    expect(base64Length(CHUNK_SIZE)).toBeLessThanOrEqual(coreLimit);
    expect(base64Length(0)).toBe(0);
    expect(base64Length(1)).toBe(4);
    expect(base64Length(3)).toBe(4);
    expect(base64Length(4)).toBe(8);
  });

  it('encodes like Node, including a full chunk and every byte value', () => {
    const bytes = new Uint8Array(CHUNK_SIZE);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7 + 3) % 256;
    const b64 = toBase64(bytes);
    expect(b64).toBe(Buffer.from(bytes).toString('base64'));
    expect(b64.length).toBe(base64Length(bytes.length));
    expect(Buffer.from(fromBase64(b64)).equals(Buffer.from(bytes))).toBe(true);
    expect(toBase64(new Uint8Array([]))).toBe('');
    expect(toBase64(new TextEncoder().encode('Zoé Ñandú'))).toBe(Buffer.from('Zoé Ñandú').toString('base64'));
  });

  it('reports progress in whole percent', () => {
    expect(percentOf(0, 100)).toBe(0);
    expect(percentOf(CHUNK_SIZE, 2 * CHUNK_SIZE)).toBe(50);
    expect(percentOf(99, 100)).toBe(99);
    expect(percentOf(100, 100)).toBe(100);
    expect(percentOf(5, 0)).toBe(0);
  });

  it('sends only types and names the core accepts', () => {
    expect(safeMime('application/pdf')).toBe('application/pdf');
    expect(safeMime('')).toBe('application/octet-stream');
    expect(safeMime('text/plain; charset=utf-8')).toBe('application/octet-stream');
    const long = `${'a'.repeat(300)}.pdf`;
    expect(safeFilename(long)).toHaveLength(MAX_FILENAME);
    expect(safeFilename(long).endsWith('.pdf')).toBe(true);
    expect(safeFilename('  \u0007 ')).toBe('document');
  });

  it('shows text and images in place, hands everything else to the system', () => {
    expect(viewKindOf('text/plain')).toBe('text');
    expect(viewKindOf('image/png')).toBe('image');
    expect(viewKindOf('application/pdf')).toBe('download');
    expect(viewKindOf('image/svg+xml')).toBe('download');
  });
});

describe('answer states', () => {
  it('keeps Declined apart from Unknown and needs a value only for Known', () => {
    expect(answerOf({ state: 'declined', value: 'typed before' }, 'text')).toEqual({ ok: true, answer: { state: 'declined' } });
    expect(answerOf({ state: 'unknown', value: '' }, 'text')).toEqual({ ok: true, answer: { state: 'unknown' } });
    expect(answerOf({ state: 'known', value: '  ' }, 'text')).toEqual({ ok: false, error: 'valueRequired' });
    expect(answerOf({ state: 'known', value: ' Ana ' }, 'text')).toEqual({ ok: true, answer: { state: 'known', value: 'Ana' } });
    expect(answerOf({ state: 'known', value: [] }, 'multi')).toEqual({ ok: false, error: 'valueRequired' });
  });

  it('checks each kind of value', () => {
    const today = new Date('2026-11-25T12:00:00Z');
    expect(answerOf({ state: 'known', value: '2001-02-03' }, 'date', today)).toEqual({ ok: true, answer: { state: 'known', value: '2001-02-03' } });
    expect(answerOf({ state: 'known', value: '2001-02-30' }, 'date', today)).toEqual({ ok: false, error: 'invalid' });
    expect(answerOf({ state: 'known', value: '2030-01-01' }, 'date', today)).toEqual({ ok: false, error: 'invalid' });
    expect(answerOf({ state: 'known', value: 'Ana, La Güera, Ana' }, 'textList')).toEqual({ ok: true, answer: { state: 'known', value: ['Ana', 'La Güera'] } });
    expect(answerOf({ state: 'known', value: ['MX', 'GT', 'HN', 'SV', 'NI'] }, 'countries')).toEqual({ ok: false, error: 'invalid' });
    expect(answerOf({ state: 'known', value: ['es', 'es', 'en'] }, 'languages')).toEqual({ ok: true, answer: { state: 'known', value: ['es', 'en'] } });
    expect(splitList('a;b\nc, ,a')).toEqual(['a', 'b', 'c']);
  });

  it('round-trips stored answers through drafts', () => {
    expect(draftOf({ state: 'known', value: ['Ana', 'Lu'] }, 'textList')).toEqual({ state: 'known', value: 'Ana, Lu' });
    expect(draftOf({ state: 'declined' }, 'multi')).toEqual({ state: 'declined', value: [] });
    expect(draftOf(undefined, 'text')).toEqual({ state: 'unknown', value: '' });
    expect(sameAnswer({ state: 'known', value: 'x' }, { state: 'known', value: 'x' })).toBe(true);
    expect(sameAnswer({ state: 'unknown' }, { state: 'declined' })).toBe(false);
    expect(countStates([{ state: 'known', value: 1 }, { state: 'declined' }, undefined, { state: 'unknown' }])).toEqual({ known: 1, unknown: 2, declined: 1 });
  });

  it('patches only changed fields and reports problems by field', () => {
    const drafts = draftsOf(null);
    drafts.givenName = { state: 'known', value: 'Ana' };
    drafts.minor = { state: 'known', value: '' };
    const r = profilePatch(IDENTITY_FIELDS, drafts, null);
    expect(r.errors).toEqual({ minor: 'answers.valueRequired' });
    drafts.minor = { state: 'declined', value: '' };
    const base = { ...Object.fromEntries(IDENTITY_FIELDS.map((f) => [f.name, { state: 'unknown' }])), givenName: { state: 'known', value: 'Ana' } } as never;
    expect(profilePatch(IDENTITY_FIELDS, drafts, base).patch).toEqual({ minor: { state: 'declined' } });
  });
});

describe('case screens logic', () => {
  it('shows only the tabs of parts the person may see', () => {
    expect(visibleTabs(['header'])).toEqual(['overview']);
    expect(visibleTabs(['header', 'contact', 'notes.mentoring', 'timeline'])).toEqual(['overview', 'contact', 'notes', 'timeline']);
    expect(visibleTabs(['header', 'profile', 'contact', 'notes.legal', 'documents.legal', 'timeline'])).toEqual(['overview', 'profile', 'contact', 'notes', 'documents', 'timeline']);
  });

  it('limits note types to the parts held, and writers to the roles that write', () => {
    expect(readableTypes(['header', 'notes.mentoring'])).toEqual(['mentoring']);
    expect(writableTypes(['notes.contact', 'notes.case_plan'], { roles: ['caseworker'] })).toEqual(['contact', 'case_plan']);
    expect(writableTypes(['notes.contact'], { roles: ['admin'] })).toEqual([]);
    expect(splitRedactions('a [redacted] b')).toEqual([
      { text: 'a ', redacted: false },
      { text: '[redacted]', redacted: true },
      { text: ' b', redacted: false },
    ]);
  });

  it('reads a low score with gaps as incomplete, never as "no indicators"', () => {
    expect(readingOf({ band: 'none', declined: 0, unknown: 0, unanswered: 0 })).toBe('none');
    expect(readingOf({ band: 'none', declined: 3, unknown: 0, unanswered: 0 })).toBe('incomplete');
    expect(readingOf({ band: 'none', declined: 0, unknown: 0, unanswered: 1 })).toBe('incomplete');
    expect(readingOf({ band: 'possible', declined: 5, unknown: 0, unanswered: 5 })).toBe('possible');
  });

  it('colours the safety banner by its most serious flag', () => {
    const c: Contact = { ...EMPTY_CONTACT, unsafePersonMayMonitor: 'no', othersAwareOfContact: 'yes' };
    expect(safetyLevel(safetyItems(c))).toBe('clear');
    expect(safetyLevel(safetyItems({ ...c, othersAwareOfContact: 'no' }))).toBe('caution');
    expect(safetyLevel(safetyItems({ ...c, unsafePersonMayMonitor: 'yes' }))).toBe('danger');
    const dnc = safetyItems({ ...c, doNotContact: true });
    expect(dnc[0]).toMatchObject({ key: 'safety.doNotContact', level: 'danger' });
    expect(safetyItems(EMPTY_CONTACT).map((i) => i.key)).toEqual(['safety.monitor_unknown', 'safety.aware_unknown']);
  });

  it('checks contact methods and compares contacts as stored', () => {
    const m = { ...newMethod('phone'), value: '' };
    expect(checkContact({ ...EMPTY_CONTACT, methods: [m] })).toEqual({ 'methods.0.value': 'contactForm.valueRequired' });
    expect(checkContact({ ...EMPTY_CONTACT, methods: [newMethod('in_person')] })).toEqual({});
    expect(sameContact({ ...EMPTY_CONTACT, preferredName: 'Lu' }, { ...EMPTY_CONTACT, preferredName: ' Lu ' })).toBe(true);
    expect(sameContact(null, EMPTY_CONTACT)).toBe(false);
  });

  it('builds list input from filters and pages with offsets', () => {
    expect(listParams(INITIAL_LIST_STATE)).toEqual({ sort: 'updatedAt', dir: 'desc' });
    expect(listParams({ ...INITIAL_LIST_STATE, search: '  HV-2026 ', status: 'Active', assigneeId: 4 })).toEqual({ sort: 'updatedAt', dir: 'desc', search: 'HV-2026', status: 'Active', assigneeId: 4 });
    expect(nextOffset([])).toBeUndefined();
    expect(nextOffset([{ rows: new Array(150), total: 10_000 }])).toBe(150);
    expect(nextOffset([{ rows: new Array(150), total: 300 }, { rows: new Array(150), total: 300 }])).toBeUndefined();
    expect(nextOffset([{ rows: new Array(150), total: 400 }, { rows: [], total: 400 }])).toBeUndefined();
  });
});
