import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as Chain from '../../../electron/core/audit/chain';
import { makeCentre, known } from '../helpers/centre';

/**
 * State outside the database changes only after COMMIT (DESIGN.md "State changes only after commit").
 * The failure is injected where a real one would strike last: the router's own audit record, written just
 * before COMMIT. Everything the request did must then be gone: rows, in-memory grants, timers, files.
 */
const failOn = new Set<string>();
vi.mock('../../../electron/core/audit/chain', async (importOriginal) => {
  const orig = await importOriginal<typeof Chain>();
  return {
    ...orig,
    appendAudit: (...args: Parameters<typeof orig.appendAudit>) => {
      if (failOn.has(`${args[2].action}:${args[2].outcome}`)) throw new Error('injected failure before COMMIT');
      return orig.appendAudit(...args);
    },
  };
});

describe('a rollback leaves no trace outside the database', () => {
  it('break-the-glass: no grant survives when the request rolls back', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase({ givenName: known('Fictional') });
    await c.as('cw2');
    failOn.add('cases.breakGlass:ok');
    expect(await c.call('cases.breakGlass', { caseId: id, reason: 'Survivor called the crisis line, lead is away.' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    failOn.clear();
    expect(c.core.runtime.breakGlass.size).toBe(0);
    expect(c.core.runtime.db!.prepare('SELECT count(*) FROM break_glass').pluck().get()).toBe(0);
    expect(await c.call('cases.get', { caseId: id })).toMatchObject({ ok: false, error: { code: 'NEED_TO_KNOW' } });
    // And when it commits, the grant is there.
    expect((await c.call('cases.breakGlass', { caseId: id, reason: 'Survivor called the crisis line, lead is away.' })).ok).toBe(true);
    expect((await c.call('cases.get', { caseId: id })).ok).toBe(true);
  });

  it('settings.update: the idle limit of the running session is not changed by a rolled-back update', async () => {
    const c = await makeCentre();
    const before = await c.ok<{ version: number; idleMinutes: number }>('settings.get');
    const limit = c.core.runtime.idle.limitMs;
    failOn.add('settings.update:ok');
    expect(await c.call('settings.update', { version: before.version, idleMinutes: 120 })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    failOn.clear();
    expect(c.core.runtime.idle.limitMs).toBe(limit);
    expect((await c.ok<{ idleMinutes: number }>('settings.get')).idleMinutes).toBe(before.idleMinutes);
    await c.ok('settings.update', { version: before.version, idleMinutes: 120 });
    expect(c.core.runtime.idle.limitMs).toBe(120 * 60_000);
  });

  it('documents.finishUpload: no file is left in the attachments folder when the row rolls back', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase({ givenName: known('Fictional') });
    await c.as('cw');
    const data = Buffer.from('fictional document body');
    const { uploadId } = await c.ok<{ uploadId: string }>('documents.beginUpload', { caseId: id, kind: 'id_copy', legal: false, filename: 'f.txt', mime: 'text/plain', size: data.length });
    await c.ok('documents.uploadChunk', { uploadId, index: 0, data: data.toString('base64') });
    failOn.add('documents.finishUpload:ok');
    expect(await c.call('documents.finishUpload', { uploadId })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    failOn.clear();
    expect(readdirSync(join(c.dataDir, 'attachments'))).toEqual([]);
    expect(c.core.runtime.db!.prepare('SELECT count(*) FROM document').pluck().get()).toBe(0);
    expect(await c.ok('documents.list', { caseId: id })).toEqual([]);
  });

  it('documents.finishUpload: a crash between COMMIT and the move into place is repaired when the document is opened', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase({ givenName: known('Fictional') });
    await c.as('cw');
    const data = Buffer.from('fictional document body');
    const { uploadId } = await c.ok<{ uploadId: string }>('documents.beginUpload', { caseId: id, kind: 'id_copy', legal: false, filename: 'f.txt', mime: 'text/plain', size: data.length });
    await c.ok('documents.uploadChunk', { uploadId, index: 0, data: data.toString('base64') });
    const doc = await c.ok<{ id: number }>('documents.finishUpload', { uploadId });
    // Put the file back under its partial name, as if the process died right after COMMIT.
    const dir = join(c.dataDir, 'attachments');
    const [name] = readdirSync(dir);
    const { renameSync } = await import('node:fs');
    renameSync(join(dir, name!), join(dir, `${name}.part`));
    const opened = await c.ok<{ data: string }>('documents.open', { documentId: doc.id, purpose: 'view' });
    expect(Buffer.from(opened.data, 'base64').toString()).toBe('fictional document body');
    expect(readdirSync(dir)).toEqual([name]);
  });

  it('unlock removes partial files an interrupted upload left (no row), places a committed one, and leaves a live process’s upload alone', async () => {
    const { renameSync, writeFileSync } = await import('node:fs');
    const c = await makeCentre();
    const { id } = await c.newCase({ givenName: known('Fictional') });
    await c.as('cw');
    const dir = join(c.dataDir, 'attachments');
    const upload = async () => {
      const data = Buffer.from('fictional document body');
      const { uploadId } = await c.ok<{ uploadId: string }>('documents.beginUpload', { caseId: id, kind: 'id_copy', legal: false, filename: 'f.txt', mime: 'text/plain', size: data.length });
      await c.ok('documents.uploadChunk', { uploadId, index: 0, data: data.toString('base64') });
      return uploadId;
    };
    const DEAD = 2_147_483_646; // no such process
    // A committed document whose move into place a crash cut off.
    const doc = await c.ok<{ id: number }>('documents.finishUpload', { uploadId: await upload() });
    const [placed] = readdirSync(dir);
    renameSync(join(dir, placed!), join(dir, `${placed}.${DEAD}.part`));
    // An upload in progress when its process was killed: a sealed-or-not partial file with no row.
    await upload();
    const orphan = readdirSync(dir).find((n) => n.endsWith(`.${process.pid}.part`))!;
    renameSync(join(dir, orphan), join(dir, orphan.replace(`.${process.pid}.part`, `.${DEAD}.part`)));
    writeFileSync(join(dir, '00000000-0000-4000-8000-000000000001.hvd.part'), 'HVD1 left by an older version');
    // Another live process's upload on the same folder (the parent process stands in for it).
    const live = `00000000-0000-4000-8000-000000000002.hvd.${process.ppid}.part`;
    writeFileSync(join(dir, live), 'HVD1 still being written');
    await c.ok('vault.lock');
    await c.ok('vault.unlock', { username: 'cw', password: 'cw-final-pass-1' });
    expect(readdirSync(dir).sort(), JSON.stringify(readdirSync(dir))).toEqual([placed!, live].sort());
    const opened = await c.ok<{ data: string }>('documents.open', { documentId: doc.id, purpose: 'view' });
    expect(Buffer.from(opened.data, 'base64').toString()).toBe('fictional document body');
  });
});
