import { createDecipheriv } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesContaining } from '../helpers/cli';
import { makeCentre, type TestCentre } from '../helpers/centre';
import { toFtsQuery } from '../../../electron/core/notes/match';

/**
 * Every page of a SQLCipher 4 file (cipher=sqlcipher, legacy=4, raw key), decrypted, as one latin1 string:
 * AES-256-CBC over each page minus its 80 reserved bytes (16-byte IV, 64-byte HMAC); page 1 starts after the
 * 16-byte salt. Written from the SQLCipher format, not from our code, so it sees what an attacker with the
 * key would see, free pages included. Checks the decrypted header so a wrong layout fails loudly.
 */
function decryptedPages(file: string, key: Buffer): string {
  const PAGE = 4096;
  const RESERVE = 80;
  const raw = readFileSync(file);
  const out: string[] = [];
  for (let at = 0; at < raw.length; at += PAGE) {
    const page = raw.subarray(at, at + PAGE);
    const start = at === 0 ? 16 : 0;
    const iv = page.subarray(PAGE - RESERVE, PAGE - RESERVE + 16);
    const d = createDecipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
    const plain = Buffer.concat([d.update(page.subarray(start, PAGE - RESERVE)), d.final()]);
    if (at === 0 && (plain.readUInt16BE(0) !== PAGE || plain[4] !== RESERVE)) throw new Error('not a SQLCipher 4 page layout');
    out.push(plain.toString('latin1'));
  }
  return out.join('');
}

type Screening = { id: number; version: number; score: number; band: string; declined: number; unanswered: number; status: string; answers: Record<string, string> };
type Note = { id: number; version: number; body: string; revisions: number; redactions: number };

async function uploadText(c: TestCentre, caseId: number, text: string, chunkSize = 7, legal = false) {
  const data = Buffer.from(text);
  const { uploadId } = await c.ok<{ uploadId: string }>('documents.beginUpload', { caseId, kind: 'declaration', legal, filename: 'statement.txt', mime: 'text/plain', size: data.length });
  for (let i = 0, n = 0; i < data.length; i += chunkSize, n++) await c.ok('documents.uploadChunk', { uploadId, index: n, data: data.subarray(i, i + chunkSize).toString('base64') });
  return c.ok<{ id: number; sha256: string; size: number }>('documents.finishUpload', { uploadId });
}

describe('screening', () => {
  it('scores as it goes, resumes, never counts declined as no, and freezes when complete', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase();
    await c.as('cw');
    const s0 = await c.ok<Screening>('screening.start', { caseId: id, instrumentId: 'hhs_acf_adult' });
    const s1 = await c.ok<Screening>('screening.answer', { screeningId: s0.id, version: s0.version, answers: { papers_held: 'yes', threatened_if_leave: 'declined' } });
    expect(s1).toMatchObject({ score: 1, band: 'possible', declined: 1, unanswered: 6, status: 'in_progress' });
    // Resume later: answers merge.
    const s2 = await c.ok<Screening>('screening.answer', { screeningId: s0.id, version: s1.version, answers: { forced_to_do: 'yes', unpaid: 'yes', controlled_contact: 'no' } });
    expect(s2).toMatchObject({ score: 3, band: 'likely', answers: { papers_held: 'yes', threatened_if_leave: 'declined', controlled_contact: 'no' } });
    expect(await c.call('screening.answer', { screeningId: s0.id, version: s1.version, answers: {} })).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(await c.call('screening.answer', { screeningId: s0.id, version: s2.version, answers: { not_a_question: 'yes' } })).toMatchObject({ error: { code: 'VALIDATION' } });
    const done = await c.ok<Screening>('screening.complete', { screeningId: s0.id, version: s2.version });
    expect(done).toMatchObject({ status: 'complete', unanswered: 3, declined: 1 });
    expect(await c.call('screening.answer', { screeningId: s0.id, version: done.version, answers: { unpaid: 'no' } })).toMatchObject({ error: { code: 'CONFLICT' } });
    expect(await c.call('screening.start', { caseId: id, instrumentId: 'made_up' })).toMatchObject({ error: { code: 'VALIDATION' } });
  });
});

