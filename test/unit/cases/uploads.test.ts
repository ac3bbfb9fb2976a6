import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as Fs from 'node:fs';
import { makeCentre, known } from '../helpers/centre';

/**
 * Uploads hold a file descriptor each: a session may keep only a few open, abandoned ones are swept on
 * the next request (injected clock), and running out of descriptors never reads as "document not found".
 */
const fsFault = { code: null as string | null };
vi.mock('node:fs', async (importOriginal) => {
  const orig = await importOriginal<typeof Fs>();
  const readFileSync = ((...args: Parameters<typeof orig.readFileSync>) => {
    if (fsFault.code && String(args[0]).endsWith('.hvd')) throw Object.assign(new Error(`${fsFault.code}: injected`), { code: fsFault.code });
    return orig.readFileSync(...args);
  }) as typeof orig.readFileSync;
  return { ...orig, default: { ...orig, readFileSync }, readFileSync };
});

const begin = (size = 8) => ({ kind: 'id_copy', legal: false, filename: 'f.txt', mime: 'text/plain', size });

describe('uploads cannot exhaust file descriptors', () => {
  it('a session has at most 4 uploads in progress; the 5th waits until one ends', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase({ givenName: known('Fictional') });
    await c.as('cw');
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await c.ok<{ uploadId: string }>('documents.beginUpload', { caseId: id, ...begin() })).uploadId);
    expect(await c.call('documents.beginUpload', { caseId: id, ...begin() })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(readdirSync(join(c.dataDir, 'attachments'))).toHaveLength(4);
    await c.ok('documents.cancelUpload', { uploadId: ids[0] });
    expect((await c.call('documents.beginUpload', { caseId: id, ...begin() })).ok).toBe(true);
  });

  it('an upload with no chunk for 15 minutes is abandoned on the next request: descriptor closed, partial file gone', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase({ givenName: known('Fictional') });
    await c.as('cw');
    const stale: string[] = [];
    for (let i = 0; i < 4; i++) stale.push((await c.ok<{ uploadId: string }>('documents.beginUpload', { caseId: id, ...begin() })).uploadId);
    // One of them keeps receiving chunks, so it stays.
    c.clock.now += 10 * 60_000;
    await c.ok('documents.uploadChunk', { uploadId: stale[3], index: 0, data: Buffer.from('abcd').toString('base64') });
    c.clock.now += 6 * 60_000;
    const fresh = await c.call<{ uploadId: string }>('documents.beginUpload', { caseId: id, ...begin() });
    expect(fresh.ok).toBe(true);
    expect(c.core.runtime.uploads.size).toBe(2);
    expect(readdirSync(join(c.dataDir, 'attachments'))).toHaveLength(2);
    expect(await c.call('documents.uploadChunk', { uploadId: stale[0], index: 0, data: 'AAAA' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await c.call('documents.uploadChunk', { uploadId: stale[3], index: 1, data: Buffer.from('efgh').toString('base64') })).ok).toBe(true);
  });

  it('documents.open on an existing file never answers NOT_FOUND when the system is out of descriptors', async () => {
    const c = await makeCentre();
    const { id } = await c.newCase({ givenName: known('Fictional') });
    await c.as('cw');
    const data = Buffer.from('fictional');
    const { uploadId } = await c.ok<{ uploadId: string }>('documents.beginUpload', { caseId: id, ...begin(data.length) });
    await c.ok('documents.uploadChunk', { uploadId, index: 0, data: data.toString('base64') });
    const doc = await c.ok<{ id: number }>('documents.finishUpload', { uploadId });
    fsFault.code = 'EMFILE';
    const r = await c.call('documents.open', { documentId: doc.id, purpose: 'view' });
    fsFault.code = null;
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).not.toBe('NOT_FOUND');
    expect((await c.call('documents.open', { documentId: doc.id, purpose: 'view' })).ok).toBe(true);
  });
});
