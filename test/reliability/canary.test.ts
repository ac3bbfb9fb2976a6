import { lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core/index';
import { FAST_KDF_COST } from '../../electron/core/vault/crypto';
import { haven, openWithPassword } from '../unit/helpers/cli';
import { tempDir } from '../unit/helpers/vault';
import { FULL, report } from './figures';

/**
 * Canary proof: the demo centre (every feature the demo writes, whatever it writes the day this runs) with a
 * canary in every free-text field and document, then the app's own reads on top (a document opened, a search
 * that matches it, a verify), and a backup when the CLI has one: not one byte of the canary, in any common
 * encoding, anywhere under the data folder or the backup. The coverage side is generic too: every text column
 * of every table that holds human text (a value with a space) must hold the canary in some row, so a feature
 * that adds a free-text column the demo leaves without it fails here instead of quietly testing less.
 */

const CANARY = 'QZVRELCANARY';
const SEED = 26;

/** The canary as it could sit in a file: UTF-8/16 in either case (search columns are folded), base64 at each alignment, hex. */
function needles(text: string): { name: string; bytes: Buffer }[] {
  const out: { name: string; bytes: Buffer }[] = [];
  for (const [caseName, t] of [['', text], [' lower', text.toLowerCase()]] as const) {
    out.push({ name: `utf8${caseName}`, bytes: Buffer.from(t, 'utf8') });
    out.push({ name: `utf16le${caseName}`, bytes: Buffer.from(t, 'utf16le') });
    out.push({ name: `utf16be${caseName}`, bytes: Buffer.from(t, 'utf16le').swap16() });
    out.push({ name: `hex${caseName}`, bytes: Buffer.from(Buffer.from(t).toString('hex')) });
    for (let shift = 0; shift < 3; shift++) {
      // The canary's bytes after `shift` leading bytes, base64'd; only whole 4-character groups free of the padding's influence.
      const b64 = Buffer.concat([Buffer.alloc(shift, 0x20), Buffer.from(t)]).toString('base64');
      const start = Math.ceil(shift / 3) * 4;
      const end = Math.floor((shift + t.length) / 3) * 4;
      out.push({ name: `base64+${shift}${caseName}`, bytes: Buffer.from(b64.slice(start, end)) });
    }
  }
  return out;
}

/** Every regular file under dir (symlinks are not followed: they would leave the folder). */
function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = lstatSync(p);
    if (st.isDirectory()) out.push(...filesUnder(p));
    else if (st.isFile()) out.push(p);
  }
  return out;
}

function scan(dirs: string[]): { files: number; bytes: number; hits: string[] } {
  const ns = needles(CANARY);
  let files = 0;
  let bytes = 0;
  const hits: string[] = [];
  for (const dir of dirs) {
    for (const f of filesUnder(dir)) {
      const data = readFileSync(f);
      files++;
      bytes += data.length;
      for (const n of ns) if (data.includes(n.bytes)) hits.push(`${f} (${n.name})`);
    }
  }
  return { files, bytes, hits };
}

/** The CLI's commands, from its own help: backups are scanned the day `haven backup` exists. */
const cliHas = (command: string) => new RegExp(`^haven ${command} `, 'm').test(haven(['--help']).stdout);