describe('notes', () => {
  it('keeps history on edit; only the author edits', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase();
    await c.as('cw');
    const n = await c.ok<Note>('notes.create', { caseId: id, type: 'case_plan', body: 'Plan: housing first.' });
    const e = await c.ok<Note>('notes.update', { noteId: n.id, version: n.version, body: 'Plan: housing first, then work permit.' });
    expect(e.revisions).toBe(1);
    expect(await c.ok('notes.history', { noteId: n.id })).toEqual([expect.objectContaining({ rev: 1, body: 'Plan: housing first.' })]);
    await c.as('cw2');
    await c.ok('cases.breakGlass', { caseId: id, reason: 'Covering for the lead caseworker today.' });
    expect(await c.call('notes.update', { noteId: n.id, version: e.version, body: 'x' })).toMatchObject({ error: { code: 'NEED_TO_KNOW' } });
  });

  it('search finds words (accents folded, prefix), highlights, and returns only what the reader may see', async () => {
    const c = await makeCentre();
    const a = await c.newCase();
    const b = await c.newCase();
    await c.as('cw');
    await c.ok('notes.create', { caseId: a.id, type: 'contact', body: 'Called about the shelter intake at Olmstead house.' });
    await c.ok('notes.create', { caseId: b.id, type: 'case_plan', body: 'Next step: café job interview and shelter renewal.' });
    await c.as('legal');
    await c.ok('notes.create', { caseId: a.id, type: 'legal', body: 'Shelter letter needed for the T visa declaration.' });
    await c.as('cw');
    const hits = await c.ok<{ caseId: number; type: string; snippet: string }[]>('notes.search', { query: 'shelter' });
    expect(hits.map((h) => h.type).sort()).toEqual(['case_plan', 'contact']);
    expect(hits[0]!.snippet.toLowerCase()).toContain('\u0002shelter\u0003');
    expect(await c.ok<unknown[]>('notes.search', { query: 'cafe' })).toHaveLength(1);
    expect(await c.ok<unknown[]>('notes.search', { query: 'olmst' })).toHaveLength(1);
    await c.as('legal');
    expect((await c.ok<{ type: string }[]>('notes.search', { query: 'shelter' })).map((h) => h.type)).toEqual(['legal']);
    await c.as('mentor');
    expect(await c.ok('notes.search', { query: 'shelter' })).toEqual([]);
    await c.as('cw2');
    expect(await c.ok('notes.search', { query: 'shelter' })).toEqual([]);
    // FTS syntax is neutralised, not executed.
    expect(await c.ok('notes.search', { query: 'body:shelter OR NEAR("a" "b") "' })).toEqual([]);
  });

  it('builds safe FTS queries', () => {
    expect(toFtsQuery('  shelter  intake ')).toBe('"shelter" "intake"*');
    expect(toFtsQuery('"); DROP TABLE note; --')).toBe('"DROP" "TABLE" "note"*');
    expect(toFtsQuery('***')).toBeNull();
  });

  it('redaction removes a passage from the note, its history and the search index, with an audited reason', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase();
    await c.as('cw');
    const n = await c.ok<Note>('notes.create', { caseId: id, type: 'contact', body: 'Her cousin Vexmora knows the address.' });
    const e = await c.ok<Note>('notes.update', { noteId: n.id, version: n.version, body: 'Her cousin Vexmora knows the address; safety plan updated.' });
    expect(await c.call('notes.redact', { noteId: n.id, version: e.version, passage: 'not there', reason: 'safety' })).toMatchObject({ error: { code: 'VALIDATION' } });
    const r = await c.ok<Note>('notes.redact', { noteId: n.id, version: e.version, passage: 'Vexmora', reason: 'Name of a person at risk' });
    expect(r.body).toBe('Her cousin [redacted] knows the address; safety plan updated.');
    expect(r.redactions).toBe(1);
    const history = await c.ok<{ body: string }[]>('notes.history', { noteId: n.id });
    expect(history.every((h) => !h.body.includes('Vexmora'))).toBe(true);
    expect(await c.ok('notes.search', { query: 'Vexmora' })).toEqual([]);
    expect(await c.ok<unknown[]>('notes.search', { query: 'safety plan' })).toHaveLength(1);
    await c.as('admin');
    const audit = JSON.stringify(await c.ok('audit.list', { limit: 50 }));
    expect(audit).toContain('notes.redact');
    expect(audit).not.toContain('person at risk');
    // Secure delete, proved on the plaintext: after a checkpoint, decrypt every page of the database file
    // (freed pages and the FTS index's old segments included) and look for the name, in the note's casing
    // and the index's folded one. The unredacted words must still be there, or the decryption proved nothing.
    c.core.runtime.db!.pragma('wal_checkpoint(TRUNCATE)');
    const pages = decryptedPages(join(c.dataDir, 'haven.db'), c.core.runtime.key!);
    expect(pages.includes('knows the address')).toBe(true);
    expect(pages.includes('cousin')).toBe(true);
    expect(pages.includes('Vexmora')).toBe(false);
    expect(pages.includes('vexmora')).toBe(false);
  });
});

