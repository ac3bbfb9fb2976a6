import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * SQL stays in its rooms: electron/core/store/ (connection, migrations) and files named queries.ts, one per
 * feature. Everything else asks a queries function, so a reviewer finds every statement that touches a
 * table by opening that feature's queries.ts, and a schema change is a search in known places.
 * Read with the TypeScript parser so comments and prose never count; tests and the bench are exempt
 * (they check the database directly).
 */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SCANNED = ['electron', 'shared', 'renderer', 'fiction'];
const allowed = (rel: string) => rel.startsWith('electron/core/store/') || /(^|\/)queries\.ts$/.test(rel);

const SQL_TEXT = /^\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|CREATE|DROP|ALTER|PRAGMA|WITH|VACUUM)\b/;
/** db.prepare(…) always; db.exec('…') and db.pragma('…') when given text (RegExp#exec takes no literal). */
const ALWAYS_SQL = new Set(['prepare', 'prep']);
const SQL_WITH_TEXT = new Set(['exec', 'pragma']);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(rel);
    return /\.(ts|tsx|mts)$/.test(e.name) && !e.name.endsWith('.d.ts') ? [rel] : [];
  });
}

const literalText = (n: ts.Node): string | null =>
  ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) ? n.text : ts.isTemplateExpression(n) ? n.head.text : null;

/** "file:line what" for every piece of SQL in a source text. */
export function findSql(rel: string, text: string): string[] {
  const sf = ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, true, rel.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const at = (n: ts.Node, what: string) => found.push(`${rel}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1} ${what}`);
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      const name = ts.isPropertyAccessExpression(callee) ? callee.name.text : ts.isIdentifier(callee) ? callee.text : null;
      const first = n.arguments[0];
      if (name && ALWAYS_SQL.has(name)) at(n, `${name}(…)`);
      else if (name && SQL_WITH_TEXT.has(name) && first && literalText(first) !== null) at(n, `${name}('${literalText(first)!.trim().slice(0, 40)}')`);
    }
    const lit = literalText(n);
    if (lit !== null && SQL_TEXT.test(lit)) at(n, `SQL text '${lit.trim().slice(0, 40)}'`);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

describe('SQL location', () => {
  it('the scanner sees each shape of SQL and ignores prose', () => {
    const probe = [
      "db.prepare('SELECT 1').get();",
      'prep(db, sql);',
      "db.exec('BEGIN IMMEDIATE');",
      "db.pragma('wal_checkpoint(TRUNCATE)');",
      'const q = `DELETE FROM x WHERE id = ${id}`;',
      "const m = /a/.exec(s); // SELECT in a comment is fine",
      "const label = 'Select a case';",
    ].join('\n');
    expect(findSql('electron/core/x/service.ts', probe).map((f) => f.split(' ')[0])).toEqual([
      'electron/core/x/service.ts:1',
      'electron/core/x/service.ts:1',
      'electron/core/x/service.ts:2',
      'electron/core/x/service.ts:3',
      'electron/core/x/service.ts:3',
      'electron/core/x/service.ts:4',
      'electron/core/x/service.ts:5',
    ]);
  });

  it('appears only in electron/core/store/ and files named queries.ts', () => {
    const outside = SCANNED.flatMap(sourceFiles)
      .filter((rel) => !allowed(rel))
      .flatMap((rel) => findSql(relative(ROOT, join(ROOT, rel)), readFileSync(join(ROOT, rel), 'utf8')));
    expect(outside).toEqual([]);
  });
});
