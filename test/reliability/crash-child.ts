/**
 * The writer the crash proof kills (crash.test.ts bundles this file and runs it as its own process). It opens
 * the vault through the real core, as a caseworker, and writes until it is killed: notes, note edits and
 * two-chunk documents. Each write is acknowledged on stdout only AFTER the core answered ok, with one
 * synchronous write to the pipe, so every line the parent reads is a write the core said it had committed.
 *
 * argv: dataDir username password caseId round
 */
import { createHash } from 'node:crypto';
import { writeSync } from 'node:fs';
import { createCore } from '../../electron/core/index';
import { FAST_KDF_COST } from '../../electron/core/vault/crypto';

const [dataDir, username, password, caseIdText, round] = process.argv.slice(2) as [string, string, string, string, string];
const caseId = Number(caseIdText);
const say = (line: string) => writeSync(1, line + '\n');

async function main(): Promise<void> {
  const core = createCore({ dataDir, kdfCost: FAST_KDF_COST });
  const call = async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await core.handle({ channel, input });
    if (!r.ok) {
      say(`refused ${channel} ${r.error.code}`);
      process.exit(3);
    }
    return r.value as T;
  };
  await call('vault.unlock', { username, password });
  say('ready');
  let last: { id: number; version: number } | null = null;
  for (let n = 0; ; n++) {
    const text = `crash round ${round} write ${n}`;
    if (n % 4 === 3) {
      // A document in two chunks: its file is moved into place after COMMIT, before the answer.
      const bytes = Buffer.from(`${text} `.repeat(40));
      const half = bytes.length >> 1;
      const { uploadId } = await call<{ uploadId: string }>('documents.beginUpload', { caseId, kind: 'other', legal: false, filename: `crash-${round}-${n}.txt`, mime: 'text/plain', size: bytes.length });
      await call('documents.uploadChunk', { uploadId, index: 0, data: bytes.subarray(0, half).toString('base64') });
      await call('documents.uploadChunk', { uploadId, index: 1, data: bytes.subarray(half).toString('base64') });
      const doc = await call<{ id: number }>('documents.finishUpload', { uploadId });
      say(`doc ${doc.id} ${createHash('sha256').update(bytes).digest('hex')}`);
    } else if (n % 4 === 2 && last) {
      const note: { id: number; version: number } = await call('notes.update', { noteId: last.id, version: last.version, body: text });
      last = { id: note.id, version: note.version };
      say(`note ${note.id} ${note.version} ${text}`);
    } else {
      const note = await call<{ id: number; version: number }>('notes.create', { caseId, type: 'contact', body: text });
      last = { id: note.id, version: note.version };
      say(`note ${note.id} ${note.version} ${text}`);
    }
  }
}

void main();