describe('documents', () => {
  it('uploads in chunks, encrypted on disk, opens back byte for byte, audited', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase();
    await c.as('cw');
    const text = 'ZQXDOCCANARY declaration text, fictional. '.repeat(50);
    const d = await uploadText(c, id, text, 1000);
    expect(d.size).toBe(text.length);
    const files = readdirSync(join(c.dataDir, 'attachments'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.hvd$/);
    expect(filesContaining(c.dataDir, 'ZQXDOCCANARY')).toEqual([]);
    const opened = await c.ok<{ data: string; filename: string }>('documents.open', { documentId: d.id, purpose: 'export' });
    expect(Buffer.from(opened.data, 'base64').toString()).toBe(text);
    await c.as('admin');
    const audit = await c.ok<{ action: string; detail: { purpose?: string } }[]>('audit.list', { limit: 20 });
    expect(audit).toContainEqual(expect.objectContaining({ action: 'documents.open', detail: expect.objectContaining({ purpose: 'export' }) }));
  });

  it('refuses out-of-order or oversize chunks, and a lock abandons the upload leaving no partial file', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase();
    await c.as('cw');
    const { uploadId } = await c.ok<{ uploadId: string }>('documents.beginUpload', { caseId: id, kind: 'id_copy', legal: false, filename: 'id.png', mime: 'image/png', size: 4 });
    expect(await c.call('documents.uploadChunk', { uploadId, index: 1, data: 'AAAA' })).toMatchObject({ error: { code: 'VALIDATION' } });
    await c.ok('documents.uploadChunk', { uploadId, index: 0, data: Buffer.from('ab').toString('base64') });
    expect(await c.call('documents.finishUpload', { uploadId })).toMatchObject({ error: { code: 'VALIDATION' } });
    const again = await c.ok<{ uploadId: string }>('documents.beginUpload', { caseId: id, kind: 'id_copy', legal: false, filename: 'id.png', mime: 'image/png', size: 4 });
    await c.ok('documents.uploadChunk', { uploadId: again.uploadId, index: 0, data: Buffer.from('ab').toString('base64') });
    expect(readdirSync(join(c.dataDir, 'attachments')).some((f) => f.endsWith('.part'))).toBe(true);
    await c.ok('vault.lock');
    expect(readdirSync(join(c.dataDir, 'attachments'))).toEqual([]);
    await c.as('cw');
    expect(await c.call('documents.uploadChunk', { uploadId: again.uploadId, index: 1, data: 'AAAA' })).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });

  it('an altered file is refused, not returned', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase();
    await c.as('cw');
    const d = await uploadText(c, id, 'fictional content to protect');
    const file = join(c.dataDir, 'attachments', readdirSync(join(c.dataDir, 'attachments'))[0]!);
    const raw = readFileSync(file);
    raw[20] = raw[20]! ^ 1;
    writeFileSync(file, raw);
    expect(await c.call('documents.open', { documentId: d.id, purpose: 'view' })).toMatchObject({ error: { code: 'INTERNAL' } });
  });
});