describe('canary: nothing readable on disk', () => {
  it('the scan finds the canary in every encoding it claims, wherever it sits in a file', () => {
    const dir = tempDir();
    const noise = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 131 + 7) % 256));
    const plants: Buffer[] = [];
    for (let pre = 0; pre < 3; pre++) {
      for (const t of [CANARY, CANARY.toLowerCase()]) {
        const inner = Buffer.concat([Buffer.from('x'.repeat(pre)), Buffer.from(t), Buffer.from('yz')]);
        plants.push(Buffer.from(inner.toString('base64')), Buffer.from(t, 'utf16le'), Buffer.from(t, 'utf16le').swap16(), Buffer.from(Buffer.from(t).toString('hex')), Buffer.from(t));
      }
    }
    plants.forEach((p, i) => writeFileSync(join(dir, `plant-${i}`), Buffer.concat([noise(1000 + i), p, noise(500)])));
    writeFileSync(join(dir, 'clean'), noise(5000));
    const found = scan([dir]).hits.map((h) => h.split(' (')[0]!);
    expect(new Set(found).size).toBe(plants.length);
    expect(found.some((f) => f.endsWith('clean'))).toBe(false);
  });

  it('a full demo centre with a canary everywhere leaves no plaintext of it under the data folder or its backup', { timeout: 30 * 60_000 }, async () => {
    const dir = join(tempDir(), 'canary');
    const size = FULL ? 'centre' : 'small';
    const demo = haven(['demo', '--data-dir', dir, '--size', size, '--seed', String(SEED), '--canary', CANARY]);
    expect(demo.code, demo.stderr).toBe(0);
    const logins = new Map([...demo.stdout.matchAll(/^\s+(\S+)\s+(\S+)\s+(demo-\S+)$/gm)].map((m) => [m[1]!, { role: m[2]!, password: m[3]! }]));
    const admin = [...logins].find(([, l]) => l.role === 'admin')!;

    // Coverage, decrypted: which tables and text columns hold the canary.
    const db = await openWithPassword(dir, admin[0], admin[1].password);
    const covered: string[] = [];
    const uncovered: string[] = [];
    const emptyTables: string[] = [];
    let documents: { id: number; username: string }[];
    try {
      const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit' ORDER BY name`).pluck().all() as string[];
      for (const t of tables) {
        if ((db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number) === 0) {
          emptyTables.push(t);
          continue;
        }
        for (const col of db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(t) as string[]) {
          const q = (where: string) => db.prepare(`SELECT count(*) FROM "${t}" WHERE typeof("${col}") = 'text' AND ${where}`).pluck().get(CANARY.toLowerCase()) as number;
          const withCanary = q(`instr(lower("${col}"), ?) > 0`);
          const human = q(`instr("${col}", ' ') > 0 AND ? IS NOT NULL`);
          if (withCanary > 0) covered.push(`${t}.${col}`);
          else if (human > 0) uncovered.push(`${t}.${col}`);
        }
      }
      documents = db.prepare('SELECT d.id, s.username FROM document d JOIN staff s ON s.id = d.uploaded_by ORDER BY d.id').all() as { id: number; username: string }[];
    } finally {
      db.close();
    }

    // The app's own reads on top, while the core holds the database open: each document opened by its
    // uploader (they decrypt to the canary), a search that matches it, and a verify.
    const core = createCore({ dataDir: dir, kdfCost: FAST_KDF_COST });
    let documentsWithCanary = 0;
    let whileOpen: ReturnType<typeof scan>;
    try {
      for (const d of documents) {
        const u = await core.handle({ channel: 'vault.unlock', input: { username: d.username, password: logins.get(d.username)!.password } });
        expect(u.ok).toBe(true);
        const r = await core.handle({ channel: 'documents.open', input: { documentId: d.id, purpose: 'view' } });
        expect(r.ok).toBe(true);
        const opened = (r as { value: { filename: string; data: string } }).value;
        if (opened.filename.includes(CANARY) && Buffer.from(opened.data, 'base64').toString('utf8').includes(CANARY)) documentsWithCanary++;
        expect(await core.handle({ channel: 'notes.search', input: { query: CANARY } })).toMatchObject({ ok: true });
        expect(await core.handle({ channel: 'cases.list', input: { search: CANARY.toLowerCase() } })).toMatchObject({ ok: true });
      }
      whileOpen = scan([dir]);
    } finally {
      await core.close();
    }
    const verify = haven(['verify', '--data-dir', dir, '--user', admin[0]], { password: admin[1].password });
    expect(verify.code, verify.stdout).toBe(0);

    // The backup, once the CLI can make one (issue 14's `haven backup --data-dir D --to DIR`).
    const scanned = [dir];
    let backup = 'no `haven backup` command yet';
    if (cliHas('backup')) {
      const to = join(tempDir(), 'canary-backups');
      const b = haven(['backup', '--data-dir', dir, '--to', to, '--user', admin[0]], { password: admin[1].password });
      expect(b.code, b.stderr).toBe(0);
      expect(filesUnder(to).length).toBeGreaterThan(0);
      scanned.push(to);
      backup = `${filesUnder(to).length} files`;
    }
    const after = scan(scanned);

    report('canary', {
      demo: size,
      tablesWithCanary: new Set(covered.map((c) => c.split('.')[0])).size,
      columnsWithCanary: covered.length,
      uncoveredTextColumns: uncovered.length,
      emptyTables: emptyTables.join(',') || '-',
      documents: documents.length,
      documentsWithCanary,
      backup,
      filesScanned: after.files + whileOpen.files,
      bytesScanned: after.bytes + whileOpen.bytes,
      encodings: needles(CANARY).length,
      plaintextHits: after.hits.length + whileOpen.hits.length,
    });
    expect(whileOpen.hits).toEqual([]);
    expect(after.hits).toEqual([]);
    expect(uncovered, 'columns holding human text without the canary: make `haven demo --canary` put it there').toEqual([]);
    expect(documents.length).toBeGreaterThan(0);
    expect(documentsWithCanary).toBe(documents.length);
  });
});
