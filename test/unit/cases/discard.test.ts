import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { known, makeCentre, type TestCentre } from '../helpers/centre';

type File = { header: { id: number; version: number; intakeComplete: boolean } };

async function uploadText(c: TestCentre, caseId: number, text: string) {
  const data = Buffer.from(text);
  const { uploadId } = await c.ok<{ uploadId: string }>('documents.beginUpload', { caseId, kind: 'declaration', legal: false, filename: 'statement.txt', mime: 'text/plain', size: data.length });
  await c.ok('documents.uploadChunk', { uploadId, index: 0, data: data.toString('base64') });
  await c.ok('documents.finishUpload', { uploadId });
}

/** Every row a case can own, counted straight from the database: "nothing changed" means these stay equal. */
function caseRows(c: TestCentre, caseId: number): Record<string, number> {
  const db = c.core.runtime.db!;
  const n = (table: string) => db.prepare(`SELECT count(*) FROM ${table} WHERE case_id = ?`).pluck().get(caseId) as number;
  return Object.fromEntries(
    ['case_profile', 'case_contact', 'case_assignment', 'case_task', 'case_event', 'screening', 'note', 'document', 'break_glass'].map((t) => [t, n(t)]).concat([
      ['case_file', db.prepare('SELECT count(*) FROM case_file WHERE id = ?').pluck().get(caseId) as number],
    ]),
  );
}

const attachments = (c: TestCentre) => readdirSync(join(c.dataDir, 'attachments')).filter((f) => f.endsWith('.hvd'));

describe('cases.discardIntake', () => {
  it('the lead caseworker discards an uncompleted intake: every child row and the encrypted files go, the audit keeps counts only', async () => {
    const c = await makeCentre({ jurisdiction: 'US' });
    const other = await c.newCase({ givenName: known('Kept') });
    // A possible minor in the US adds the HHS task: a child row of every kind.
    const { id } = await c.newCase({ givenName: known('Zorvana'), familyName: known('Quillfeather'), minor: known('possible') });
    await c.as('cw');
    await c.ok('notes.create', { caseId: id, type: 'contact', body: 'ZQXDISCARD first call.' });
    await c.ok('notes.create', { caseId: other.id, type: 'contact', body: 'ZQXKEEP first call.' });
    await c.ok('screening.start', { caseId: id, instrumentId: 'hhs_acf_adult' });
    await uploadText(c, id, 'ZQXDISCARD statement');
    await uploadText(c, other.id, 'ZQXKEEP statement');
    expect(attachments(c)).toHaveLength(2);
    const before = caseRows(c, id);
    expect(Object.values(before).every((n) => n > 0 || n === before.break_glass)).toBe(true);
    const otherBefore = caseRows(c, other.id);

    const f = await c.ok<File>('cases.get', { caseId: id });
    expect(await c.ok('cases.discardIntake', { caseId: id, version: f.header.version })).toEqual({ discarded: true });

    expect(Object.values(caseRows(c, id)).every((n) => n === 0)).toBe(true);
    expect(caseRows(c, other.id)).toEqual(otherBefore);
    expect(attachments(c)).toHaveLength(1);
    const db = c.core.runtime.db!;
    expect(db.prepare(`SELECT count(*) FROM note_fts WHERE note_fts MATCH 'ZQXDISCARD'`).pluck().get()).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM note_fts WHERE note_fts MATCH 'ZQXKEEP'`).pluck().get()).toBe(1);
    expect(await c.call('cases.get', { caseId: id })).toMatchObject({ error: { code: 'NOT_FOUND' } });

    await c.as('admin');
    const audit = await c.ok<{ action: string; outcome: string; target: string | null; detail: object }[]>('audit.list', { limit: 20 });
    const entry = audit.find((a) => a.action === 'cases.discardIntake' && a.outcome === 'ok');
    expect(entry).toMatchObject({
      target: `case:${id}`,
      detail: { notes: 1, screenings: 1, documents: 1, tasks: 1, assignments: 3, events: before.case_event },
    });
    expect(JSON.stringify(audit)).not.toMatch(/Zorvana|Quillfeather|ZQXDISCARD|statement/);
  });

  it('refuses an unassigned caseworker, an assigned non-lead caseworker, break-the-glass, an admin and a mentor; nothing changes', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase({ givenName: known('Fictional') });
    await c.as('cw');
    await c.ok('notes.create', { caseId: id, type: 'contact', body: 'A note that must survive.' });
    await uploadText(c, id, 'a file that must survive');
    const version = (await c.ok<File>('cases.get', { caseId: id })).header.version;
    const before = caseRows(c, id);
    const files = attachments(c);

    await c.as('cw2'); // not on the case
    expect(await c.call('cases.discardIntake', { caseId: id, version })).toMatchObject({ ok: false, error: { code: 'NEED_TO_KNOW' } });
    await c.ok('cases.breakGlass', { caseId: id, reason: 'Covering for the lead caseworker today.' });
    expect(await c.call('cases.discardIntake', { caseId: id, version })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await c.ok('vault.lock');
    await c.as('cw');
    await c.ok('cases.assign', { caseId: id, staffId: c.ids.cw2, caseRole: 'caseworker' });
    const v2 = (await c.ok<File>('cases.get', { caseId: id })).header.version;
    const assigned = caseRows(c, id);
    await c.as('cw2'); // on the case, but not its lead
    expect(await c.call('cases.discardIntake', { caseId: id, version: v2 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/lead caseworker/) } });
    await c.as('mentor');
    expect(await c.call('cases.discardIntake', { caseId: id, version: v2 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await c.as('admin');
    expect(await c.call('cases.discardIntake', { caseId: id, version: v2 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    expect(caseRows(c, id)).toEqual(assigned);
    expect({ ...assigned, case_assignment: before.case_assignment, case_event: before.case_event, break_glass: 0 }).toEqual(before);
    expect(attachments(c)).toEqual(files);
    const audit = await c.ok<{ action: string; outcome: string }[]>('audit.list', { limit: 50 });
    expect(audit.filter((a) => a.action === 'cases.discardIntake').map((a) => a.outcome).sort()).toEqual(
      ['refused:FORBIDDEN', 'refused:FORBIDDEN', 'refused:FORBIDDEN', 'refused:FORBIDDEN', 'refused:NEED_TO_KNOW'],
    );
  });

  it('refuses a completed intake and a stale version', async () => {
    const c = await makeCentre();
    const a = await c.newCase({ givenName: known('Fictional') });
    const b = await c.newCase({ givenName: known('Fictional') });
    await c.as('cw');
    expect(await c.call('cases.discardIntake', { caseId: a.id, version: a.version + 1 })).toMatchObject({ error: { code: 'CONFLICT', current: { header: { id: a.id } } } });
    const done = await c.ok<File>('cases.completeIntake', { caseId: b.id, version: b.version });
    expect(await c.call('cases.discardIntake', { caseId: b.id, version: done.header.version })).toMatchObject({ error: { code: 'CONFLICT', message: expect.stringMatching(/completed/) } });
    expect((await c.ok<File>('cases.get', { caseId: a.id })).header.id).toBe(a.id);
    expect((await c.ok<File>('cases.get', { caseId: b.id })).header.intakeComplete).toBe(true);
  });
});