describe('timeline', () => {
  it('shows intake, assignment, screening, notes and documents in order, filtered by what the reader may see', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase();
    await c.as('cw');
    c.clock.now += 1000;
    const s = await c.ok<Screening>('screening.start', { caseId: id, instrumentId: 'vera_tvit_short' });
    c.clock.now += 1000;
    await c.ok('screening.complete', { screeningId: s.id, version: s.version });
    await c.ok('notes.create', { caseId: id, type: 'contact', body: 'Called.' });
    await uploadText(c, id, 'doc');
    await c.as('legal');
    c.clock.now += 1000;
    await c.ok('notes.create', { caseId: id, type: 'legal', body: 'Filed.' });
    await c.as('cw');
    const events = (await c.ok<{ event: string; at: string }[]>('timeline.get', { caseId: id })).map((e) => e.event);
    expect(events).toEqual(['intake.started', 'assignment.added', 'assignment.added', 'assignment.added', 'screening.started', 'screening.completed', 'note.created', 'document.added']);
    await c.as('mentor');
    expect((await c.ok<{ event: string }[]>('timeline.get', { caseId: id })).map((e) => e.event)).toEqual(['intake.started', 'assignment.added', 'assignment.added', 'assignment.added']);
    await c.as('legal');
    expect((await c.ok<{ event: string }[]>('timeline.get', { caseId: id })).map((e) => e.event)).toContain('note.created');
  });
});

describe('retention', () => {
  it('is off by default; when set, previews and purges closed cases past the period, files and all, auditing counts only', async () => {
    const c = await makeCentre();
    const old = await c.newCase();
    const kept = await c.newCase();
    await c.as('cw');
    await c.ok('notes.create', { caseId: old.id, type: 'contact', body: 'ZQXPURGE note.' });
    await uploadText(c, old.id, 'ZQXPURGE doc');
    const o = await c.ok<{ header: { version: number } }>('cases.get', { caseId: old.id });
    await c.ok('cases.setStatus', { caseId: old.id, version: o.header.version, status: 'Closed' });
    await c.as('admin');
    expect(await c.ok('retention.preview')).toEqual({ months: null, cases: [] });
    const s = await c.ok<{ version: number }>('settings.get');
    await c.ok('settings.update', { version: s.version, retentionMonths: 12 });
    expect((await c.ok<{ cases: unknown[] }>('retention.preview')).cases).toEqual([]);
    c.clock.now += 366 * 24 * 3600_000;
    await c.ok('vault.lock'); // a year later the idle lock would have fired anyway
    await c.as('admin');
    const preview = await c.ok<{ cases: { caseId: number }[] }>('retention.preview');
    expect(preview.cases.map((x) => x.caseId)).toEqual([old.id]);
    expect(await c.call('retention.purge', { caseIds: [old.id, kept.id] })).toMatchObject({ error: { code: 'VALIDATION' } });
    expect(await c.ok('retention.purge', { caseIds: [old.id] })).toEqual({ cases: 1, notes: 1, documents: 1 });
    expect(readdirSync(join(c.dataDir, 'attachments'))).toEqual([]);
    expect(await c.call('cases.get', { caseId: old.id })).toMatchObject({ error: { code: 'NOT_FOUND' } });
    const audit = await c.ok<{ action: string; target: string | null; detail: object }[]>('audit.list', { limit: 5 });
    expect(audit.find((a) => a.action === 'retention.purge')).toMatchObject({ target: null, detail: { cases: 1, notes: 1, documents: 1 } });
    const db = c.core.runtime.db!;
    expect(db.prepare(`SELECT count(*) FROM note_fts WHERE note_fts MATCH 'ZQXPURGE'`).pluck().get()).toBe(0);
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(existsSync(join(c.dataDir, 'haven.db'))).toBe(true);
  });
});
